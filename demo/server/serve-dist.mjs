// Serves dist/ exactly as built. Without this, @web/dev-server's esbuild plugin re-prints every
// JavaScript file it serves (unminified, several times larger), so pages, tests and the
// benchmark would not be running the file editors get.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

export function serveDistUntouched(rootDir) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/dist/') || !ctx.path.endsWith('.js')) return next();
    const file = normalize(join(rootDir, ctx.path));
    if (!file.startsWith(join(rootDir, 'dist'))) return next();
    try {
      ctx.body = await readFile(file);
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'no-cache');
    } catch {
      return next();
    }
    return undefined;
  };
}
