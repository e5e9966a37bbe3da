/**
 * The admin routes (SPEC §12), for `Authorization: Bearer <MOR_ADMIN_TOKEN>`: the rounds, one
 * round's responses as JSON or CSV for Excel, and deleting a round for good (retention).
 */
import type { Context, Hono } from 'hono';
import { SURVEY_ID_PATTERN } from '../../schema/index.js';
import { LABELS, toCsv, type Labels } from '../csv.js';
import { requireBearer } from '../http/auth.js';
import { json, problem } from '../http/problem.js';
import type { RouteContext } from './context.js';

/** The `survey` query parameter, or a 400 saying what is wrong. */
function roundOf(c: Context): string | Response {
  const survey = c.req.query('survey');
  if (survey && SURVEY_ID_PATTERN.test(survey)) return survey;
  return problem(400, 'Bad Request', 'Name the round: ?survey=<id> (1–64 of A–Z a–z 0–9 . _ -).');
}

export function adminRoutes(app: Hono, { settings, store }: RouteContext): void {
  const adminOnly = requireBearer([settings.adminToken]);

  app.get('/api/surveys', adminOnly, async () => json(200, await store.surveys()));

  app.get('/api/responses', adminOnly, async (c) => {
    const survey = roundOf(c);
    return typeof survey === 'string' ? json(200, await store.responses(survey)) : survey;
  });

  app.get('/api/responses.csv', adminOnly, async (c) => {
    const survey = roundOf(c);
    if (typeof survey !== 'string') return survey;
    const labels = (c.req.query('labels') ?? 'en') as Labels;
    if (!LABELS.includes(labels)) return problem(400, 'Bad Request', `labels must be one of ${LABELS.join(', ')}.`);
    return new Response(toCsv(await store.responses(survey), labels), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="mor-survey-${survey}.csv"`,
      },
    });
  });

  app.delete('/api/responses', adminOnly, async (c) => {
    const survey = roundOf(c);
    if (typeof survey !== 'string') return survey;
    const deleted = await store.remove(survey);
    settings.log(`deleted round ${survey}: ${deleted} responses`);
    return json(200, { deleted });
  });
}
