/**
 * The committee's summary (SPEC §12, §13): `GET /api/results?survey=<id>[&compare=<id>][&trend=all]`,
 * made here from the stored responses with `summarise()`, so figures of groups too small to show
 * never leave the receiver. Only final rounds have results (SPEC §15): for any other, 409 with a
 * `detail` saying when they will be published (in Welsh when the reader's Accept-Language asks
 * for it). `trend=all` adds every final round up to this one. For the admin or results token
 * (bearer, or the results page's cookie), or anyone when results are public.
 */
import { Hono } from 'hono';
import { summarise } from 'mor-survey/analysis';
import type { SurveyResponse } from 'mor-survey/schema';
import { requireReader } from '../http/auth.js';
import { json, notAllowed, problem } from '../http/problem.js';
import { roundsInQuery } from '../http/round-id.js';
import { asRoundsFile, type Round } from '../rounds/file.js';
import { populations, publication } from '../rounds/publication.js';
import type { RouteContext } from './context.js';

/** `Accept-Language: cy…` first asks for Welsh. */
const langOfHeader = (header: string | undefined) => (/^\s*cy\b/i.test(header ?? '') ? 'cy' : 'en');

export function resultRoutes({ settings, store, calendar }: RouteContext): Hono {
  const reader = requireReader(settings.publicResults, [settings.adminToken, settings.resultsToken], settings.now);
  return new Hono()
    .get('/', reader, async (c) => {
      const named = roundsInQuery(c, { compare: true });
      if (named instanceof Response) return named;
      const { survey, compare } = named;
      const trend = c.req.query('trend');
      if (trend !== undefined && trend !== 'all') return problem(400, 'Bad Request', 'trend may only be "all": every final round up to this one.');
      const shown: Round[] = [];
      for (const id of [survey, compare].filter((id) => id !== undefined)) {
        const published = await publication(calendar, id);
        if (!published.final) return problem(409, 'Not final', published.detail[langOfHeader(c.req.header('accept-language'))]);
        shown.push(published.round);
      }
      // With the trend, every round already final that opened no later than this one.
      const opens = shown[0]!.opensAt;
      const earlier = trend ? [...calendar!.rounds.values()].filter((round) => round.opensAt <= opens && !shown.includes(round)) : [];
      for (const round of earlier) if (await calendar!.isFinal(round)) shown.push(round);
      const responses: SurveyResponse[] = (await Promise.all(shown.map((round) => store.responses(round.id)))).flat();
      const summary = summarise(responses, {
        survey,
        ...(compare && { compare }),
        minGroup: settings.minGroup,
        rounds: asRoundsFile(calendar!.rounds),
        population: await populations(store, shown, settings.population),
        ...(trend && { trend: true }),
      });
      return json(200, summary);
    })
    .all('/', notAllowed('GET'));
}
