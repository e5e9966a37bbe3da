/**
 * `GET /survey/<id>[?lang=cy]` (SPEC §12): the hosted survey page, for a round this receiver
 * collects; with a rounds file, the form only while the round is open, else when it opens or
 * that it has closed (SPEC §15). An invitation link's `?code=` is the survey's to take; an
 * invited round opened without one asks for the code first (`pages/code-page.ts`).
 */
import { Hono } from 'hono';
import { parseCode } from 'mor-survey/schema';
import { roundsInPath } from '../http/round-id.js';
import { problem } from '../http/problem.js';
import { codePage } from '../pages/code-page.js';
import { html } from '../pages/layout.js';
import { roundStatePage } from '../pages/round-state-page.js';
import { surveyPage } from '../pages/survey-page.js';
import { ROUND_TEXTS } from '../rounds/texts.js';
import { langOf } from '../pages/texts.js';
import type { RouteContext } from './context.js';

export function surveyPageRoutes({ settings, calendar }: RouteContext): Hono {
  return new Hono().get('/:id', (c) => {
    const rounds = roundsInPath(c);
    if (rounds instanceof Response) return rounds;
    const { survey } = rounds;
    if (settings.surveys && !settings.surveys.has(survey)) return problem(404, 'Not Found', 'There is no round with that id here.');
    const lang = langOf(c.req.query('lang'));
    const round = calendar?.round(survey);
    const state = round && calendar!.stateOf(round);
    if (round && state !== 'open') {
      return html(roundStatePage(settings, lang, state === 'upcoming' ? ROUND_TEXTS[lang].upcoming(round) : ROUND_TEXTS[lang].closed(round)), settings);
    }
    const code = c.req.query('code');
    if (round?.access === 'invited' && !parseCode(code)) return html(codePage(settings, lang, code !== undefined), settings);
    return html(surveyPage(settings, survey, lang), settings);
  });
}
