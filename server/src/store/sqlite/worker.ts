/**
 * The SQLite worker thread: opens the engine on the file it is given and answers the store's
 * calls one at a time, in order. Errors go back as their SQLite code only (`SQLITE_FULL`), never
 * their message: a driver's message may quote the values it was given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openEngine, type SqliteEngine } from './engine.js';
import { sqliteError, type Call, type Reply } from './protocol.js';

const port = parentPort!;
let engine: SqliteEngine | undefined;
let failure: Reply['error'];
try {
  engine = openEngine((workerData as { path: string }).path);
} catch (error) {
  failure = sqliteError(error);
}
port.postMessage({ id: 0, ...(failure ? { error: failure } : { value: 'open' }) } satisfies Reply);

port.on('message', ({ id, method, args }: Call) => {
  let reply: Reply;
  try {
    if (!engine) throw new Error('not open');
    reply = { id, value: (engine[method] as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    reply = { id, error: sqliteError(error) };
  }
  port.postMessage(reply);
  if (method === 'close') port.close();
});
