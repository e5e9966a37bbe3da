// Builds the mor-survey package: (1) the editors' single-file bundle, (2) the results element's
// single-file bundle, (3) the npm modules with their dependencies external, (4) the JSON Schema
// generated from zod, (5) the demo's results summary and (6) the demo's receiver with its failure
// modes, on top of the mor-survey-server workspace (built after this, by server/rollup.config.mjs).
// Before any of it, the zod schemas are compiled to plain data: the response's to
// src/schema/compiled.ts and the summary's to src/analysis/summary-compiled.ts (compileSchema).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
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
/** The demo's receiver is the mor-survey-server workspace as built, never bundled into the demo. */
const demoDependencies = [...dependencies, /^mor-survey-server$/, /^@hono\/node-server(\/|$)/, ...builtinModules, /^node:/];

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
 * Compiles the zod schemas into plain shapes checked without zod: the response's (for the
 * elements, src/schema/shape.ts) and the summary's (for <mor-results>, src/schema/plain.ts), so
 * neither bundle carries zod. Rewrites a compiled file only when it changed.
 */
const compileSchema = () => ({
  name: 'compile-schema',
  async buildStart() {
    const { compiledSource } = await importSource('src/schema/compile.ts');
    const { summaryShapeSchema } = await importSource('src/analysis/summary-schema.ts');
    const files = {
      'src/schema/compiled.ts': compiledSource(),
      'src/analysis/summary-compiled.ts': compiledSource(
        { summaryShape: summaryShapeSchema },
        { source: 'summary-schema.ts', type: 'Plain', from: '../schema/plain.js' },
      ),
    };
    for (const [target, text] of Object.entries(files)) {
      const old = await readFile(target, 'utf8').catch(() => '');
      if (old !== text) {
        await writeFile(target, text);
        this.warn(`${target} was out of date and has been regenerated: commit it`);
      }
    }
  },
});

/**
 * In the editors' bundle both dictionaries are lists of texts, made back into the same keyed
 * dictionaries when the bundle loads, so no key is carried twice and the keys of the questions'
 * texts are not carried at all: they are made from the catalogue (src/i18n/keys.ts), as the
 * question views make them (about 150 B gzip). The sources stay keyed (src/i18n/en.ts, cy.ts);
 * the build stops if their keys differ or the catalogue needs a text English lacks, and a test
 * compares the bundle's texts with the sources'.
 */
async function dictionaryOrder() {
  const { en } = await importSource('src/i18n/en.ts');
  const { cy } = await importSource('src/i18n/cy.ts');
  const { madeKeys } = await importSource('src/i18n/keys.ts');
  const made = madeKeys();
  const missing = made.filter((key) => !(key in en));
  if (missing.length) throw new Error(`en.ts lacks texts the catalogue needs: ${missing}`);
  const rest = Object.keys(en).filter((key) => !made.includes(key));
  const extra = Object.keys(cy).filter((key) => !(key in en));
  const lacking = Object.keys(en).filter((key) => !(key in cy));
  if (extra.length || lacking.length) throw new Error(`cy.ts and en.ts differ: missing ${lacking}; extra ${extra}`);
  return { en, cy, made, rest };
}

const dictionariesByPosition = () => ({
  name: 'dictionaries-by-position',
  async transform(_code, id) {
    const file = id.replaceAll('\\', '/');
    const isEn = file.endsWith('/src/i18n/en.ts');
    if (!isEn && !file.endsWith('/src/i18n/cy.ts')) return null;
    const { en, cy, made, rest } = await dictionaryOrder();
    const keys = [...made, ...rest];
    // A plural form that reads as `other` is left out: the lookup falls back to `other`.
    const lean = (text) =>
      typeof text === 'string' ? text : Object.fromEntries(Object.entries(text).filter(([form, t]) => form === 'other' || t !== text.other));
    const values = (dictionary) => JSON.stringify(keys.map((key) => lean(dictionary[key])));
    const code = isEn
      ? `import { madeKeys } from './keys.js';
const keys = [...madeKeys(), ...${JSON.stringify(rest)}];
const values = ${values(en)};
export const en = Object.fromEntries(keys.map((key, i) => [key, values[i]]));
`
      : `import { en } from './en.js';
const values = ${values(cy)};
export const cy = Object.fromEntries(Object.keys(en).map((key, i) => [key, values[i]]));
`;
    return { code, map: null };
  },
});

/**
 * The results bundle's dictionaries, as lists in a known order, as the editors' bundle carries
 * the survey's: of the survey's, only the texts it shows, in the order of src/results/labels.ts
 * (whose keys the bundle makes again when it loads); its own Welsh in the order of its English
 * keys. The build stops if a text is missing or the results' two dictionaries' keys differ.
 */
