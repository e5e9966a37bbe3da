/** `GET /api/surveys` (SPEC §12), for the admin token: every round stored, with its counts per group and first and last times. */
import { Hono } from 'hono';
import { requireBearer } from '../http/auth.js';
import { json, notAllowed } from '../http/problem.js';
import type { RouteContext } from './context.js';

export function surveyRoutes({ settings, store }: RouteContext): Hono {
  return new Hono()
    .get('/', requireBearer([settings.adminToken]), async () => json(200, await store.surveys()))
    .all('/', notAllowed('GET'));
}
