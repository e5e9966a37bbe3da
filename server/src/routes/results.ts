/**
 * The committee's summary (SPEC §12, §13): `GET /api/results?survey=<id>[&compare=<id>]`, made
 * here from the stored responses with `summarise()`, so figures of groups too small to show
 * never leave the receiver. For the admin or results token (bearer, or the results page's
 * cookie), or anyone when results are public.
 */
import { Hono } from 'hono';
import { summarise } from 'mor-survey/analysis';
import { requireReader } from '../http/auth.js';
import { json, notAllowed } from '../http/problem.js';
import { roundsInQuery } from '../http/round-id.js';
import type { RouteContext } from './context.js';

export function resultRoutes({ settings, store }: RouteContext): Hono {
  const reader = requireReader(settings.publicResults, [settings.adminToken, settings.resultsToken], settings.now);
  return new Hono()
    .get('/', reader, async (c) => {
      const rounds = roundsInQuery(c, { compare: true });
      if (rounds instanceof Response) return rounds;
      const { survey, compare } = rounds;
      const responses = (await Promise.all([survey, compare].filter((id) => id !== undefined).map((id) => store.responses(id)))).flat();
      const summary = summarise(responses, {
        survey,
        ...(compare && { compare }),
        minGroup: settings.minGroup,
        ...(settings.population && { population: settings.population }),
      });
      return json(200, summary);
    })
    .all('/', notAllowed('GET'));
}
