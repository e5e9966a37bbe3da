/**
 * Who may read (SPEC §12): `Authorization: Bearer <token>`, compared in constant time. Both
 * sides are hashed first so the comparison has the same length whatever was sent.
 */
import type { Context, Next } from 'hono';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { problem } from './problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when `header` carries one of `tokens` (empty tokens never match). */
function bearerMatches(header: string | null, tokens: readonly (string | undefined)[]): boolean {
  const sent = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
  if (!sent) return false;
  const given = digest(sent);
  // Every token is compared, so the time taken does not say which one matched.
  return tokens.reduce((match, token) => (token ? timingSafeEqual(given, digest(token)) : false) || match, false);
}

function unauthorised(header: string | null): Response {
  const error = header ? ', error="invalid_token"' : '';
  return problem(401, 'Unauthorized', 'Send the token as "Authorization: Bearer <token>".', {
    headers: { 'WWW-Authenticate': `Bearer realm="mor-survey"${error}` },
  });
}

/**
 * Middleware letting through requests that carry one of `tokens`: the admin routes pass the
 * admin token; results (SPEC §13) will pass the admin and results tokens.
 */
export const requireBearer = (tokens: readonly (string | undefined)[]) => async (c: Context, next: Next) => {
  const header = c.req.header('authorization') ?? null;
  if (!bearerMatches(header, tokens)) return unauthorised(header);
  return next();
};

/** A token for a run without MOR_ADMIN_TOKEN: 256 random bits. */
export const randomToken = () => randomBytes(32).toString('base64url');
