/**
 * `mor-survey-server`: the receiver a council runs (SPEC §12), as a web-standard handler.
 *
 *   import { createReceiver } from 'mor-survey-server';
 *   const receiver = createReceiver({ databaseUrl: process.env.DATABASE_URL });
 *   // Node: serve(receiver) with @hono/node-server, or any framework that takes a fetch handler.
 */
export { createReceiver, type Receiver } from './receiver.js';
export { configFromEnv, type Environment, type ServerConfig } from './config.js';
export type { Invitation, Population, ReceiverOptions, RoundsFile } from './options.js';
