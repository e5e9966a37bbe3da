// What a new developer gets: `npm pack`, install the tarball into an empty project, import the
// elements, the schema and the receiver with their types, and run `mor-survey-server`. Uses the
// npm registry for the dependencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, postgresAvailable } from './support/stores.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

test('the packed tarball installs and works in an empty project, with types', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mor-pack-'));
  // --ignore-scripts: the tarball is packed from what `npm test` has just built.
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo))[0];
  const files = tarball.files.map((f) => f.path);
  for (const expected of ['dist/mor-survey.js', 'dist/mor-results.js', 'dist/index.js', 'dist/schema.js', 'dist/analysis.js', 'dist/results.js', 'dist/mor-survey-summarise.js', 'dist/response.schema.json', 'custom-elements.json', 'dist/types/src/index.d.ts', 'dist/types/src/analysis/index.d.ts', 'dist/server/index.js', 'dist/server/cli.js', 'dist/types/src/server/index.d.ts']) {
    assert.ok(files.includes(expected), `${expected} is in the package`);
  }
  assert.ok(!files.some((f) => f.startsWith('dist/types/test') || f.startsWith('dist/demo') || f.startsWith('dist/types/demo')), 'no tests or demo');

  const app = join(dir, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball.filename)], app);

  // The schema in plain Node.
  const out = run('node', ['--input-type=module', '-e', `
    import { responseSchema } from 'mor-survey/schema';
    const ok = responseSchema.safeParse({ version: 1, id: crypto.randomUUID(), survey: 'x', submittedAt: new Date().toISOString(), locale: 'en', respondent: 'member', answers: { health: 5 } }).success;
    const bad = responseSchema.safeParse({ version: 1 }).success;
    console.log(JSON.stringify({ ok, bad }));`], app);
  assert.deepEqual(JSON.parse(out), { ok: true, bad: false });

  // The receiver's command, from the installed package. Installed without scripts, so the
  // SQLite driver is not compiled: it runs on PostgreSQL when there is one (and loads only pg).
  assert.ok(existsSync(join(app, 'node_modules/.bin/mor-survey-server')), 'the bin is linked');
  if (postgresAvailable()) {
    const db = await freshDatabase('postgres');
    const child = spawn(join(app, 'node_modules/.bin/mor-survey-server'), [], {
      cwd: app,
      env: { PATH: process.env.PATH, PORT: '0', DATABASE_URL: db.url, MOR_ADMIN_TOKEN: 'packed-admin-token-0123456789' },
    });
    try {
      let output = '';
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /receiving at (http:\/\/\S+)\/api\/responses/.exec(output);
          if (match) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`the packed server exited: ${output}`)));
      });
      assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { ok: true, storage: 'postgres' });
      assert.equal((await fetch(`${url}/mor-survey.js`)).status, 200, 'serves the packed bundle');
    } finally {
      child.kill();
      await db.drop();
    }
  }
  // The analysis in plain Node, and its command through npx's bin link.
  const analysed = run('node', ['--input-type=module', '-e', `
    import { summarise, summarySchema } from 'mor-survey/analysis';
    const r = (i, respondent) => ({ version: 1, id: crypto.randomUUID(), survey: 's', submittedAt: new Date().toISOString(), locale: 'en', respondent, answers: { health: 1 + (i % 5) } });
    const responses = Array.from({ length: 30 }, (_, i) => r(i, i % 3 ? 'officer' : 'member'));
    const summary = summarise(responses, { survey: 's' });
    console.log(JSON.stringify({ valid: summarySchema.safeParse(summary).success, all: summary.rounds.s.groups.all.responses }));`], app);
  assert.deepEqual(JSON.parse(analysed), { valid: true, all: 30 });
  writeFileSync(join(app, 'export.json'), JSON.stringify([]));
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
    import { createReceiver, type ReceiverOptions } from 'mor-survey/server';
    const options: ReceiverOptions = { databaseUrl: 'sqlite::memory:', allowedOrigins: ['https://intranet.example'] };
    export const handle: (request: Request) => Promise<Response> = createReceiver(options).fetch;
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
