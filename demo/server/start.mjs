// `npm start`: the demo page and the reference receiver on one local server.
// Responses are kept in demo/data/ (git-ignored) so they survive restarts.
import { startDemoServer } from './dev-server.mjs';

const { origin } = await startDemoServer({
  port: Number(process.env.PORT ?? 8000),
  dataDir: new URL('../data/', import.meta.url).pathname,
});
console.log(`mor-survey demo: ${origin}/demo/`);
console.log(`Responses: ${origin}/api/responses (CSV: ${origin}/api/responses.csv)`);
