/** Answers: JSON, and problem details (RFC 9457) for every error (SPEC §12). */

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

export function problem(
  status: number,
  title: string,
  detail: string,
  { extra = {}, headers = {} }: { extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers },
  });
}

/** How long a client should wait after a 503 (the survey's outbox honours it). */
export const RETRY_AFTER_SECONDS = 2;

export const unavailable = (detail: string) =>
  problem(503, 'Service Unavailable', detail, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });

/** 405 for a method a resource does not take, saying which it does. */
export const notAllowed = (allow: string) => (c: { req: { method: string } }) =>
  problem(405, 'Method Not Allowed', `${c.req.method} is not supported here.`, { headers: { Allow: allow } });
