/**
 * The hosted survey page (SPEC §12), `GET /survey/<id>[?lang=cy]`: for intranets that cannot
 * take a script tag (SharePoint Online's Embed web part shows it in a frame) and for a link in
 * an all-staff email. A plain page with `<mor-survey>` posting to this receiver, under the strict
 * policy of SPEC §8; only MOR_FRAME_ANCESTORS may frame it. Its links are relative, so it also
 * works when a proxy publishes the receiver under a sub-path (`https://intranet/mor/…`).
 *
 * `GET /results/<id>` (SPEC §13) belongs here beside it once `<mor-results>` exists.
 */
import type { Hono } from 'hono';
import { SURVEY_ID_PATTERN } from '../../schema/index.js';
import { problem } from '../http/problem.js';
import type { Settings } from '../settings.js';
import type { RouteContext } from './context.js';

const PRIVACY_LINK = { en: 'How we use your answers', cy: "Sut rydyn ni'n defnyddio eich atebion" };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** SPEC §8's policy, plus who may frame the page and nothing the page does not need. */
export function pagePolicy(settings: Settings): Record<string, string> {
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

function surveyPage(settings: Settings, survey: string, lang: 'en' | 'cy'): string {
  const title = escapeHtml(settings.title[lang]);
  const privacy = settings.privacyUrl
    ? `\n<p class="privacy"><a href="${escapeHtml(settings.privacyUrl)}">${PRIVACY_LINK[lang]}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="../mor-page.css">
<script type="module" src="../mor-survey.js"></script>
</head>
<body>
<main>
<h1>${title}</h1>${privacy}
<mor-survey endpoint="../api/responses" survey-id="${escapeHtml(survey)}"></mor-survey>
</main>
</body>
</html>
`;
}

/** Calm and plain, like the survey; served as a file because the policy allows no inline style. */
const PAGE_CSS = `body { margin: 0; font-family: system-ui, sans-serif; color: #0b0c0c; background: #fff; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #0b0c0c; outline-offset: 0; background: #fd0; }
`;

export function pageRoutes(app: Hono, { settings }: RouteContext): void {
  app.get('/survey/:id', (c) => {
    const survey = c.req.param('id');
    if (!SURVEY_ID_PATTERN.test(survey) || (settings.surveys && !settings.surveys.has(survey))) {
      return problem(404, 'Not Found', 'There is no survey with that id here.');
    }
    const lang = c.req.query('lang')?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
    return new Response(surveyPage(settings, survey, lang), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...pagePolicy(settings) },
    });
  });
  app.get('/mor-page.css', () => new Response(PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } }));
}
