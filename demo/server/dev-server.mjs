// The demo's server: @web/dev-server for the pages plus the demo receiver (the real receiver
// of mor-survey-server with the tester's failure modes). Used by `npm start`, the screenshot script and
// the benchmark. Needs `npm run build` first.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createTester } from '../../dist/demo/tester.js';
import { demoResponses } from '../../dist/demo/seed.js';
import { DEMO_INVITATION_KEY, demoRoundsFile } from '../../dist/demo/rounds.js';
import { serveDistUntouched } from './serve-dist.mjs';

/**
 * @param {{ port?: number, dataDir?: string, adminToken?: string, middleware?: Function[] }} options
 *   dataDir: the folder of the receiver's SQLite file (absent: in memory only).
 */
export async function startDemoServer({ port = 8000, dataDir, adminToken, middleware = [] } = {}) {
  // The demo's results are public (a council's receiver is not: MOR_PUBLIC_RESULTS), and its
  // two generated rounds are stored as if sent while they were open, so the results page has
  // something to show. Its rounds file (demo/rounds.ts) has those two, final, the tester's open
  // round and an invited one.
  const receiver = createTester({
    ...(dataDir ? { dataDir } : { databaseUrl: 'sqlite::memory:' }),
    adminToken,
    publicResults: true,
    rounds: demoRoundsFile(),
    invitationKey: DEMO_INVITATION_KEY,
    log: () => {},
  });
  await receiver.seed(demoResponses());
  // @web/dev-server listens on every interface even when told 127.0.0.1; the demo and its
  // stored responses are for this machine only.
  const loopbackOnly = (ctx, next) => {
    const from = ctx.req.socket.remoteAddress ?? '';
    if (from === '::1' || from.startsWith('127.') || from.startsWith('::ffff:127.')) return next();
    ctx.status = 403;
    ctx.body = 'The mor-survey demo only answers this machine.';
    return undefined;
  };
  const rootDir = new URL('../..', import.meta.url).pathname;
  const server = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: '127.0.0.1',
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
      middleware: [loopbackOnly, serveDistUntouched(rootDir), ...middleware, receiver.koa],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const actualPort = server.server?.address()?.port ?? port;
  const stop = async () => {
    await server.stop();
    await receiver.close();
  };
  return { server, origin: `http://127.0.0.1:${actualPort}`, adminToken: receiver.adminToken, seed: receiver.seed, invite: receiver.invite, stop };
}