const resultsDictionaries = () => ({
  name: 'results-dictionaries',
  async transform(_code, id) {
    const file = id.replaceAll('\\', '/');
    const survey = file.match(/\/src\/i18n\/(en|cy)\.ts$/)?.[1];
    if (survey) {
      const dictionary = (await importSource(`src/i18n/${survey}.ts`))[survey];
      const { surveyLabelKeys } = await importSource('src/results/labels.ts');
      const keys = surveyLabelKeys();
      const missing = keys.filter((key) => typeof dictionary[key] !== 'string');
      if (missing.length) this.error(`src/i18n/${survey}.ts lacks texts the results show: ${missing}`);
      const values = JSON.stringify(keys.map((key) => dictionary[key]));
      return {
        code: `import { surveyLabelKeys } from '../results/labels.js';\nconst values = ${values};\nexport const ${survey} = Object.fromEntries(surveyLabelKeys().map((key, i) => [key, values[i]]));\n`,
        map: null,
      };
    }
    if (!file.endsWith('/src/results/i18n/cy.ts')) return null;
    const { en } = await importSource('src/results/i18n/en.ts');
    const { cy } = await importSource('src/results/i18n/cy.ts');
    const extra = Object.keys(cy).filter((key) => !(key in en));
    const lacking = Object.keys(en).filter((key) => !(key in cy));
    if (extra.length || lacking.length) this.error(`src/results/i18n: cy.ts and en.ts differ: missing ${lacking}; extra ${extra}`);
    const values = JSON.stringify(Object.keys(en).map((key) => cy[key]));
    return {
      code: `import { en } from './en.js';\nconst values = ${values};\nexport const cy = Object.fromEntries(Object.keys(en).map((key, i) => [key, values[i]]));\n`,
      map: null,
    };
  },
});

/**
 * esbuild renames the bundle's identifiers before terser compresses it: the same code, about
 * 100 B smaller at gzip -9 than terser alone (measured 2026-12-01; terser's own mangling then
 * keeps esbuild's frequency-ordered names).
 */
const renameIdentifiers = () => ({
  name: 'rename-identifiers',
  async renderChunk(code) {
    const result = await transform(code, { minifyIdentifiers: true, format: 'esm', target: 'es2022' });
    return { code: result.code, map: null };
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

/** After the analysis module is written, the demo's two rounds summarised, named and dated, with the trend. */
const demoSummary = () => ({
  name: 'demo-summary',
  async writeBundle() {
    const { demoResponses, DEMO_ROUNDS, DEMO_ROUNDS_FILE } = await importSource('demo/seed.ts');
    const { summarise } = await import(`${pathToFileURL('dist/analysis.js').href}?t=${Date.now()}`);
    const { responseSchema } = await import(`${pathToFileURL('dist/schema.js').href}?t=${Date.now()}`);
    const responses = demoResponses();
    const invalid = responses.filter((response) => !responseSchema.safeParse(response).success);
    if (invalid.length) this.error(`demo/seed.ts made ${invalid.length} invalid responses`);
    const summary = summarise(responses, { ...DEMO_ROUNDS, rounds: DEMO_ROUNDS_FILE, trend: true });
    await mkdir('dist/demo', { recursive: true });
    await writeFile('dist/demo/results-summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  },
});

// V8's explicit compile hint: most of the bundle runs on load, so Chrome and Edge compile it all
// eagerly, off the main thread while it downloads, instead of function by function on first
// call. Other engines ignore the comment. Measured: first render 20–55 ms sooner under 4x
// throttling (README, Budgets).
const editorsTerser = () =>
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } });

export default [
  {
    // The survey and its questions only: <mor-results> has its own file (below).
    input: 'src/survey-elements.ts',
    output: { file: 'dist/mor-survey.js', format: 'es', sourcemap: false },
    // Lit templates and styles are minified too: whitespace in html`` and css`` is bytes.
    plugins: [
      compileSchema(),
      dictionariesByPosition(),
      resolve({ browser: true }),
      ts(),
      minifyHTML(),
      renameIdentifiers(),
      editorsTerser(),
    ],
    onwarn,
  },
  {
    // <mor-results> for pages without a build step, and the receiver's /results page.
    input: 'src/results/index.ts',
    output: { file: 'dist/mor-results.js', format: 'es', sourcemap: false },
    plugins: [resultsDictionaries(), resolve({ browser: true }), ts(), minifyHTML(), renameIdentifiers(), editorsTerser()],
    onwarn,
  },
  {
    input: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      analysis: 'src/analysis/index.ts',
      i18n: 'src/i18n/index.ts',
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
    input: { tester: 'demo/server/tester.ts', seed: 'demo/seed.ts', rounds: 'demo/rounds.ts' },
    output: { dir: 'dist/demo', format: 'es', chunkFileNames: '[name]-[hash].js' },
    external: demoDependencies,
    plugins: [ts()],
    onwarn,
  },
];
