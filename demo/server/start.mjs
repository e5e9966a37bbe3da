// `npm start`: the demo page and the receiver (with the tester's failure modes) on one local
// server. Responses are kept in demo/data/responses.db (git-ignored), so they survive restarts.
import { startDemoServer } from './dev-server.mjs';

const port = Number(process.env.PORT ?? 8000);
let started;
try {
  started = await startDemoServer({
    port,
    dataDir: new URL('../data/', import.meta.url).pathname,
    adminToken: process.env.MOR_ADMIN_TOKEN || undefined,
  });
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use (another npm start?). Stop it, or choose another port: PORT=${port + 1} npm start`);
  process.exit(1);
}
const { origin, adminToken } = started;
console.log(`mor-survey demo: ${origin}/demo/`);
console.log(`Hosted survey page: ${origin}/survey/2026-spring (Welsh: ?lang=cy)`);
console.log(`Admin token for this run: ${adminToken}`);
console.log(`  curl -H "Authorization: Bearer ${adminToken}" "${origin}/api/responses.csv?survey=2026-spring&labels=cy"`);
