/**
 * The package's own bundles, for the hosted pages and for intranets that load the survey from
 * the receiver: `/mor-survey.js`, and `/mor-results.js` once the build makes it. Read from
 * disk on each request (about 60 KB), so a rebuilt file is served without a restart.
 */
import type { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem } from '../http/problem.js';
import type { RouteContext } from './context.js';

const BUNDLES = ['mor-survey.js', 'mor-results.js'];

export function assetRoutes(app: Hono, { settings }: RouteContext): void {
  for (const name of BUNDLES) {
    app.get(`/${name}`, async () => {
      try {
        const code = await readFile(join(settings.assetsDir, name));
        return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
      } catch {
        return problem(404, 'Not Found', `${name} is not part of this build.`);
      }
    });
  }
}
