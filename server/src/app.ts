/**
 * The receiver's routes (SPEC §12) on one Hono app: one sub-app per resource (`routes/`), each
 * mounted at its path, as Hono's guide lays an application out. Every answer gets the standard
 * headers; unknown paths are 404 and unexpected errors 500, both as problem details (an upload
 * the client abandoned is a 400, unlogged).
 */
import { Hono } from 'hono';
import { IncompleteBody } from './http/body.js';
import { withStandardHeaders } from './http/headers.js';
import { problem } from './http/problem.js';
import { assetRoutes } from './routes/assets.js';
import type { RouteContext } from './routes/context.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { responseRoutes } from './routes/responses.js';
import { roundRoutes } from './routes/rounds.js';
import { resultsPageRoutes } from './routes/results-page.js';
import { resultRoutes } from './routes/results.js';
import { surveyPageRoutes } from './routes/survey-page.js';
import { surveyRoutes } from './routes/surveys.js';

export function buildApp(context: RouteContext): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    withStandardHeaders(c.res);
  });

  app.route('/api/responses', responseRoutes(context));
  app.route('/api/responses.csv', exportRoutes(context));
  app.route('/api/surveys', surveyRoutes(context));
  app.route('/api/results', resultRoutes(context));
  app.route('/api/rounds', roundRoutes(context));
  app.route('/healthz', healthRoutes(context));
  app.route('/survey', surveyPageRoutes(context));
  app.route('/results', resultsPageRoutes(context));
  app.route('/', assetRoutes(context));

  app.notFound(() => problem(404, 'Not Found', 'There is nothing at this address.'));
  app.onError((error, c) => {
    // A client that went away mid-upload: not the receiver's error, so no 500 and no log line.
    if (error instanceof IncompleteBody || c.req.raw.signal?.aborted) return problem(400, 'Bad Request', 'The request body did not arrive whole.');
    context.settings.throttled.note(`unexpected error (${error.name})`);
    return problem(500, 'Internal Server Error', 'Something went wrong in the receiver.');
  });
  return app;
}
