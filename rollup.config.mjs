// Builds (1) the editors' single-file bundle, (2) the npm modules with their dependencies
// external, (3) the reference receiver for Node, (4) the JSON Schema generated from zod,
// (5) the results element's single-file bundle and (6) the demo's results summary.
// Before any of it, the zod schema is compiled to src/schema/compiled.ts (see that file).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
const dependencies = [/^csv-stringify/, /^lit(\/|$)/, /^@lit\/context/, /^zod(\/|$)/];

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
 * `dir` names another pair of dictionaries (the results element's own); `keep`, when given,
 * leaves only the keys it accepts in both (the results element needs only the survey's
 * question texts and option labels).
 */
const welshByPosition = ({ dir = 'src/i18n', keep } = {}) => ({
  name: 'welsh-by-position',
  async transform(code, id) {
    const path = id.replaceAll('\\', '/');
    const english = path.endsWith(`/${dir}/en.ts`);
    if (!path.endsWith(`/${dir}/cy.ts`) && !(english && keep)) return null;
    const { en } = await importSource(`${dir}/en.ts`);
    const { cy } = await importSource(`${dir}/cy.ts`);
    const extra = Object.keys(cy).filter((key) => !(key in en));
    const missing = Object.keys(en).filter((key) => !(key in cy));
    if (extra.length || missing.length) this.error(`${dir}: cy.ts and en.ts differ: missing ${missing}; extra ${extra}`);
    const keys = Object.keys(en).filter((key) => !keep || keep(key));
    if (english) return { code: `export const en = ${JSON.stringify(Object.fromEntries(keys.map((key) => [key, en[key]])))};\n`, map: null };
    const values = JSON.stringify(keys.map((key) => cy[key]));
    return {
      code: `import { en } from './en.js';\nconst values = ${values};\nexport const cy = Object.fromEntries(Object.keys(en).map((key, i) => [key, values[i]]));\n`,
      map: null,
    };
  },
});

/** The survey's texts the results element shows: question texts, option labels, "Members or Officers". */
const surveyLabel = (key) => /\.question$|\.option\.|\.unknown$/.test(key);

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

/** After the analysis module is written, the demo's two rounds summarised (demo/results.html). */
const demoSummary = () => ({
  name: 'demo-summary',
  async writeBundle() {
    const { demoResponses, demoPopulation, DEMO_ROUNDS } = await importSource('demo/seed.ts');
    const { summarise } = await import(`${pathToFileURL('dist/analysis.js').href}?t=${Date.now()}`);
    const { responseSchema } = await import(`${pathToFileURL('dist/schema.js').href}?t=${Date.now()}`);
    const responses = demoResponses();
    const invalid = responses.filter((response) => !responseSchema.safeParse(response).success);
    if (invalid.length) this.error(`demo/seed.ts made ${invalid.length} invalid responses`);
    const summary = summarise(responses, { ...DEMO_ROUNDS, population: demoPopulation });
    await mkdir('dist/demo', { recursive: true });
    await writeFile('dist/demo/results-summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  },
});

const editorsTerser = () =>
  // V8's explicit compile hint: most of the bundle runs on load, so Chrome and Edge compile
  // it all eagerly, off the main thread while it downloads, instead of function by function
  // on first call. Other engines ignore the comment. Measured: first render 20–55 ms sooner
  // under 4x throttling (README, Budgets).
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } });

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
      editorsTerser(),
    ],
    onwarn,
  },
  {
    // <mor-results> for pages without a build step, and the receiver's /results page.
    input: 'src/results/index.ts',
    output: { file: 'dist/mor-results.js', format: 'es', sourcemap: false },
    plugins: [
      welshByPosition({ keep: surveyLabel }),
      welshByPosition({ dir: 'src/results/i18n' }),
      resolve({ browser: true }),
      ts(),
      minifyHTML(),
      editorsTerser(),
    ],
    onwarn,
  },
  {
    input: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      analysis: 'src/analysis/index.ts',
      results: 'src/results/index.ts',
      'mor-survey-summarise': 'src/analysis/cli.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      banner: (chunk) => (chunk.name === 'mor-survey-summarise' ? '#!/usr/bin/env node' : ''),
    },
    external: [...dependencies, ...builtinModules, /^node:/],
    plugins: [ts(), jsonSchema(), demoSummary()],
    onwarn,
  },
  {
    input: 'demo/server/receiver.ts',
    output: { file: 'dist/server/receiver.js', format: 'es' },
    external: [...dependencies, ...builtinModules, /^node:/],
    plugins: [ts()],
    onwarn,
  },
];
