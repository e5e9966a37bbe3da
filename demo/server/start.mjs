// `npm start`: the demo page and the reference receiver on one local server.
// Responses are kept in demo/data/ (git-ignored) so they survive restarts.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createReceiver } from '../../dist/server/receiver.js';

const port = Number(process.env.PORT ?? 8000);
const receiver = createReceiver({ dataDir: new URL('../data/', import.meta.url).pathname });

const server = await startDevServer({
  config: {
    rootDir: new URL('../..', import.meta.url).pathname,
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
    middleware: [receiver.koa],
    appIndex: undefined,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`mor-survey demo: ${address}`);
console.log(`Responses: ${address.replace('/demo/', '/api/responses')} (CSV: /api/responses.csv)`);
