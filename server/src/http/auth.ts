/**
 * Who may read (SPEC §12): `Authorization: Bearer <token>`, compared in constant time. Both
 * sides are hashed first so the comparison has the same length whatever was sent.
 *
 * Results may also be read with a cookie: a browser's `<mor-results src>` cannot send the
 * header, so the hosted results page asks for the token once in a form and sets `mor-results`
 * to the time it was issued and a keyed hash of that time under the token (never the token
 * itself), for this site only. The server refuses it 8 hours after that time (SPEC §16), so a
 * copied cookie does not live until the token changes.
 */
import type { Context, Next } from 'hono';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { MIN_KEY_LENGTH } from '../options.js';
import { problem } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

type Tokens = readonly (string | undefined)[];

/** The token of `tokens` that `sent` is, made into something comparable by `as`; undefined when none. */
function matching(sent: string | undefined, tokens: Tokens, as: (token: string) => string = (token) => token): string | undefined {
  if (!sent) return undefined;
  const given = digest(sent);
  // Every token is compared, so the time taken does not say which one matched.
  return tokens.reduce<string | undefined>((match, token) => (token && timingSafeEqual(given, digest(as(token))) ? token : match), undefined);
}

/** True when `header` carries one of `tokens` (empty tokens never match). */
const bearerMatches = (header: string | null, tokens: Tokens) => matching(/^Bearer +(\S+) *$/i.exec(header ?? '')?.[1], tokens) !== undefined;

const READER_COOKIE = 'mor-results';
const READER_SECONDS = 8 * 3600;
/** A clock a little ahead of the receiver's may have issued a cookie: this much is forgiven. */
const CLOCK_SKEW_SECONDS = 60;

/** `<issued, Unix seconds>.<HMAC of that time under the token>`. */
const cookieValue = (token: string, issued: number) =>
  `${issued}.${createHmac('sha256', token).update(`mor-survey results reader ${issued}`).digest('base64url')}`;

const COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${READER_COOKIE}=((\\d{1,12})\\.[A-Za-z0-9_-]+)`);

/** True when `header` holds a reader cookie made from one of `tokens` less than 8 hours before `now`. */
function cookieMatches(header: string | null, tokens: Tokens, now: number): boolean {
  const [, value, issuedText] = COOKIE_PATTERN.exec(header ?? '') ?? [];
  if (!value) return false;
  const issued = Number(issuedText);
  const age = now / 1000 - issued;
  if (age > READER_SECONDS || age < -CLOCK_SKEW_SECONDS) return false;
  return matching(value, tokens, (token) => cookieValue(token, issued)) !== undefined;
}

/** The token typed into the results page's form, if it is one of `tokens`. */
export const tokenGiven = (sent: string | undefined, tokens: Tokens) => matching(sent?.trim(), tokens);

const cookieAttributes = (secure: boolean) => `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;

/** Set-Cookie that deletes the reader's cookie (the results page's "Forget the token" button). */
export const forgetReaderCookie = (secure: boolean) => `${READER_COOKIE}=; Max-Age=0; ${cookieAttributes(secure)}`;

/** Set-Cookie for a reader who gave `token` at `now` (ms); `secure` when the page was reached over https. */
export function readerCookie(token: string, secure: boolean, now: number): string {
  return `${READER_COOKIE}=${cookieValue(token, Math.floor(now / 1000))}; Max-Age=${READER_SECONDS}; ${cookieAttributes(secure)}`;
}

function unauthorised(header: string | null): Response {
  const error = header ? ', error="invalid_token"' : '';
  return problem(401, 'Unauthorized', 'Send the token as "Authorization: Bearer <token>".', {
    headers: { 'WWW-Authenticate': `Bearer realm="mor-survey"${error}` },
  });
}

/**
 * Middleware letting through requests that carry one of `tokens` (the admin routes pass the
 * admin token; the results' readers go through `requireReader`, which also takes the cookie).
 */
export const requireBearer = (tokens: readonly (string | undefined)[]) => async (c: Context, next: Next) => {
  const header = c.req.header('authorization') ?? null;
  if (!bearerMatches(header, tokens)) return unauthorised(header);
  return next();
};

/**
 * Middleware for the results (SPEC §12 "results reader"): public when results are, else the
 * admin or results token as a bearer token or as the results page's cookie, judged on the
 * receiver's clock `now`.
 */
export const requireReader = (publicResults: boolean, tokens: Tokens, now: () => number) => async (c: Context, next: Next) =>
  isReader(c, publicResults, tokens, now()) ? next() : unauthorised(c.req.header('authorization') ?? null);

/** True when this request may read results. */
export const isReader = (c: Context, publicResults: boolean, tokens: Tokens, now: number): boolean =>
  publicResults || bearerMatches(c.req.header('authorization') ?? null, tokens) || cookieMatches(c.req.header('cookie') ?? null, tokens, now);

/** A token for a run without MOR_ADMIN_TOKEN: 256 random bits. */
export const randomToken = () => randomBytes(32).toString('base64url');

/**
 * Refuses an admin, results or invitation key that could be guessed or would not survive a
 * header (SPEC §16); `name` is its variable, for the message.
 */
export function checkKey(name: string, key: string | undefined): void {
  if (key === undefined) return;
  if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) {
    throw new Error(`${name} must be at least ${MIN_KEY_LENGTH} characters, with no spaces (make one with: openssl rand -hex 32)`);
  }
}
