// Builds the mor-survey-server package into dist/: the receiver (`index.js`), its command
// (`cli.js`) and the SQLite worker (`sqlite-worker.js`), with what it shares with the browser
// package — the catalogue, the schema, the analysis and the texts — compiled in from the same
// commit (SPEC §10: npm does not link a workspace to its own root package, so the server never
// installs `mor-survey`; its source imports it by name and this build resolves the name to
// ../src). The two editors' bundles it serves are copied from the root's dist/, built first.
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** `mor-survey/<entry>` → the root package's source of that entry point. */
const SHARED = { schema: 'src/schema/index.ts', analysis: 'src/analysis/index.ts', i18n: 'src/i18n/index.ts' };
const sharedSource = () => ({
  name: 'mor-survey-source',
  resolveId(source) {
    const entry = /^mor-survey\/([a-z0-9]+)$/.exec(source)?.[1];
    return entry && SHARED[entry] ? root(SHARED[entry]) : null;
  },
});

/** Migrations (src/store/migrations/*.sql) and the hosted pages' style sheet and icon (src/pages/): inlined as text. */
const textFiles = () => ({
  name: 'text-files',
  transform(code, id) {
    return /\.(sql|css|svg)$/.test(id) ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
});

const BUNDLES = ['mor-survey.js', 'mor-results.js'];
const editorsBundles = () => ({
  name: 'editors-bundles',
  buildStart() {
    const missing = BUNDLES.filter((name) => !existsSync(root(`dist/${name}`)));
    if (missing.length) this.error(`../dist/${missing.join(', ../dist/')} missing: run npm run build at the repository's root`);
  },
  async writeBundle() {
    for (const name of BUNDLES) await copyFile(root(`dist/${name}`), here(`dist/${name}`));
  },
});

// Rollup warns about zod's annotations; harmless.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts', 'sqlite-worker': 'src/store/sqlite/worker.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    // Every file side by side in dist/: the store finds its worker, and the receiver the
    // bundles it serves, beside itself.
    chunkFileNames: '[name]-[hash].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  external: [/^hono(\/|$)/, /^@hono\/node-server(\/|$)/, /^pg$/, /^zod(\/|$)/, ...builtinModules, /^node:/],
  plugins: [sharedSource(), textFiles(), esbuild({ target: 'es2022', tsconfig: root('tsconfig.json') }), editorsBundles()],
  onwarn,
};
