/** `GET /survey/<id>[?lang=cy]` (SPEC §12): the hosted survey page, for a round this receiver collects. */
import { Hono } from 'hono';
import { roundsInPath } from '../http/round-id.js';
import { problem } from '../http/problem.js';
import { html } from '../pages/layout.js';
import { surveyPage } from '../pages/survey-page.js';
import { langOf } from '../pages/texts.js';
import type { RouteContext } from './context.js';

export function surveyPageRoutes({ settings }: RouteContext): Hono {
  return new Hono().get('/:id', (c) => {
    const rounds = roundsInPath(c);
    if (rounds instanceof Response) return rounds;
    const { survey } = rounds;
    if (settings.surveys && !settings.surveys.has(survey)) return problem(404, 'Not Found', 'There is no round with that id here.');
    return html(surveyPage(settings, survey, langOf(c.req.query('lang'))), settings);
  });
}
