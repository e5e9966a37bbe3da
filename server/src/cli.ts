/**
 * `npx mor-survey-server [command]`: with no command (or `serve`), the receiver
 * (`commands/serve.ts`). Each command is a file in `commands/`.
 */
import { fail } from './commands/output.js';
import { serve } from './commands/serve.js';

const [command = 'serve', ...rest] = process.argv.slice(2);
if (command === 'serve' && rest.length === 0) await serve();
else fail(`unknown command "${[command, ...rest].join(' ')}". Use: mor-survey-server [serve]`);
