/** `GET /healthz` (SPEC §12): 200 when the database answers, else 503; for load balancers. */
import { Hono } from 'hono';
import { json, notAllowed, problem } from '../http/problem.js';
import type { RouteContext } from './context.js';

export function healthRoutes({ store }: RouteContext): Hono {
  return new Hono()
    .get('/', async () => {
      try {
        await store.ping();
        return json(200, { ok: true, storage: store.kind });
      } catch {
        return problem(503, 'Service Unavailable', 'The responses database does not answer.', {
          extra: { ok: false, storage: store.kind },
        });
      }
    })
    .all('/', notAllowed('GET'));
}
