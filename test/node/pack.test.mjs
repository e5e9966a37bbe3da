// What a new front-end developer gets: `npm pack`, install the tarball into an empty project,
// import the elements, the schema and the analysis with their types, and run
// `mor-survey-summarise`. `mor-survey` alone: no compiler, no native code, no server dependency
// (SPEC §10). Uses the npm registry for the dependencies. The receiver's own package is tested
// in server/test/pack.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from './support/links.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
/** Runs a command that must succeed; resolves with everything it printed, warnings included. */
function allPrinted(cmd, args, cwd) {
  const { status, stdout, stderr } = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  assert.equal(status, 0, `${cmd} ${args.join(' ')}:\n${stdout}${stderr}`);
  return stdout + stderr;
}

/** Every file under `dir` whose name ends as one of `endings` (node_modules included). */
function filesEnding(dir, endings) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the packed tarball installs with no compiler and works in an empty project, with types', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mor-pack-'));
  // --ignore-scripts: the tarball is packed from what `npm test` has just built.
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo))[0];
  const files = tarball.files.map((f) => f.path);
  for (const expected of ['dist/mor-survey.js', 'dist/mor-results.js', 'dist/index.js', 'dist/schema.js', 'dist/analysis.js', 'dist/i18n.js', 'dist/results.js', 'dist/mor-survey-summarise.js', 'dist/response.schema.json', 'custom-elements.json', 'dist/types/src/index.d.ts', 'dist/types/src/analysis/index.d.ts', 'README.md', 'LICENSE']) {
    assert.ok(files.includes(expected), `${expected} is in the package`);
  }
  assert.ok(!files.some((f) => /^(dist\/types\/)?(test|demo|server\/src|server\/dist)\/|^dist\/(demo|server)\//.test(f)), 'no tests, demo or receiver code');
  // Every page the README links to is in the package, and their links too.
  assert.deepEqual(brokenLinks(files, (path) => run('tar', ['-xOzf', join(dir, tarball.filename), `package/${path}`], dir)), []);

  const app = join(dir, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // A plain install, scripts and all, as a developer runs it: nothing is compiled.
  const installed = allPrinted('npm', ['install', '--no-audit', '--no-fund', join(dir, tarball.filename)], app);
  assert.doesNotMatch(installed, /EBADENGINE|gyp/);
  assert.deepEqual(filesEnding(join(app, 'node_modules'), ['binding.gyp', '.node']), [], 'no native code');
  const installedPackages = readdirSync(join(app, 'node_modules'));
  for (const server of ['hono', '@hono', 'pg', 'better-sqlite3']) assert.ok(!installedPackages.includes(server), `${server} is not installed`);

  // The schema in plain Node.
  const out = run('node', ['--input-type=module', '-e', `
    import { responseSchema } from 'mor-survey/schema';
    const ok = responseSchema.safeParse({ version: 1, id: crypto.randomUUID(), survey: 'x', submittedAt: new Date().toISOString(), locale: 'en', respondent: 'member', answers: { health: 5 } }).success;
    const bad = responseSchema.safeParse({ version: 1 }).success;
    console.log(JSON.stringify({ ok, bad }));`], app);
  assert.deepEqual(JSON.parse(out), { ok: true, bad: false });

  // The analysis in plain Node, and its command through npx's bin link.
  const analysed = run('node', ['--input-type=module', '-e', `
    import { summarise, summarySchema } from 'mor-survey/analysis';
    const r = (i, respondent) => ({ version: 1, id: crypto.randomUUID(), survey: 's', submittedAt: new Date().toISOString(), locale: 'en', respondent, answers: { health: 1 + (i % 5) } });
    const responses = Array.from({ length: 30 }, (_, i) => r(i, i % 3 ? 'officer' : 'member'));
    const summary = summarise(responses, { survey: 's' });
    console.log(JSON.stringify({ valid: summarySchema.safeParse(summary).success, all: summary.rounds.s.groups.all.responses }));`], app);
  assert.deepEqual(JSON.parse(analysed), { valid: true, all: 30 });
  // Six responses: too few to show, so the command's summary hides the round.
  const exported = Array.from({ length: 6 }, (_, i) => ({ version: 1, id: crypto.randomUUID(), survey: 's', submittedAt: new Date().toISOString(), locale: 'en', respondent: 'officer', answers: { health: 1 + (i % 5) } }));
  writeFileSync(join(app, 'export.json'), JSON.stringify(exported));
  const printed = JSON.parse(run(join(app, 'node_modules/.bin/mor-survey-summarise'), ['export.json', '--survey', 's'], app));
  assert.deepEqual(printed.rounds.s.groups.all, { suppressed: true });

  // Types: tag name map, typed events, schema types.
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] },
    include: ['app.ts'],
  }));
  writeFileSync(join(app, 'app.ts'), `
    import 'mor-survey';
    import type { MorSurvey, MorSubmittedEvent } from 'mor-survey';
    import { responseSchema, type SurveyResponse } from 'mor-survey/schema';
    import { en, cy } from 'mor-survey/i18n';
    export const label: string = en['health.option.4'] + cy['health.option.4'];
    import { summarise, type Summary } from 'mor-survey/analysis';
    import 'mor-survey/results';
    const results = document.querySelector('mor-results');
    const summary: Summary = summarise([], { survey: 'x' });
    if (results) results.summary = summary;
    const survey: MorSurvey | null = document.querySelector('mor-survey');
    if (survey) {
      survey.surveyId = '2026-spring';
      survey.strings = { submit: 'Send' };
      survey.addEventListener('mor-submitted', (event) => {
        const status: number = event.detail.status;
        const response: SurveyResponse = event.detail.response;
        console.log(status, response.answers.health);
      });
      const handler = (event: MorSubmittedEvent) => event.detail.response.id;
      survey.addEventListener('mor-submitted', handler);
    }
    const parsed = responseSchema.safeParse({});
    export const ok: boolean = parsed.success;
  `);
  run(join(repo, 'node_modules/.bin/tsc'), ['-p', '.'], app);

  // And a type error is caught (so the check above means something).
  writeFileSync(join(app, 'app.ts'), `import 'mor-survey'; document.querySelector('mor-survey')!.surveyId = 42;`);
  assert.throws(() => run(join(repo, 'node_modules/.bin/tsc'), ['-p', '.'], app));
});
