/**
 * The reference receiver (SPEC §11): accepts responses, validates them with the same schema as
 * the form (422 with a problem+json body naming the invalid fields), treats a repeated
 * Idempotency-Key as the same response, lists them as JSON and exports CSV.
 *
 * A tester (or a test) can make it misbehave per namespace: fail with 500, reject with 422,
 * answer 429 with Retry-After, answer after a delay, or drop the connection before or after
 * storing. Routes, for the default namespace and for `/api/ns/<name>/…`:
 *
 *   POST   responses      a response (JSON)
 *   GET    responses      { responses, copies, lastHeaders, attempts }   DELETE responses   clears it
 *   GET    responses.csv  CSV export
 *   GET    mode           the current failure mode   PUT mode           { mode, times?, delayMs?, retryAfter? }
 *
 * Plain Node (`IncomingMessage`/`ServerResponse`), so the dev server, the test runner and a
 * bare `node:http` server can all use it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseResponse } from '../../src/schema/index.js';
import { toCsv } from './csv.js';
import { ResponseStore, fileFor } from './store.js';

export const MODES = ['accept', 'fail', 'reject', 'too-many', 'slow', 'drop', 'drop-after-store'] as const;
export type Mode = (typeof MODES)[number];

export interface ModeSetting {
  mode: Mode;
  /** Apply the mode to this many POSTs, then accept again; absent = until changed. */
  times?: number;
  /** For `slow`: how long to wait before accepting. */
  delayMs?: number;
  /** For `too-many`: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** For `reject`: the problem's `detail`, shown to the respondent as text. */
  detail?: string;
}

export interface ReceiverOptions {
  /** Folder for the JSON Lines files; absent keeps everything in memory (tests). */
  dataDir?: string;
  /** Requests bigger than this are refused with 413. */
  maxBodyBytes?: number;
}

interface Namespace {
  store: ResponseStore;
  mode: ModeSetting;
  /** The headers of the last POST, so a tester can see exactly what was sent. */
  lastHeaders?: Record<string, string | undefined>;
  /** Every request that tried to send (POST, and CORS preflights), valid or not. */
  attempts: number;
}

const MAX_BODY = 64 * 1024;
const ROUTE = /^\/api(?:\/ns\/([A-Za-z0-9_-]{1,64}))?\/(responses|responses\.csv|mode)$/;

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(text);
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: object = {}) {
  send(res, status, { type: 'about:blank', title, status, detail, ...extra }, 'application/problem+json');
}

