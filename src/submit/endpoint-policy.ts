/**
 * Which endpoints a survey may post to (SPEC §8). Pure: the page's URL is passed in.
 * Allowed: the page's own origin, any `https:` URL, and `http:` on a loopback host.
 */
export type EndpointCheck =
  | { ok: true; url: string }
  | { ok: false; missing: boolean; reason: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkEndpoint(endpoint: string | null | undefined, pageUrl: string): EndpointCheck {
  if (endpoint === null || endpoint === undefined || endpoint.trim() === '') {
    return { ok: false, missing: true, reason: 'no endpoint is set and no transport was given' };
  }
  let url: URL;
  try {
    url = new URL(endpoint.trim(), pageUrl);
  } catch {
    return { ok: false, missing: false, reason: `the endpoint "${endpoint}" is not a valid URL` };
  }
  if (url.username || url.password) {
    return { ok: false, missing: false, reason: 'the endpoint must not contain a user name or password' };
  }
  const page = new URL(pageUrl);
  const sameOrigin = url.origin === page.origin && url.origin !== 'null';
  const allowed =
    sameOrigin ||
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!allowed) {
    return {
      ok: false,
      missing: false,
      reason: `the endpoint "${url.protocol}//${url.host}" is not allowed: use this page's origin, https:, or http://localhost`,
    };
  }
  return { ok: true, url: url.href };
}

/** `report-url` becomes a link only when it is an http(s) URL (SPEC §8). */
export function safeLinkUrl(value: string | null | undefined, pageUrl: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
