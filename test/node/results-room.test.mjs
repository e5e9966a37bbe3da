// A layout rule, checked as a lint does, by reading the source files and the built bundle
// (not by running them): <mor-results> stands on its own (issue 20). It imports nothing from
// the survey's element or its questions, borrows none of the survey's form classes, resolves
// its language with the one resolveLocale(), and checks a summary with the schema compiled from
// zod, not by hand. What the element does is tested in the browser (test/results*.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const filesUnder = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const source = (file) => readFileSync(join(root, file), 'utf8');
// `from '…'`, a bare `import '…'` and `import('…')` alike.
const imports = (file) => [...source(file).matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

test('layout rule: src/results imports nothing from src/survey or src/questions', () => {
  const leaning = filesUnder('src/results').flatMap((file) => imports(file).filter((path) => /\/(survey|questions)\//.test(path)).map((path) => `${file}: ${path}`));
  assert.deepEqual(leaning, []);
  // Nor does what it shares with the survey: the helpers it imports live in internal/, i18n/, styles/.
  for (const file of ['src/internal/heading.ts', 'src/internal/inherited-lang.ts', 'src/i18n/locale.ts', 'src/styles/tokens.ts']) {
    assert.deepEqual(imports(file).filter((path) => /survey|questions/.test(path)), [], file);
  }
});

test('layout rule: the results use the shared tokens, not the survey’s form controls (.question, .count)', () => {
  for (const file of filesUnder('src/results')) {
    const text = source(file);
    assert.doesNotMatch(text, /form-controls/, file);
    const classes = [...text.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/));
    assert.ok(!classes.includes('question') && !classes.includes('count'), file);
  }
  assert.doesNotMatch(source('src/results/mor-results.styles.ts'), /\.(question|count)(?![\w-])/);
  assert.match(source('src/styles/form-controls.ts'), /\.question \{/);
  assert.doesNotMatch(source('src/styles/tokens.ts'), /\.question|textarea|fieldset/);
});

test('layout rule: one resolveLocale() for both elements', () => {
  const callers = [...filesUnder('src/survey'), ...filesUnder('src/results')].filter((file) => /resolveLocale\(/.test(source(file)));
  assert.deepEqual(callers.sort(), ['src/results/mor-results.ts', 'src/survey/texts.ts']);
  const matchers = [...filesUnder('src/survey'), ...filesUnder('src/results')].filter((file) => /matchLocale\(/.test(source(file)));
  assert.deepEqual(matchers, []);
});

test('layout rule: isSummary() is the zod schema compiled at build time, not a hand-written check', () => {
  const check = source('src/analysis/is-summary.ts');
  assert.match(check, /from '\.\/summary-compiled\.js'/);
  assert.match(source('src/analysis/summary-compiled.ts'), /^\/\/ Generated from summary-schema\.ts by compile\.ts/);
});

test('layout rule: the results bundle carries neither zod nor the survey’s elements', () => {
  const bundle = readFileSync(join(root, 'dist/mor-results.js'), 'utf8');
  // The survey's markup: fieldsets, legends, radios and text areas.
  for (const markup of ['<fieldset', '<legend', 'type="radio"', '<textarea']) assert.ok(!bundle.includes(markup), markup);
  assert.ok(!bundle.includes('ZodError') && !bundle.includes('_zod'), 'zod');
});
