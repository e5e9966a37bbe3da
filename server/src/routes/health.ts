/**
 * `GET /healthz` (SPEC §12, §16), for load balancers: 200 while responses can be stored, 503
 * (with Retry-After) while writing fails — a full or read-only disk, the database down, a
 * commit stalled — judged by a real write (`store/health.ts`), not by a read.
 */
import { Hono } from 'hono';
import { json, notAllowed, problem, RETRY_AFTER_SECONDS } from '../http/problem.js';
import { Health } from '../store/health.js';
import type { RouteContext } from './context.js';

export function healthRoutes({ settings, store, commits }: RouteContext): Hono {
  const health = new Health(store, commits, settings.commitTimeout * 1000);
  return new Hono()
    .get('/', async () => {
      if (await health.writing()) return json(200, { ok: true, storage: store.kind });
      return problem(503, 'Service Unavailable', 'The responses database cannot be written to now.', {
        extra: { ok: false, storage: store.kind },
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      });
    })
    .all('/', notAllowed('GET'));
}
