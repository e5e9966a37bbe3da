/**
 * The demo's receiver (SPEC §11): the real receiver (`mor-survey-server`) plus the tester's failure
 * modes. Each namespace (`/api/ns/<name>/…`, the browser tests use one each) is a real receiver
 * on its own in-memory SQLite database; the default namespace (`/api/…`, the demo page) is the
 * receiver `npm start` configures. On top of the real routes, per namespace:
 *
 *   POST   responses      a response: the mode decides (accept, fail 500, reject 422, refuse
 *                         403 with a problem type, too-many 429, slow, drop, drop-after-store);
 *                         stored by the real receiver
 *   GET    responses      (no ?survey=) { responses, copies, lastHeaders, attempts }
 *   DELETE responses      (no ?survey=) deletes every round and forgets the counts
 *   GET    mode           the mode   PUT mode   { mode, times?, delayMs?, retryAfter?, detail?, status?, type? }
 *
 * and, in a test namespace, for rounds (SPEC §15):
 *
 *   PUT    rounds         a rounds file: the namespace gets a new receiver (empty) with it
 *   PUT    clock          { now: "<UTC time>" | null }: the namespace's receiver's clock
 *   POST   invitations    { survey, member, officer }: that many codes, [{ group, code }]
 *
 * Everything else goes to the real routes; in `/api/ns/<name>/` the tester is the admin (its
 * token is added), in the default namespace the admin token `npm start` prints is needed.
 * `/ns/<name>/…` is a test namespace's receiver as a browser sees it, with no token added: its
 * hosted pages (`/ns/<name>/survey/<id>`, `/ns/<name>/results/<id>`), whose relative links reach
 * its API there (`/ns/<name>/api/responses` is the namespace's POST, failure modes included).
 */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { createReceiver, type Receiver, type ReceiverOptions } from 'mor-survey-server';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseResponse, type SurveyResponse } from '../../src/schema/index.js';
import { MODES, parseSetting, takeMode, type ModeSetting } from './modes.js';

interface Namespace {
  receiver: Receiver;
  /** The receiver's clock, when a test has set it (ms); else the real time. */
  clock?: number;
  token: string;
  mode: ModeSetting;
  /** How many copies of each id arrived, accepted or repeated: shows retries and duplicates. */
  copies: Map<string, number>;
  /** The headers of the last POST, so a tester sees exactly what was sent (never stored). */
  lastHeaders?: Record<string, string | undefined>;
  /** Every request that tried to send (POST, and CORS preflights), valid or not. */
  attempts: number;
  /** Lets go of the POSTs the `hold` mode keeps waiting: called when the mode is set again. */
  release: () => void;
  held: Promise<void>;
}

/** A fresh hold: a promise and the function that settles it. */
function holding(): Pick<Namespace, 'held' | 'release'> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

const ROUTE = /^\/api(?:\/ns\/([A-Za-z0-9_-]{1,64}))?\/([a-z.]+(?:\/[A-Za-z0-9._-]{1,64})?)$/;
/** `/ns/<name>/<rest>`: a test namespace's receiver as a browser sees it. */
const PAGE_ROUTE = /^\/ns\/([A-Za-z0-9_-]{1,64})(\/.*)$/;
/** The invitation key of the test namespaces' rounds: a test's own, not a secret. */
const TEST_INVITATION_KEY = 'tester-invitation-key-not-a-secret-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const randomToken = () => randomBytes(32).toString('base64url');

/** The tester's own answers, shaped as the receiver's (JSON, problem details). */
const json = (status: number, body: unknown) => Response.json(body, { status });
const problem = (
  status: number,
  title: string,
  detail: string,
  { headers = {}, extra = {} }: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers },
  });

/** More than the receiver takes (its default MOR_MAX_BODY): such a body is not read here. */
const TOO_LARGE = 64 * 1024;

/**
 * The response a POST carries when the receiver would take it as one (JSON content type, within
 * its size, valid, the Idempotency-Key its id), else undefined: the receiver then gives its own
 * answer, and no failure mode applies.
 */
