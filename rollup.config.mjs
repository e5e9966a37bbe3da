// Builds (1) the editors' single-file bundle, (2) the npm modules with their dependencies
// external, (3) the reference receiver for Node, and (4) the JSON Schema generated from zod.
import { writeFile } from 'node:fs/promises';
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
      resolve({ browser: true }),
      ts(),
      minifyHTML(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
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
    input: 'demo/server/receiver.ts',
    output: { file: 'dist/server/receiver.js', format: 'es' },
    external: [...dependencies, ...builtinModules, /^node:/],
    plugins: [ts()],
    onwarn,
  },
];
