/**
 * The committee's summary (SPEC §12, §13): `GET /api/results?survey=<id>[&compare=<id>]`, made
 * here from the stored responses with `summarise()`, so figures of groups too small to show
 * never leave the receiver. For the admin or results token (bearer, or the results page's
 * cookie), or anyone when results are public.
 */
import type { Hono } from 'hono';
import { summarise } from '../../analysis/index.js';
import { SURVEY_ID_PATTERN } from '../../schema/index.js';
import { requireReader } from '../http/auth.js';
import { json, problem } from '../http/problem.js';
import type { RouteContext } from './context.js';

export function resultRoutes(app: Hono, { settings, store }: RouteContext): void {
  const reader = requireReader(settings.publicResults, [settings.adminToken, settings.resultsToken]);

  app.get('/api/results', reader, async (c) => {
    const survey = c.req.query('survey');
    const compare = c.req.query('compare') || undefined;
    const ids = [survey, compare].filter((id) => id !== undefined);
    if (!survey || !ids.every((id) => SURVEY_ID_PATTERN.test(id!)) || compare === survey) {
      return problem(400, 'Bad Request', 'Name the round and, if you like, another to compare it with: ?survey=<id>&compare=<id> (1–64 of A–Z a–z 0–9 . _ -).');
    }
    const responses = (await Promise.all(ids.map((id) => store.responses(id!)))).flat();
    const summary = summarise(responses, {
      survey,
      ...(compare && { compare }),
      minGroup: settings.minGroup,
      ...(settings.population && { population: settings.population }),
    });
    return json(200, summary);
  });
}
