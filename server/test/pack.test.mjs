// What a council's IT team gets (SPEC §10): `npm pack --workspaces` makes the receiver's tarball;
// in an empty folder it installs with no compiler and no `mor-survey`, carries its README,
// LICENSE and docs, types `createReceiver`, and its command starts, stores on SQLite (and on
// PostgreSQL when there is one) and answers /healthz — also run through `npx`, as the README
// says. Uses the npm registry for the dependencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from '../../test/node/support/links.mjs';
import { freshDatabase, postgresAvailable } from './support/stores.mjs';
import { makeResponse, post } from './support/responses.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

/** This shell's environment without the receiver's own settings (npm needs the rest: its CA, proxy, cache). */
const shell = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(MOR_|DATABASE_URL$|PORT$|HOST$)/.test(name)));

/** Starts `command` and resolves with its address once it says where it receives (within a minute). */
function started(command, args, { cwd, env }) {
  // Its own process group: npx runs the command as a grandchild, which must stop with it.
  const child = spawn(command, args, { cwd, env: { ...shell, PORT: '0', ...env }, detached: true });
  let output = '';
  const url = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`${command} did not start within a minute: ${output}`)), 60_000).unref();
    const look = (chunk) => {
      output += chunk;
      const match = /receiving at (http:\/\/\S+)\/api\/responses/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => reject(new Error(`exited (${code}): ${output}`)));
  });
  return { child, url, output: () => output };
}

/** SIGTERM to the command's whole process group; resolves when the command has exited. */
const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    process.kill(-child.pid, 'SIGTERM');
  });

test('the receiver’s tarball installs alone with no compiler, and its command serves SQLite and PostgreSQL', { timeout: 400_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mor-server-pack-'));
  // --ignore-scripts: packed from what `npm test` has just built.
  const [tarball] = JSON.parse(run('npm', ['pack', '--workspaces', '--json', '--ignore-scripts', '--pack-destination', dir], repo));
  assert.equal(tarball.name, 'mor-survey-server');
  const files = tarball.files.map((f) => f.path);
  for (const expected of ['dist/index.js', 'dist/cli.js', 'dist/sqlite-worker.js', 'dist/mor-survey.js', 'dist/mor-results.js', 'dist/types/server/src/index.d.ts', 'README.md', 'LICENSE', 'docs/receiver.md', 'package.json']) {
    assert.ok(files.includes(expected), `${expected} is in the package`);
  }
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/')), 'no sources or tests');
  assert.deepEqual(brokenLinks(files, (path) => run('tar', ['-xOzf', join(dir, tarball.filename), `package/${path}`], dir)), []);

  const app = join(dir, 'receiver');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'receiver', private: true, type: 'module' }));
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', join(dir, tarball.filename)], { cwd: app, encoding: 'utf8', timeout: 240_000 });
  assert.equal(install.status, 0, install.stderr);
  assert.doesNotMatch(install.stdout + install.stderr, /EBADENGINE|gyp/);
  const modules = readdirSync(join(app, 'node_modules'), { recursive: true });
  assert.ok(!modules.some((path) => /(^|\/)(binding\.gyp|[^/]+\.node)$/.test(path)), 'no native code');
  assert.ok(!existsSync(join(app, 'node_modules/mor-survey')) && !existsSync(join(app, 'node_modules/better-sqlite3')));

  // The command, on its default SQLite file under the working folder.
  const bin = join(app, 'node_modules/.bin/mor-survey-server');
  const sqlite = started(bin, [], { cwd: app, env: { MOR_ADMIN_TOKEN: 'packed-admin-token-0123456789abcdef' } });
  try {
    const url = await sqlite.url;
    assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { ok: true, storage: 'sqlite' });
    assert.equal((await post(url, makeResponse('packed'))).status, 201);
    assert.equal((await fetch(`${url}/mor-survey.js`)).status, 200, 'serves the bundle it carries');
    assert.ok(existsSync(join(app, 'mor-survey-data/responses.db')));
  } finally {
    await stop(sqlite.child);
  }
  if (postgresAvailable()) {
    const db = await freshDatabase('postgres');
    const pg = started(bin, [], { cwd: app, env: { DATABASE_URL: db.url, MOR_ADMIN_TOKEN: 'packed-admin-token-0123456789abcdef' } });
    try {
      assert.deepEqual(await (await fetch(`${await pg.url}/healthz`)).json(), { ok: true, storage: 'postgres' });
    } finally {
      await stop(pg.child);
      await db.drop();
    }
  }

  // `npx mor-survey-server` from an empty folder installs the package and starts it.
  const empty = join(dir, 'empty');
  run('mkdir', ['-p', empty]);
  const npx = started('npx', ['--yes', `--package=${join(dir, tarball.filename)}`, 'mor-survey-server'], {
    cwd: empty,
    env: { MOR_ADMIN_TOKEN: 'packed-admin-token-0123456789abcdef', npm_config_cache: join(dir, 'npx-cache') },
  });
  try {
    assert.deepEqual(await (await fetch(`${await npx.url}/healthz`)).json(), { ok: true, storage: 'sqlite' });
  } finally {
    await stop(npx.child);
  }

  // Its types, in a project with nothing else: `createReceiver` as a fetch handler.
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] },
    include: ['app.ts'],
  }));
  writeFileSync(join(app, 'app.ts'), `
    import { createReceiver, type ReceiverOptions } from 'mor-survey-server';
    const options: ReceiverOptions = { databaseUrl: 'sqlite::memory:', allowedOrigins: ['https://intranet.example'], population: { '2026-spring': { member: 51, officer: 630 } } };
    export const handle: (request: Request) => Promise<Response> = createReceiver(options).fetch;
  `);
  run(join(repo, 'node_modules/.bin/tsc'), ['-p', '.'], app);
  writeFileSync(join(app, 'app.ts'), `import { createReceiver } from 'mor-survey-server'; createReceiver({ databaseUrl: 42 });`);
  assert.throws(() => run(join(repo, 'node_modules/.bin/tsc'), ['-p', '.'], app));
});
