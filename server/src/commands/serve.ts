/**
 * `mor-survey-server` (no command, or `serve`): the receiver on HOST:PORT (default
 * 127.0.0.1:8080), configured from the environment (docs/receiver.md). Prints its address; stops
 * cleanly on SIGTERM / SIGINT, finishing the requests in progress.
 */
import { serve as listen } from '@hono/node-server';
import type { Server } from 'node:http';
import { configFromEnv, type ServerConfig } from '../config.js';
import { createReceiver } from '../receiver.js';
import { fail, say } from './output.js';

export async function serve(): Promise<void> {
  let config: ServerConfig;
  try {
    config = configFromEnv();
  } catch (error) {
    fail((error as Error).message);
  }
  const { host, port, options } = config!;

  let receiver;
  try {
    receiver = createReceiver({ ...options, log: say });
  } catch (error) {
    fail((error as Error).message);
  }
  const storage = await receiver!.ready.catch((error: Error) => fail(`could not open the database: ${error.message}`));

  const server = listen({ fetch: receiver!.fetch, hostname: host, port }, (info) => {
    const address = host.includes(':') ? `[${host}]` : host;
    say(`receiving at http://${address}:${info.port}/api/responses (storage: ${storage.storage}, ${storage.where})`);
  }) as Server;
  // Slow senders: a request must arrive whole within 30 s (headers within 10 s).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`port ${port} on ${host} is already in use. Stop the other program, or choose another port: PORT=${port + 1} npx mor-survey-server`);
    if (error.code === 'EACCES') fail(`not allowed to listen on port ${port}. Use a port above 1023 and let the proxy listen on 443.`);
    fail(`could not listen on ${host}:${port} (${error.code ?? error.message})`);
  });

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say('stopping');
      server.close(() => {
        void receiver!.close().finally(() => process.exit(0));
      });
    });
  }
}