/** Reads a body up to `limit` bytes; undefined when it is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createReceiver(options: ReceiverOptions = {}) {
  const namespaces = new Map<string, Namespace>();
  const limit = options.maxBodyBytes ?? MAX_BODY;

  function namespace(name: string): Namespace {
    let ns = namespaces.get(name);
    if (!ns) {
      ns = { store: new ResponseStore(fileFor(options.dataDir, name)), mode: { mode: 'accept' }, attempts: 0 };
      namespaces.set(name, ns);
    }
    return ns;
  }

  /** The mode for this POST, counting down `times`. */
  function takeMode(ns: Namespace): ModeSetting {
    const current = ns.mode;
    if (current.times !== undefined) {
      current.times -= 1;
      if (current.times <= 0) ns.mode = { mode: 'accept' };
    }
    return current;
  }

  async function receive(req: IncomingMessage, res: ServerResponse, ns: Namespace) {
    const type = String(req.headers['content-type'] ?? '');
    ns.lastHeaders = {
      'content-type': req.headers['content-type'],
      'idempotency-key': req.headers['idempotency-key'] as string | undefined,
      referer: req.headers.referer,
      // Whether the browser sent cookies (the `credentials` mode), never their values.
      cookie: req.headers.cookie === undefined ? undefined : 'sent',
    };
    if (!/^application\/json\b/i.test(type)) {
      return problem(res, 415, 'Unsupported Media Type', 'Send the response as application/json.');
    }
    const body = await readBody(req, limit);
    if (body === undefined) {
      return problem(res, 413, 'Payload Too Large', `A response must be at most ${limit} bytes.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return problem(res, 400, 'Bad Request', 'The body is not valid JSON.');
    }
    const parsed = parseResponse(json);
    if (!parsed.success) {
      const fields = [
        ...new Set(
          parsed.error.issues.flatMap((issue) =>
            issue.code === 'unrecognized_keys'
              ? issue.keys.map((key) => [...issue.path, key].join('.'))
              : [issue.path.join('.') || '(body)'],
          ),
        ),
      ];
      return problem(res, 422, 'Invalid response', `These fields are missing or invalid: ${fields.join(', ')}.`, {
        fields,
      });
    }
    const response = parsed.data;
    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== response.id) {
      return problem(res, 400, 'Bad Request', 'The Idempotency-Key header must equal the response id.');
    }
    ns.store.countCopy(response.id);

    const setting = takeMode(ns);
    switch (setting.mode) {
      case 'fail':
        return problem(res, 500, 'Internal Server Error', 'The receiver was told to fail (demo).');
      case 'reject':
        return problem(res, 422, 'Invalid response', setting.detail ?? 'The receiver was told to reject this response (demo).');
      case 'too-many':
        res.setHeader('Retry-After', String(setting.retryAfter ?? 1));
        return problem(res, 429, 'Too Many Requests', 'Try again later.');
      case 'drop':
        res.socket?.destroy();
        return;
      case 'slow':
        await sleep(setting.delayMs ?? 20_000);
        break;
      default:
        break;
    }
    const added = ns.store.add(response);
    if (setting.mode === 'drop-after-store') {
      res.socket?.destroy();
      return;
    }
    send(res, added ? 201 : 200, { id: response.id, duplicate: !added });
  }

  /** Handles the receiver's routes; returns false for any other URL. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const match = ROUTE.exec(url.pathname);
    if (!match) return false;
    const ns = namespace(match[1] ?? 'default');
    const resource = match[2];
    const method = req.method ?? 'GET';
    if (method === 'POST' || method === 'OPTIONS') ns.attempts += 1;
    if (resource === 'responses' && method === 'POST') await receive(req, res, ns);
    else if (resource === 'responses' && method === 'GET') {
      send(res, 200, {
        responses: ns.store.list(),
        copies: Object.fromEntries(ns.store.copies),
        lastHeaders: ns.lastHeaders ?? null,
        attempts: ns.attempts,
      });
    } else if (resource === 'responses' && method === 'DELETE') {
      ns.store.clear();
      ns.attempts = 0;
      delete ns.lastHeaders;
      send(res, 200, { cleared: true });
    } else if (resource === 'responses.csv' && method === 'GET') {
      send(res, 200, toCsv(ns.store.list()), 'text/csv');
    } else if (resource === 'mode' && method === 'GET') {
      send(res, 200, ns.mode);
    } else if (resource === 'mode' && method === 'PUT') {
      const body = await readBody(req, 1024);
      let setting: ModeSetting | undefined;
      try {
        const value = JSON.parse(body ?? '') as ModeSetting;
        if (MODES.includes(value.mode)) setting = value;
      } catch {
        setting = undefined;
      }
      if (!setting) return (problem(res, 400, 'Bad Request', `mode must be one of ${MODES.join(', ')}`), true);
      ns.mode = { ...setting };
      send(res, 200, ns.mode);
    } else {
      res.setHeader('Allow', resource === 'mode' ? 'GET, PUT' : resource === 'responses' ? 'GET, POST, DELETE' : 'GET');
      problem(res, 405, 'Method Not Allowed', `${method} is not supported here.`);
    }
    return true;
  }

  /** The same, as Koa middleware for @web/dev-server and @web/test-runner. */
  function koa(ctx: { req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) {
    return handle(ctx.req, ctx.res).then((handled) => {
      if (handled) ctx.respond = false;
      else return next();
      return undefined;
    });
  }

  return { handle, koa };
}
