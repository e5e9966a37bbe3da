// Builds (1) the editors' single-file bundle, (2) the npm modules with their dependencies
// external, (3) the receiver for Node (`mor-survey/server` and the `mor-survey-server` command),
// (4) the demo's receiver with its failure modes, and (5) the JSON Schema generated from zod.
// Before any of it, the zod schema is compiled to src/schema/compiled.ts (see that file).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import * as z from 'zod/mini';

// zod's /*#__PURE__*/ annotations and Lit's circular imports are harmless; hide only those.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const dependencies = [/^lit(\/|$)/, /^@lit\/context/, /^zod(\/|$)/];
/** The receiver's runtime dependencies, and Node's own modules: never bundled. */
const serverDependencies = [...dependencies, /^hono(\/|$)/, /^@hono\/node-server(\/|$)/, /^better-sqlite3$/, /^pg$/, ...builtinModules, /^node:/];

/** Migrations are numbered .sql files (src/server/store/migrations/); the build inlines their text. */
const sqlText = () => ({
  name: 'sql-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
});

/** Loads a TypeScript module of this repository in Node, at build time. */
async function importSource(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'mor-build-'));
  try {
    const file = join(dir, 'module.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles the zod schema into the plain shapes the elements check with (src/schema/shape.ts),
 * so the editors' bundle does not carry zod. Rewrites compiled.ts only when it changed.
 */
const compileSchema = () => ({
  name: 'compile-schema',
  async buildStart() {
    const { compiledSource } = await importSource('src/schema/compile.ts');
    const text = compiledSource();
    const target = 'src/schema/compiled.ts';
    const old = await readFile(target, 'utf8').catch(() => '');
    if (old !== text) {
      await writeFile(target, text);
      this.warn(`${target} was out of date and has been regenerated: commit it`);
    }
  },
});

/**
 * In the editors' bundle the Welsh texts are a list in the order of the English keys, made
 * back into a dictionary when the bundle loads, so the keys are not carried twice (about
 * 200 B gzip). The source stays keyed (src/i18n/cy.ts); the build stops if the two
 * dictionaries' keys differ, and a test compares the bundle's Welsh with the source's.
 */
const welshByPosition = () => ({
  name: 'welsh-by-position',
  async transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/i18n/cy.ts')) return null;
    const { en } = await importSource('src/i18n/en.ts');
    const { cy } = await importSource('src/i18n/cy.ts');
    const keys = Object.keys(en);
    const extra = Object.keys(cy).filter((key) => !(key in en));
    const missing = keys.filter((key) => !(key in cy));
    if (extra.length || missing.length) this.error(`cy.ts and en.ts differ: missing ${missing}; extra ${extra}`);
    const values = JSON.stringify(keys.map((key) => cy[key]));
    return {
      code: `import { en } from './en.js';\nconst values = ${values};\nexport const cy = Object.fromEntries(Object.keys(en).map((key, i) => [key, values[i]]));\n`,
      map: null,
    };
  },
});

/** After the schema module is written, derive the JSON Schema for servers in other languages. */
const jsonSchema = () => ({
  name: 'json-schema',
  async writeBundle() {
    const { responseSchema } = await import(`${pathToFileURL('dist/schema.js').href}?t=${Date.now()}`);
    const schema = {
      ...z.toJSONSchema(responseSchema),
      $id: 'https://github.com/mor-survey/mor-survey/response.schema.json',
      title: 'mor-survey response',
    };
    await writeFile('dist/response.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
  },
});

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/mor-survey.js', format: 'es', sourcemap: false },
    // Lit templates and styles are minified too: whitespace in html`` and css`` is bytes.
    plugins: [
      compileSchema(),
      welshByPosition(),
      resolve({ browser: true }),
      ts(),
      minifyHTML(),
      // V8's explicit compile hint: most of the bundle runs on load, so Chrome and Edge compile
      // it all eagerly, off the main thread while it downloads, instead of function by function
      // on first call. Other engines ignore the comment. Measured: first render 20–55 ms sooner
      // under 4x throttling (README, Budgets).
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
    ],
    onwarn,
  },
  {
    input: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external: dependencies,
    plugins: [ts(), jsonSchema()],
    onwarn,
  },
  {
    input: { index: 'src/server/index.ts', cli: 'src/server/cli.ts' },
    output: {
      dir: 'dist/server',
      format: 'es',
      // Every file side by side in dist/server/: the receiver finds the bundles it serves one
      // folder up (settings.ts, assetsDir).
      chunkFileNames: '[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    external: serverDependencies,
    plugins: [sqlText(), ts()],
    onwarn,
  },
  {
    input: 'demo/server/tester.ts',
    output: { dir: 'dist/demo', format: 'es', chunkFileNames: '[name]-[hash].js' },
    external: serverDependencies,
    plugins: [sqlText(), ts()],
    onwarn,
  },
];
