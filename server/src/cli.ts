/**
 * `npx mor-survey-server [command]`: with no command (or `serve`), the receiver
 * (`commands/serve.ts`); `invite`, a round's invitation codes (`commands/invite.ts`). Each
 * command is a file in `commands/`.
 */
import { invite } from './commands/invite.js';
import { fail } from './commands/output.js';
import { serve } from './commands/serve.js';

const [command = 'serve', ...rest] = process.argv.slice(2);
if (command === 'serve' && rest.length === 0) await serve();
else if (command === 'invite') await invite(rest);
else fail(`unknown command "${[command, ...rest].join(' ')}". Use: mor-survey-server [serve], or mor-survey-server invite <round> --members N --officers N --link URL`);
