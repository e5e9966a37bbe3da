/**
 * The embedded store: one SQLite file (`engine.ts`), worked in a worker thread (`worker.ts`) so
 * that a slow disk never stalls the event loop — requests, `/healthz` and timers keep going
 * while a commit waits. The calls go to the worker in order and come back in order.
 *
 * If the worker ever dies, the calls waiting on it fail (their requests answer 503 and the
 * survey's outbox retries them), and the next call starts a new worker on the same file.
 * `sqlite::memory:` (tests and the demo) has no disk and no file to reopen: its engine runs
 * in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { SurveyResponse } from 'mor-survey/schema';
import { foldRounds } from '../survey-counts.js';
import type { GroupCount, Store } from '../types.js';
import type { SqliteEngine } from './engine.js';
import { asError, sqliteError, type Call, type Method, type Reply } from './protocol.js';

type Remote = { [M in Method]: (...args: Parameters<SqliteEngine[M]>) => Promise<ReturnType<SqliteEngine[M]>> };

const METHODS: readonly Method[] = [
  'insert',
  'groups',
  'bodies',
  'storedBody',
  'remove',
  'addInvitations',
  'invitationCounts',
  'finalise',
  'probe',
  'close',
];

/** The engine's methods as promises, each made by `call`. */
const remoteOf = (call: (method: Method, args: unknown[]) => Promise<unknown>) =>
  Object.fromEntries(METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)])) as Remote;

/**
 * The engine in this thread, behind the same promises. Loaded only here, so a receiver on a file
 * loads `node:sqlite` in its worker alone (Node 22 then prints its ExperimentalWarning once).
 */
async function local(path: string): Promise<Remote> {
  const { openEngine } = await import('./engine.js');
  let engine: SqliteEngine;
  try {
    engine = openEngine(path);
  } catch (error) {
    throw asError(sqliteError(error));
  }
  return remoteOf(async (method, args) => {
    try {
      return (engine[method] as (...a: unknown[]) => unknown)(...args);
    } catch (error) {
      throw asError(sqliteError(error));
    }
  });
}

/** The engine in a worker thread; resolves once the worker has opened (and migrated) the file. */
async function remote(path: string): Promise<Remote> {
  const workerUrl = new URL('./sqlite-worker.js', import.meta.url);
  let worker: Worker | undefined;
  let opening: Promise<Worker> | undefined;
  let nextId = 1;
  let closed = false;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const thread = new Worker(workerUrl, { workerData: { path } });
      thread.on('message', ({ id, value, error }: Reply) => {
        if (id === 0) return error ? reject(asError(error)) : resolve(thread);
        const call = waiting.get(id);
        waiting.delete(id);
        if (error) call?.reject(asError(error));
        else call?.resolve(value);
      });
      // An exit we did not ask for fails what was waiting; the next call starts a new worker.
      const ended = (error: Error) => {
        if (worker === thread) worker = undefined;
        opening = undefined;
        reject(error);
        for (const call of waiting.values()) call.reject(error);
        waiting.clear();
      };
      thread.on('error', (error) => ended(asError({ name: 'WorkerError', code: error.name })));
      thread.on('exit', (code) => ended(asError({ name: 'WorkerExit', code: `EXIT_${code}` })));
    });

  const ready = async () => {
    if (closed) throw asError({ name: 'StoreClosed', code: 'CLOSED' });
    if (worker) return worker;
    opening ??= start().then((thread) => (worker = thread));
    return opening;
  };
  await ready();

  return remoteOf(async (method, args) => {
    const thread = await ready();
    if (method === 'close') closed = true;
    const id = nextId++;
    const message: Call = { id, method, args };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      thread.postMessage(message);
    });
  });
}

export async function openSqlite(path: string): Promise<Store> {
  const engine = path === ':memory:' ? await local(path) : await remote(path);
  return {
    kind: 'sqlite',
    where: path,
    insert: (batch) =>
      engine.insert(
        batch.map(({ response, body, receivedAt, guard }) =>
          guard
            ? ([response.id, response.survey, response.respondent, receivedAt, body, 1, guard.invitation ?? null] as const)
            : ([response.id, response.survey, response.respondent, receivedAt, body] as const),
        ),
      ),
    surveys: async () => foldRounds((await engine.groups()) as GroupCount[]),
    responses: async (survey) => (await engine.bodies(survey)).map((body) => JSON.parse(body) as SurveyResponse),
    storedBody: (id) => engine.storedBody(id),
    remove: (survey) => engine.remove(survey),
    addInvitations: (survey, invitations) => engine.addInvitations(survey, invitations),
    invitationCounts: (survey) => engine.invitationCounts(survey),
    finalise: (survey) => engine.finalise(survey),
    probe: () => engine.probe(),
    close: () => engine.close(),
  };
}
