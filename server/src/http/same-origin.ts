/**
 * Whether a form post comes from this receiver's own pages (SPEC §16), so another site's page
 * cannot post the results token form (to set a reader's cookie, or forget it).
 *
 * Every current browser says where a request comes from in `Sec-Fetch-Site`, which no page can
 * set: when it is there, it alone decides (a page under `Referrer-Policy: no-referrer` sends
 * `Origin: null` even to its own origin). A browser without it sends `Origin` on every POST,
 * whose host must be this receiver's (compared as for the survey's posts in `cors.ts`: behind a
 * proxy that ends TLS the receiver sees http); `null` is no page of ours. A request with neither
 * header is not from a browser page (curl, a script), so it cannot carry a victim's cookie.
 */
export function fromOwnPage(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}
