// `npm start`: the demo page and the receiver (with the tester's failure modes) on one local
// server. Responses are kept in demo/data/responses.db (git-ignored), so they survive restarts.
// It prints the pages, invitation links for the demo's invited round, and the admin token.
import { createServer } from 'node:net';
import { startDemoServer } from './dev-server.mjs';
import { DEMO_INVITED_ROUND, DEMO_OPEN_ROUND } from '../../dist/demo/rounds.js';

const port = Number(process.env.PORT ?? 8000);

/** @web/dev-server logs a busy port and then never settles: ask the system first. */
const portFree = (wanted) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(wanted, () => probe.close(() => resolve(true)));
  });

if (port !== 0 && !(await portFree(port))) {
  console.error(`Port ${port} is already in use (another npm start?). Stop it, or choose another port: PORT=${port + 1} npm start`);
  process.exit(1);
}
const { origin, adminToken, invite } = await startDemoServer({
  port,
  dataDir: new URL('../data/', import.meta.url).pathname,
  adminToken: process.env.MOR_ADMIN_TOKEN || undefined,
});
console.log(`mor-survey demo: ${origin}/demo/`);
console.log(`Committee's results: ${origin}/demo/results.html (hosted page: ${origin}/results/2026-spring?compare=2025-autumn)`);
console.log(`Hosted survey page: ${origin}/survey/${DEMO_OPEN_ROUND} (Welsh: ?lang=cy); a closed round's: ${origin}/survey/2026-spring`);
// New single-use codes on every start (only their hashes are kept, so earlier ones cannot be shown again).
const invitations = await invite(DEMO_INVITED_ROUND, { member: 2, officer: 2 });
console.log(`Invitation links for the invited round ${DEMO_INVITED_ROUND} (each works once):`);
for (const { group, code } of invitations) console.log(`  ${group === 'member' ? 'Member: ' : 'Officer:'} ${origin}/survey/${DEMO_INVITED_ROUND}?code=${code}`);
console.log(`Rounds and their states: ${origin}/api/rounds`);
console.log(`Admin token for this run: ${adminToken}`);
console.log(`  curl -H "Authorization: Bearer ${adminToken}" "${origin}/api/rounds/${DEMO_INVITED_ROUND}"`);
console.log(`  curl -H "Authorization: Bearer ${adminToken}" "${origin}/api/responses.csv?survey=2026-spring&labels=cy"`);