function validResponse(request: Request, text: string): SurveyResponse | undefined {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) return undefined;
  try {
    const parsed = parseResponse(JSON.parse(text));
    const key = request.headers.get('idempotency-key');
    return parsed.success && (key === null || key === parsed.data.id) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Paths the demo receiver answers; anything else is the dev server's (pages, scripts). */
export const handles = (path: string) =>
  /^\/(api|survey|results|ns)\//.test(path) || ['/healthz', '/mor-survey.js', '/mor-results.js', '/mor-page.css', '/favicon.svg'].includes(path);

export function createTester(main: ReceiverOptions = { databaseUrl: 'sqlite::memory:' }) {
  const adminToken = main.adminToken || randomToken();
  const namespaces = new Map<string, Namespace>();
  /** While the generated rounds are stored (`seed`), the default namespace's clock is set inside them. */
  let seeding: number | undefined;
  const mainNow = main.now ?? (() => new Date());
  // What a test namespace's pages share with the default one (framing, the results token).
  const { frameAncestors, resultsToken, publicResults, title, privacyUrl } = main;

  /** A test namespace's receiver: in memory, its own admin token, its clock, and `rounds` if given. */
  function testReceiver(ns: { token: string; clock?: number }, rounds?: ReceiverOptions['rounds']): Receiver {
    return createReceiver({
      databaseUrl: 'sqlite::memory:',
      adminToken: ns.token,
      log: () => {},
      frameAncestors,
      resultsToken,
      publicResults,
      title,
      privacyUrl,
      now: () => new Date(ns.clock ?? Date.now()),
      ...(rounds && { rounds, invitationKey: TEST_INVITATION_KEY }),
    });
  }

  function namespace(name: string): Namespace {
    let ns = namespaces.get(name);
    if (!ns) {
      const token = name === 'default' ? adminToken : randomToken();
      const state = { token, mode: { mode: 'accept' } as ModeSetting, copies: new Map<string, number>(), attempts: 0, ...holding() } as Namespace;
      state.receiver = name === 'default' ? createReceiver({ ...main, adminToken, now: () => (seeding === undefined ? mainNow() : new Date(seeding)) }) : testReceiver(state);
      ns = state;
      namespaces.set(name, ns);
    }
    return ns;
  }

  /** The request, sent to the namespace's real receiver at `/api/<rest>` (query kept); in a test namespace as its admin, unless `asAdmin` is false. */
  function forward(name: string, ns: Namespace, request: Request, rest: string, body?: string, asAdmin = true): Promise<Response> {
    const url = new URL(request.url);
    url.pathname = `/api/${rest}`;
    const headers = new Headers(request.headers);
    if (asAdmin && name !== 'default' && !headers.has('authorization')) headers.set('Authorization', `Bearer ${ns.token}`);
    const hasBody = !['GET', 'HEAD'].includes(request.method);
    return ns.receiver.fetch(new Request(url, { method: request.method, headers, body: hasBody ? (body ?? request.body) : null, duplex: 'half' } as RequestInit));
  }

  async function admin<T>(ns: Namespace, path: string, method = 'GET'): Promise<T> {
    const answer = await ns.receiver.fetch(new Request(`http://demo.invalid${path}`, { method, headers: { Authorization: `Bearer ${ns.token}` } }));
    return (await answer.json()) as T;
  }

  async function everyResponse(ns: Namespace): Promise<SurveyResponse[]> {
    const rounds = await admin<{ survey: string }[]>(ns, '/api/surveys');
    const lists = await Promise.all(rounds.map(({ survey }) => admin<SurveyResponse[]>(ns, `/api/responses?survey=${survey}`)));
    return lists.flat();
  }

  /** Drops the connection without an answer, as a network failure would. */
  function drop(env: HttpBindings | undefined): Response {
    env?.incoming.socket.destroy();
    return RESPONSE_ALREADY_SENT;
  }

  async function post(name: string, ns: Namespace, request: Request, env: HttpBindings | undefined, { asAdmin = true } = {}): Promise<Response> {
    ns.attempts += 1;
    ns.lastHeaders = {
      'content-type': request.headers.get('content-type') ?? undefined,
      'idempotency-key': request.headers.get('idempotency-key') ?? undefined,
      referer: request.headers.get('referer') ?? undefined,
      // Whether the browser sent cookies (the `credentials` mode), never their values.
      cookie: request.headers.has('cookie') ? 'sent' : undefined,
      // Whether an invitation code came with it (SPEC §15); a code is never shown or kept.
      'mor-invitation': request.headers.has('mor-invitation') ? 'sent' : undefined,
    };
    // A bad request gets the real receiver's answer, and no mode.
    if (Number(request.headers.get('content-length')) > TOO_LARGE) return forward(name, ns, request, 'responses');
    const text = await request.text();
    const response = validResponse(request, text);
    if (!response) return forward(name, ns, request, 'responses', text, asAdmin);
    const id = response.id;
    ns.copies.set(id, (ns.copies.get(id) ?? 0) + 1);
    const setting = takeMode(ns);
    switch (setting.mode) {
      case 'fail':
        return problem(500, 'Internal Server Error', 'The receiver was told to fail (demo).');
      case 'reject':
        return problem(422, 'Invalid response', setting.detail ?? 'The receiver was told to reject this response (demo).');
      case 'refuse': {
        // As a receiver refuses a response for its round or its invitation (SPEC §15).
        const status = setting.status === 422 ? 422 : 403;
        return problem(status, status === 422 ? 'Unprocessable Content' : 'Forbidden', setting.detail ?? 'This invitation has already been used (demo).', {
          extra: { type: setting.type ?? 'urn:mor-survey:invitation-used' },
        });
      }
      case 'too-many':
        return problem(429, 'Too Many Requests', 'Try again later.', { headers: { 'Retry-After': String(setting.retryAfter ?? 1) } });
      case 'drop':
        return drop(env);
      case 'slow':
        await sleep(setting.delayMs ?? 20_000);
        break;
      case 'hold':
        // Until the tester sets the mode again: a request in flight for as long as a test needs.
        await ns.held;
        break;
      default:
        break;
    }
    const answer = await forward(name, ns, request, 'responses', text, asAdmin);
    return setting.mode === 'drop-after-store' ? drop(env) : answer;
  }

  /** The rounds endpoints of a test namespace (SPEC §15); undefined for anything else. */
  async function roundsSetting(name: string, ns: Namespace, rest: string, request: Request): Promise<Response | undefined> {
    const asked = `${request.method} ${rest}`;
    if (name === 'default' || !['PUT rounds', 'PUT clock', 'POST invitations'].includes(asked)) return undefined;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await request.text()) as Record<string, unknown>;
    } catch {
      return problem(400, 'Bad Request', `${rest}: send JSON`);
    }
    try {
      if (asked === 'PUT rounds') {
        const receiver = testReceiver(ns, body as ReceiverOptions['rounds']);
        await ns.receiver.close();
        ns.receiver = receiver;
        return json(200, { rounds: Object.keys(body) });
      }
      if (asked === 'PUT clock') {
        ns.clock = typeof body.now === 'string' ? Date.parse(body.now) : undefined;
        return json(200, { now: new Date(ns.clock ?? Date.now()).toISOString() });
      }
      const { survey, member = 0, officer = 0 } = body as { survey: string; member?: number; officer?: number };
      return json(200, await ns.receiver.invite(survey, { member, officer }));
    } catch (error) {
      return problem(400, 'Bad Request', (error as Error).message);
    }
  }

  async function fetch(request: Request, env?: HttpBindings): Promise<Response> {
    const page = PAGE_ROUTE.exec(new URL(request.url).pathname);
    if (page) return pageFetch(page[1]!, page[2]!, request, env);
    const url = new URL(request.url);
    const match = ROUTE.exec(url.pathname);
    if (!match) return namespace('default').receiver.fetch(request);
    const name = match[1] ?? 'default';
    const rest = match[2]!;
    const ns = namespace(name);
    const method = request.method;
    const whole = rest === 'responses' && !url.searchParams.has('survey');
    if (rest === 'mode' && method === 'GET') return json(200, ns.mode);
    if (rest === 'mode' && method === 'PUT') {
      const setting = parseSetting(await request.text());
      if (!setting) return problem(400, 'Bad Request', `mode must be one of ${MODES.join(', ')}`);
      ns.mode = setting;
      ns.release();
      Object.assign(ns, holding());
      return json(200, ns.mode);
    }
    const setting = await roundsSetting(name, ns, rest, request);
    if (setting) return setting;
    if (rest === 'responses' && method === 'POST') return post(name, ns, request, env);
    if (rest === 'responses' && method === 'OPTIONS') ns.attempts += 1;
    if (whole && method === 'GET') {
      const responses = await everyResponse(ns);
      return json(200, { responses, copies: Object.fromEntries(ns.copies), lastHeaders: ns.lastHeaders ?? null, attempts: ns.attempts });
    }
    if (whole && method === 'DELETE') {
      for (const { survey } of await admin<{ survey: string }[]>(ns, '/api/surveys')) await admin(ns, `/api/responses?survey=${survey}`, 'DELETE');
      ns.copies.clear();
      ns.attempts = 0;
      delete ns.lastHeaders;
      return json(200, { cleared: true });
    }
    return forward(name, ns, request, rest);
  }

  /**
   * `/ns/<name>/<rest>`: the namespace's receiver at `/<rest>`, as a browser sees it (no token
   * added); its POST of a response goes through the failure modes as `/api/ns/<name>/responses`.
   */
  function pageFetch(name: string, rest: string, request: Request, env?: HttpBindings): Promise<Response> {
    const url = new URL(request.url);
    url.pathname = rest;
    const ns = namespace(name);
    const inner = new Request(url, { method: request.method, headers: request.headers, body: request.body, duplex: 'half' } as RequestInit);
    if (rest === '/api/responses' && request.method === 'POST') return post(name, ns, inner, env, { asAdmin: false });
    return ns.receiver.fetch(inner);
  }

  const listener = getRequestListener((request, env) => fetch(request, env as HttpBindings), { overrideGlobalObjects: false });

  /** The same, as Koa middleware for @web/dev-server and @web/test-runner. */
  async function koa(ctx: { path: string; req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) {
    if (!handles(ctx.path)) return next();
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
    return undefined;
  }

  async function close() {
    await Promise.all([...namespaces.values()].map((ns) => ns.receiver.close()));
  }

  /**
   * Stores responses in the default namespace through its real receiver, as if they had been
   * sent (the demo's generated rounds); not counted as a tester's attempts or copies. A
   * response stored before (a restart on the same file) is a duplicate and changes nothing.
   *
   * With a rounds file, each round's responses are sent with the receiver's clock inside the
   * round (its rounds are final by today's date), and an invited round's with codes made for
   * the round's population (so its response rate is out of the invitations made, as a real
   * round's is). A round that already has responses is left as it is. Call it before anything
   * else reaches the default namespace: a final round is closed for good once a read sees it.
   */
  async function seed(responses: readonly SurveyResponse[]): Promise<void> {
    const rounds = typeof main.rounds === 'object' ? main.rounds : undefined;
    const ids = [...new Set(responses.map((response) => response.survey))];
    const opening = (id: string) => Date.parse(rounds?.[id]?.opens ?? '') + 60_000;
    if (rounds) seeding = Math.min(...ids.map(opening));
    try {
      const ns = namespace('default');
      const stored = new Set((await admin<{ survey: string }[]>(ns, '/api/surveys')).map((row) => row.survey));
      for (const id of ids) {
        if (rounds && stored.has(id)) continue;
        const mine = responses.filter((response) => response.survey === id);
        const round = rounds?.[id];
        if (round) seeding = opening(id);
        const counted = (group: string) => mine.filter((response) => response.respondent === group).length;
        const codes =
          round?.access === 'invited'
            ? await ns.receiver.invite(id, round.population ?? { member: counted('member'), officer: counted('officer') })
            : [];
        for (const response of mine) {
          const at = codes.findIndex((code) => code.group === response.respondent);
          const [code] = at < 0 ? [] : codes.splice(at, 1);
          const answer = await ns.receiver.fetch(
            new Request('http://demo.invalid/api/responses', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...(code && { 'Mor-Invitation': code.code }) },
              body: JSON.stringify(response),
            }),
          );
          if (answer.status !== 201 && answer.status !== 200) throw new Error(`seeding the demo: ${answer.status} ${await answer.text()}`);
        }
      }
    } finally {
      seeding = undefined;
    }
  }

  /** Invitations for an invited round of the default namespace's rounds file (`npm start` prints their links). */
  const invite = (survey: string, counts: { member: number; officer: number }) => namespace('default').receiver.invite(survey, counts);

  return { fetch, koa, close, seed, invite, adminToken };
}
