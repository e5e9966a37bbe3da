/**
 * Which pages may post responses (SPEC §12). A request with no `Origin` is not from a browser
 * page (a script, another server) and is let through: the check exists to stop other web
 * sites' pages posting here. A page is allowed when its origin is in MOR_ALLOWED_ORIGINS or is
 * this receiver's own (the hosted pages): the host is compared, not the scheme, so a receiver
 * behind a proxy that ends TLS still knows its own pages.
 *
 * Cookies are never needed, so `Access-Control-Allow-Credentials` is never sent: a survey
 * posting here from another origin uses `credentials="same-origin"` (its default) or `omit`.
 */
import type { ThrottledLog } from '../log.js';

export type OriginCheck = { allowed: false } | { allowed: true; headers: Record<string, string> };

/** `https://Intranet.Example:443/` → `https://intranet.example`; throws when it is not an origin. */
export function normaliseOrigin(text: string): string {
  const url = new URL(text);
  if (!/^https?:$/.test(url.protocol) || url.origin === 'null') throw new Error(`not an http(s) origin: ${text}`);
  return url.origin;
}

export function checkOrigin(request: Request, allowed: ReadonlySet<string>): OriginCheck {
  const origin = request.headers.get('origin');
  if (origin === null) return { allowed: true, headers: {} };
  let host: string;
  let normalised: string;
  try {
    normalised = normaliseOrigin(origin);
    host = new URL(normalised).host;
  } catch {
    return { allowed: false };
  }
  if (host === new URL(request.url).host) return { allowed: true, headers: {} };
  if (!allowed.has(normalised)) return { allowed: false };
  return {
    allowed: true,
    headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' },
  };
}

/** The answer to `OPTIONS /api/responses`: 204 for an allowed origin asking to POST, else 403. */
export function preflight(request: Request, allowed: ReadonlySet<string>): Response | undefined {
  const check = checkOrigin(request, allowed);
  const method = request.headers.get('access-control-request-method');
  if (!check.allowed || (method !== null && method !== 'POST')) return undefined;
  return new Response(null, {
    status: 204,
    headers: {
      ...check.headers,
      'Access-Control-Allow-Methods': 'POST',
      // Mor-Invitation: the code of an invited round (SPEC §15).
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Mor-Invitation',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  });
}

/** How much of a refused origin the log shows: a site's address, never more. */
const SHOWN_ORIGIN = 100;

/**
 * Notes a page refused for its origin (SPEC §16): at most one line per 10 s in all, naming up to
 * five origins (each cut to 100 characters, and quoted, so no byte of a header reaches the log
 * raw) with the allowed list, so a wrong MOR_ALLOWED_ORIGINS is seen in the log at once.
 */
export function noteRefusedOrigin(log: ThrottledLog, allowed: ReadonlySet<string>, origin: string | null): void {
  if (origin === null) return;
  const list = allowed.size ? [...allowed].join(' ') : 'none set, so only this receiver’s own pages may post';
  log.note(
    'refused origin',
    (count, origins) =>
      `refused ${count === 1 ? 'a page' : `${count.toLocaleString('en-GB')} more requests from pages`} on ${origins.join(', ')}: not in MOR_ALLOWED_ORIGINS (${list})`,
    JSON.stringify(origin.slice(0, SHOWN_ORIGIN)),
  );
}
