/**
 * The files the hosted pages and intranets load: the package's own bundles (`/mor-survey.js`,
 * `/mor-results.js`), read from disk on each request (about 60 KB) so a rebuilt file is served
 * without a restart; the pages' style sheet (`/mor-page.css`: the pages' policy allows no inline
 * style) and icon (`/favicon.svg`: without one every page view asks for /favicon.ico and logs a
 * 404 in the console).
 */
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem } from '../http/problem.js';
import FAVICON from '../pages/favicon.svg';
import PAGE_CSS from '../pages/page.css';
import type { RouteContext } from './context.js';

const BUNDLES = ['mor-survey.js', 'mor-results.js'];

export function assetRoutes({ settings }: RouteContext): Hono {
  const app = new Hono();
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
  app.get('/mor-page.css', () => new Response(PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } }));
  app.get('/favicon.svg', () => new Response(FAVICON, { headers: { 'Content-Type': 'image/svg+xml' } }));
  return app;
}
