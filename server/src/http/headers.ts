/**
 * Headers on every answer (SPEC §12): never cached (responses and tokens must not sit in a
 * proxy's cache), never sniffed as another type. Nothing names the software or its version.
 */
export function withStandardHeaders(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}
