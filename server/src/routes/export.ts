/**
 * `GET /api/responses.csv?survey=<id>&labels=en|cy|codes` (SPEC §12), for the admin token: a
 * round as CSV for Excel (`../csv.ts`), as an attachment named after the round.
 */
import { Hono } from 'hono';
import { LABELS, toCsv, type Labels } from '../csv.js';
import { requireBearer } from '../http/auth.js';
import { notAllowed, problem } from '../http/problem.js';
import { roundsInQuery } from '../http/round-id.js';
import type { RouteContext } from './context.js';

export function exportRoutes({ settings, store }: RouteContext): Hono {
  return new Hono()
    .get('/', requireBearer([settings.adminToken]), async (c) => {
      const rounds = roundsInQuery(c);
      if (rounds instanceof Response) return rounds;
      const labels = (c.req.query('labels') ?? 'en') as Labels;
      if (!LABELS.includes(labels)) return problem(400, 'Bad Request', `labels must be one of ${LABELS.join(', ')}.`);
      return new Response(toCsv(await store.responses(rounds.survey), labels), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="mor-survey-${rounds.survey}.csv"`,
        },
      });
    })
    .all('/', notAllowed('GET'));
}
