/**
 * The receiver's routes (SPEC §12) on one Hono app. Each group of routes is a file in
 * `routes/`: responses, admin, results (SPEC §13), health, the hosted pages and the bundles.
 */
import { Hono } from 'hono';
import { withStandardHeaders } from './http/headers.js';
import { problem } from './http/problem.js';
import { adminRoutes } from './routes/admin.js';
import { assetRoutes } from './routes/assets.js';
import type { RouteContext } from './routes/context.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes } from './routes/pages.js';
import { responseRoutes } from './routes/responses.js';
import { resultRoutes } from './routes/results.js';

/** Paths with routes, and the methods they take: any other method is 405, not 404. */
const METHODS: Record<string, string> = {
  '/api/responses': 'GET, POST, DELETE, OPTIONS',
  '/api/responses.csv': 'GET',
  '/api/surveys': 'GET',
  '/api/results': 'GET',
  '/healthz': 'GET',
};

export function buildApp(context: RouteContext): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    withStandardHeaders(c.res);
  });

  responseRoutes(app, context);
  adminRoutes(app, context);
  resultRoutes(app, context);
  healthRoutes(app, context);
  pageRoutes(app, context);
  assetRoutes(app, context);

  for (const [path, allow] of Object.entries(METHODS)) {
    app.all(path, (c) => problem(405, 'Method Not Allowed', `${c.req.method} is not supported here.`, { headers: { Allow: allow } }));
  }
  app.notFound(() => problem(404, 'Not Found', 'There is nothing at this address.'));
  app.onError((error) => {
    context.settings.log(`unexpected error (${error.name})`);
    return problem(500, 'Internal Server Error', 'Something went wrong in the receiver.');
  });
  return app;
}
