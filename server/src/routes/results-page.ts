/**
 * `/results/<id>[?compare=<id>][&lang=cy]` (SPEC §12, §13): the hosted results page. A reader
 * with the cookie (or a bearer token, or public results) sees `<mor-results>`; anyone else the
 * token form, with 200: the page itself holds no figures. A round that is not final (SPEC §15)
 * shows, to anyone, when its results will be published instead. `POST` with the form's token sets the
 * reader's cookie (`http/auth.ts`), or forgets it (a shared computer), and goes back to the page;
 * only this receiver's own pages may post it (`http/same-origin.ts`).
 */
import { Hono, type Context } from 'hono';
import { forgetReaderCookie, isReader, readerCookie, tokenGiven } from '../http/auth.js';
import { readText } from '../http/body.js';
import { problem } from '../http/problem.js';
import { roundsInPath } from '../http/round-id.js';
import { fromOwnPage } from '../http/same-origin.js';
import { html } from '../pages/layout.js';
import { resultsPage, tokenPage } from '../pages/results-page.js';
import { roundStatePage } from '../pages/round-state-page.js';
import { langOf } from '../pages/texts.js';
import { publication } from '../rounds/publication.js';
import type { RouteContext } from './context.js';

/**
 * The results pages name their origin to their own address only: browsers without
 * `Sec-Fetch-Site` then send a real `Origin` with the token form (under the pages' usual
 * `no-referrer` it is `null`), and other sites still learn nothing (`http/same-origin.ts`).
 */
const OWN_REFERRER = { 'Referrer-Policy': 'same-origin' };

/** Behind a proxy that ends TLS the request arrives over http; the proxy says how it came. */
const overHttps = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

export function resultsPageRoutes({ settings, calendar }: RouteContext): Hono {
  const tokens = [settings.adminToken, settings.resultsToken];
  const app = new Hono();

  app.get('/:id', async (c) => {
    const rounds = roundsInPath(c, { compare: true });
    if (rounds instanceof Response) return rounds;
    const lang = langOf(c.req.query('lang'));
    for (const id of [rounds.survey, rounds.compare].filter((id) => id !== undefined)) {
      const published = await publication(calendar, id);
      if (!published.final) return html(roundStatePage(settings, lang, published.detail[lang]), settings);
    }
    const reads = isReader(c, settings.publicResults, tokens, settings.now());
    return html(reads ? resultsPage(settings, rounds.survey, rounds.compare, lang) : tokenPage(settings, lang, false), settings, { headers: OWN_REFERRER });
  });

  app.post('/:id', async (c) => {
    const rounds = roundsInPath(c, { compare: true });
    if (rounds instanceof Response) return rounds;
    if (!fromOwnPage(c.req.raw)) return problem(403, 'Forbidden', 'The token form takes posts from this receiver’s own results page only.');
    const form = new URLSearchParams((await readText(c.req.raw, 4096)) ?? '');
    // Back to the same address (relative, for a proxy's sub-path) with the cookie set or gone.
    const url = new URL(c.req.url);
    const back = (cookie: string) =>
      new Response(null, { status: 303, headers: { Location: `${url.pathname.split('/').pop()}${url.search}`, 'Set-Cookie': cookie } });
    if (form.has('forget')) return back(forgetReaderCookie(overHttps(c)));
    const token = tokenGiven(form.get('token') ?? undefined, tokens);
    // 401 needs a challenge (RFC 9110); Bearer makes no browser show a login box.
    if (!token) return html(tokenPage(settings, langOf(c.req.query('lang')), true), settings, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="mor-survey"', ...OWN_REFERRER } });
    return back(readerCookie(token, overHttps(c), settings.now()));
  });
  return app;
}
