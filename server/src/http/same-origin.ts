/**
 * Whether a form post comes from this receiver's own pages (SPEC §16), so another site's page
 * cannot post the results token form (to set a reader's cookie, or forget it). Browsers say
 * where a request comes from in `Sec-Fetch-Site` (every current one) and `Origin` (on every
 * POST); either naming another site refuses the post. The host is compared, not the scheme, as
 * for the survey's posts (`cors.ts`): behind a proxy that ends TLS the receiver sees http. A
 * request with neither header is not from a browser page (curl, a script), so it cannot carry
 * a victim's cookie, and is let through.
 */
export function fromOwnPage(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    // `Origin: null` (a sandboxed frame, a redirect from elsewhere) is no page of ours.
    return false;
  }
}
