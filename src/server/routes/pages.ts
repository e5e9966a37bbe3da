/**
 * The hosted pages (SPEC §12), for intranets that cannot take a script tag (SharePoint
 * Online's Embed web part shows a page in a frame) and for a link in an all-staff email:
 * - `GET /survey/<id>[?lang=cy]`: `<mor-survey>` posting to this receiver;
 * - `GET /results/<id>[?compare=<id>][&lang=cy]`: `<mor-results>` showing this receiver's
 *   summary; unless results are public, a form asks for the results (or admin) token first
 *   and `POST` sets the reader's cookie (`http/auth.ts`), or forgets it (a shared computer).
 * Plain pages under the strict policy of SPEC §8; only MOR_FRAME_ANCESTORS may frame them. Their
 * links are relative, so they also work when a proxy publishes the receiver under a sub-path.
 */
import type { Context, Hono } from 'hono';
import { SURVEY_ID_PATTERN } from '../../schema/index.js';
import { forgetReaderCookie, isReader, readerCookie, tokenGiven } from '../http/auth.js';
import { readText } from '../http/body.js';
import { problem } from '../http/problem.js';
import type { Settings } from '../settings.js';
import type { RouteContext } from './context.js';

type Lang = 'en' | 'cy';

/** The token form's words. The Welsh is not yet proof-read by a Welsh speaker, like src/i18n/cy.ts. */
const FORM = {
  en: {
    label: 'Results token',
    hint: 'The team that runs the survey gives this to whoever prepares the committee report.',
    submit: 'Show the results',
    wrong: 'Error: that token is not right. Check it and try again.',
    forget: 'Forget the token on this computer',
  },
  cy: {
    label: 'Tocyn canlyniadau',
    hint: "Mae'r tîm sy'n cynnal yr arolwg yn rhoi hwn i'r sawl sy'n paratoi adroddiad y pwyllgor.",
    submit: 'Dangos y canlyniadau',
    wrong: "Gwall: nid yw'r tocyn hwnnw'n gywir. Gwiriwch ef a rhowch gynnig arall arni.",
    forget: "Anghofio'r tocyn ar y cyfrifiadur hwn",
  },
} as const;

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

