/**
 * `mor-survey-server` (no command, or `serve`): the receiver on HOST:PORT (default
 * 127.0.0.1:8080), configured from the environment (docs/receiver.md). Prints its address and
 * the origins allowed to post; holds clients to the limits of `http/limits.ts`.
 *
 * Stopping (SPEC §16): on SIGTERM or SIGINT it stops listening, closes idle keep-alive
 * connections, answers what it has accepted — each answer closing its connection, so clients
 * that keep posting let go — and finishes the commits, then exits 0. A connection still open
 * after STOP_GRACE_MS is cut; a commit stuck on a stalled disk adds its commit timeout at most.
 */
import { serve as listen } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { configFromEnv, type ServerConfig } from '../config.js';
import { normaliseOrigin } from '../http/cors.js';
import { limitConnections, limitedServerOptions } from '../http/limits.js';
import { DEFAULT_COMMIT_TIMEOUT } from '../options.js';
import { createReceiver, type Receiver } from '../receiver.js';
import { fail, say } from './output.js';

/** How long the connections open at a stop may take to finish: with the commit after it, within 10 s. */
const STOP_GRACE_MS = 8000;

export async function serve(): Promise<void> {
  let config: ServerConfig;
  let receiver: Receiver;
  try {
    config = configFromEnv();
    receiver = createReceiver({ ...config.options, log: say });
  } catch (error) {
    fail((error as Error).message);
  }
  const { host, port, options, limits } = config!;

  let server: Server | undefined;
  const sockets = new Set<Socket>();
  let stopping = false;
  const stop = async () => {
    // Asked to stop while still waiting for the database: nothing was taken yet.
    if (!server) process.exit(0);
    // However the closing goes, the process ends in bounded time.
    const commitMs = (options.commitTimeout ?? DEFAULT_COMMIT_TIMEOUT) * 1000;
    setTimeout(() => process.exit(0), STOP_GRACE_MS + commitMs).unref();
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
    // Node closes keep-alive connections between requests, but not one that never sent a
    // request: every connection without a request in progress goes now.
    for (const socket of sockets) if (!(socket as { _httpMessage?: unknown })._httpMessage) socket.destroy();
    const cut = setTimeout(() => server!.closeAllConnections(), STOP_GRACE_MS);
    await closed;
    clearTimeout(cut);
    await receiver.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say('stopping');
      void stop();
    });
  }

  const storage = await receiver!.ready.catch((error: Error) => fail(`could not open the database: ${error.message}`));
  if (stopping) return;

  const answer = async (request: Request) => {
    const response = await receiver.fetch(request);
    // While stopping, every answer closes its connection: a keep-alive client cannot hold it open.
    if (stopping) response.headers.set('Connection', 'close');
    return response;
  };
  server = listen({ fetch: answer, hostname: host, port, serverOptions: limitedServerOptions(limits) }, (info) => {
    const address = host.includes(':') ? `[${host}]` : host;
    const origins = (options.allowedOrigins ?? []).map(normaliseOrigin);
    say(
      `receiving at http://${address}:${info.port}/api/responses (storage: ${storage.storage}, ${storage.where}); ` +
        `pages on other origins allowed to post (MOR_ALLOWED_ORIGINS): ${origins.join(' ') || 'none, only this receiver’s own pages'}`,
    );
  }) as Server;
  limitConnections(server, limits);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`port ${port} on ${host} is already in use. Stop the other program, or choose another port: PORT=${port + 1} npx mor-survey-server`);
    if (error.code === 'EACCES') fail(`not allowed to listen on port ${port}. Use a port above 1023 and let the proxy listen on 443.`);
    fail(`could not listen on ${host}:${port} (${error.code ?? error.message})`);
  });
}
