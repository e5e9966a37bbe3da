/**
 * The hosted pages' shell (SPEC §12): a plain HTML page with the title as its h1, served under
 * the strict policy of SPEC §8, framable only by MOR_FRAME_ANCESTORS. Every configured or
 * requested value is escaped: text, never HTML. Links are relative, so the pages also work when
 * a proxy publishes the receiver under a sub-path.
 */
import type { Settings } from '../settings.js';
import type { Lang } from './texts.js';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** SPEC §8's policy, plus who may frame the page and nothing the page does not need. */
function pagePolicy(settings: Settings): Record<string, string> {
  const ancestors = settings.frameAncestors.length ? settings.frameAncestors.join(' ') : "'none'";
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "require-trusted-types-for 'script'",
    `frame-ancestors ${ancestors}`,
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'Referrer-Policy': 'no-referrer',
    // Older browsers without frame-ancestors: refuse every frame unless some are allowed.
    ...(settings.frameAncestors.length ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/** A whole page: the title as its h1, then `body` (HTML the caller has escaped); `script` a bundle to load. */
export function page(settings: Settings, lang: Lang, script: string, body: string): string {
  const title = escapeHtml(settings.title[lang]);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="../mor-page.css">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
${script ? `<script type="module" src="../${script}"></script>\n` : ''}</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The page as an answer, with its policy. */
export const html = (body: string, settings: Settings, init: ResponseInit = {}) =>
  new Response(body, { ...init, headers: { 'Content-Type': 'text/html; charset=utf-8', ...pagePolicy(settings), ...init.headers } });