/** A whole page: the title as its h1, then `body`. */
function page(settings: Settings, lang: Lang, script: string, body: string): string {
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

function surveyPage(settings: Settings, survey: string, lang: Lang): string {
  const privacy = settings.privacyUrl ? ` privacy-url="${escapeHtml(settings.privacyUrl)}"` : '';
  return page(settings, lang, 'mor-survey.js', `<mor-survey endpoint="../api/responses" survey-id="${escapeHtml(survey)}"${privacy}></mor-survey>`);
}

/** The summary's address, relative to the page: `../api/results?survey=…[&compare=…]`. */
const resultsSource = (survey: string, compare: string | undefined) =>
  `../api/results?${new URLSearchParams({ survey, ...(compare && { compare }) })}`;

/** The results; with a token (not public), a button to forget it on a shared computer. */
function resultsPage(settings: Settings, survey: string, compare: string | undefined, lang: Lang): string {
  const forget = settings.publicResults
    ? ''
    : `\n<form method="post" class="forget"><input type="hidden" name="forget" value="1"><button type="submit">${FORM[lang].forget}</button></form>`;
  return page(settings, lang, 'mor-results.js', `<mor-results src="${escapeHtml(resultsSource(survey, compare))}"></mor-results>${forget}`);
}

/** The form asking for the token; `wrong` after a token that is not one. Posts to this same address. */
function tokenPage(settings: Settings, lang: Lang, wrong: boolean): string {
  const text = FORM[lang];
  const error = wrong ? `<p class="error" id="token-error">${text.wrong}</p>\n` : '';
  return page(
    settings,
    lang,
    '',
    `<form method="post" class="token${wrong ? ' has-error' : ''}">
<label for="token">${text.label}</label>
<p class="hint" id="token-hint">${text.hint}</p>
${error}<input id="token" name="token" type="password" autocomplete="current-password" spellcheck="false" required aria-describedby="token-hint${wrong ? ' token-error' : ''}"${wrong ? ' aria-invalid="true" autofocus' : ''}>
<button type="submit">${text.submit}</button>
</form>`,
  );
}

const html = (body: string, settings: Settings, init: ResponseInit = {}) =>
  new Response(body, { ...init, headers: { 'Content-Type': 'text/html; charset=utf-8', ...pagePolicy(settings), ...init.headers } });

const langOf = (c: Context): Lang => (c.req.query('lang')?.toLowerCase().startsWith('cy') ? 'cy' : 'en');

/** The round in the path and the one to compare with, when both are survey ids (and differ). */
function roundsOf(c: Context): { survey: string; compare: string | undefined } | undefined {
  const survey = c.req.param('id') ?? '';
  const compare = c.req.query('compare') || undefined;
  const valid = [survey, compare].every((id) => id === undefined || SURVEY_ID_PATTERN.test(id));
  return valid && compare !== survey ? { survey, compare } : undefined;
}

/** Behind a proxy that ends TLS the request arrives over http; the proxy says how it came. */
const overHttps = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

/** A speech bubble on the survey's blue: the hosted pages' and the demo's icon. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d70b8"/><path d="M7 8h18v12H14l-6 5v-5H7z" fill="#fff"/></svg>`;

/** Calm and plain, like the survey; served as a file because the policy allows no inline style. */
const PAGE_CSS = `body { margin: 0; font-family: system-ui, sans-serif; color: #0b0c0c; background: #fff; line-height: 1.5; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #0b0c0c; outline-offset: 0; background: #fd0; }
.token label { display: block; font-weight: 700; font-size: 1.125rem; }
.token .hint { color: #484949; margin: 0 0 0.75rem; }
.token .error { color: #d4351c; font-weight: 700; margin: 0 0 0.75rem; }
.token.has-error { border-left: 5px solid #d4351c; padding-left: 0.75rem; }
.token input { display: block; box-sizing: border-box; width: 100%; max-width: 24rem; min-height: 2.75rem; padding: 0.5rem; font: inherit; border: 2px solid #0b0c0c; margin: 0 0 1rem; }
.token.has-error input { border-color: #d4351c; }
.token button { min-height: 2.75rem; padding: 0.5rem 1rem; font: inherit; font-weight: 700; color: #fff; background: #00703c; border: 2px solid transparent; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
.token input:focus, .token button:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 2px #fd0; }
.forget { margin-top: 2rem; }
.forget button { min-height: 2.75rem; padding: 0.5rem 1rem; font: inherit; color: #0b0c0c; background: #f3f2f1; border: 2px solid transparent; box-shadow: 0 2px 0 #929191; cursor: pointer; }
.forget button:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 2px #fd0; }
@media print { .forget { display: none; } }
@media (forced-colors: active) { .forget button { border-color: ButtonText; } .token input, .token button { border-color: CanvasText; } .token input:focus, .token button:focus { outline-color: Highlight; } }
`;

export function pageRoutes(app: Hono, { settings }: RouteContext): void {
  app.get('/survey/:id', (c) => {
    const survey = c.req.param('id');
    if (!SURVEY_ID_PATTERN.test(survey) || (settings.surveys && !settings.surveys.has(survey))) {
      return problem(404, 'Not Found', 'There is no survey with that id here.');
    }
    return html(surveyPage(settings, survey, langOf(c)), settings);
  });

  const tokens = [settings.adminToken, settings.resultsToken];
  const noRounds = () => problem(404, 'Not Found', 'There are no results with that round id here.');

  // A reader with the cookie (or a bearer token, or public results) sees the results; anyone
  // else the form, with 200: the page itself holds no figures.
  app.get('/results/:id', async (c) => {
    const rounds = roundsOf(c);
    if (!rounds) return noRounds();
    const lang = langOf(c);
    const reads = isReader(c, settings.publicResults, tokens);
    return html(reads ? resultsPage(settings, rounds.survey, rounds.compare, lang) : tokenPage(settings, lang, false), settings);
  });

  app.post('/results/:id', async (c) => {
    if (!roundsOf(c)) return noRounds();
    const form = new URLSearchParams((await readText(c.req.raw, 4096)) ?? '');
    // Back to the same address (relative, for a proxy's sub-path) with the cookie set or gone.
    const url = new URL(c.req.url);
    const back = (cookie: string) =>
      new Response(null, { status: 303, headers: { Location: `${url.pathname.split('/').pop()}${url.search}`, 'Set-Cookie': cookie } });
    if (form.has('forget')) return back(forgetReaderCookie());
    const token = tokenGiven(form.get('token') ?? undefined, tokens);
    // 401 needs a challenge (RFC 9110); Bearer makes no browser show a login box.
    if (!token) return html(tokenPage(settings, langOf(c), true), settings, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="mor-survey"' } });
    return back(readerCookie(token, overHttps(c)));
  });
  app.get('/mor-page.css', () => new Response(PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } }));
  // Without an icon every page view asks for /favicon.ico and logs a 404 in the console.
  app.get('/favicon.svg', () => new Response(FAVICON, { headers: { 'Content-Type': 'image/svg+xml' } }));
}
