// `npx mor-survey-server` as an IT team meets it (SPEC §12): where it keeps data by default,
// the admin token it makes when none is set, a busy port, bad settings, a clean stop.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_TOKEN, runToExit, startServer } from './support/server.mjs';
import { admin, listRound, makeResponse, post } from './support/responses.mjs';

const folder = () => mkdtempSync(join(tmpdir(), 'mor-cli-'));

describe('mor-survey-server', () => {
  it('keeps responses in mor-survey-data/responses.db under the working directory, readable by its owner only', async () => {
    const cwd = folder();
    const server = await startServer({}, { cwd });
    try {
      assert.match(server.output(), /receiving at http:\/\/127\.0\.0\.1:\d+\/api\/responses \(storage: sqlite, .*mor-survey-data\/responses\.db\)/);
      assert.equal((await post(server.url, makeResponse('cli'))).status, 201);
      const file = join(cwd, 'mor-survey-data', 'responses.db');
      assert.ok(existsSync(file));
      assert.equal(statSync(file).mode & 0o777, 0o600);
    } finally {
      await server.stop();
    }
    const elsewhere = folder();
    const moved = await startServer({ MOR_DATA_DIR: join(elsewhere, 'data') }, { cwd });
    await moved.stop();
    assert.ok(existsSync(join(elsewhere, 'data', 'responses.db')));
  });

  it('makes an admin token when MOR_ADMIN_TOKEN is unset, prints it once, and only that token reads', async () => {
    const cwd = folder();
    const server = await startServer({ MOR_ADMIN_TOKEN: '' }, { cwd });
    try {
      const printed = [...server.output().matchAll(/this run made one: (\S+)/g)].map((match) => match[1]);
      assert.equal(printed.length, 1);
      const [token] = printed;
      assert.ok(token.length >= 32);
      assert.equal((await admin(server.url, '/api/surveys', { token })).status, 200);
      assert.equal((await admin(server.url, '/api/surveys')).status, 401, 'the test token is not this run’s');
      const response = makeResponse('cli');
      await post(server.url, response);
      assert.equal(server.output().split(token).length, 2, 'printed once, never again');
    } finally {
      await server.stop();
    }
    const again = await startServer({ MOR_ADMIN_TOKEN: '' }, { cwd });
    const [, token] = /this run made one: (\S+)/.exec(again.output());
    await again.stop();
    assert.notEqual(token, undefined);
  });

  it('says so, and how to choose another, when the port is busy', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address();
    try {
      const { code, output } = await runToExit({ PORT: String(port), DATABASE_URL: 'sqlite::memory:', MOR_ADMIN_TOKEN: ADMIN_TOKEN });
      assert.equal(code, 1);
      assert.match(output, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*PORT=${port + 1} npx mor-survey-server`));
    } finally {
      blocker.close();
    }
  });

  const badSettings = [
    [{ PORT: 'eighty' }, /PORT must be a whole number from 0 to 65535/],
    [{ MOR_ADMIN_TOKEN: 'short' }, /MOR_ADMIN_TOKEN must be at least 32 characters/],
    // Sixteen was the rule before SPEC §16; 31 is still too short.
    [{ MOR_ADMIN_TOKEN: 'a'.repeat(31) }, /MOR_ADMIN_TOKEN must be at least 32 characters/],
    [{ MOR_RESULTS_TOKEN: 'aaaaaaaaaaaaaaaa' }, /MOR_RESULTS_TOKEN must be at least 32 characters/],
    [{ MOR_ADMIN_TOKEN: `${'a'.repeat(20)} ${'b'.repeat(20)}` }, /MOR_ADMIN_TOKEN must be at least 32 characters, with no spaces/],
    [{ MOR_COMMIT_TIMEOUT: '0' }, /MOR_COMMIT_TIMEOUT must be a number of seconds above 0/],
    [{ MOR_START_TIMEOUT: 'soon' }, /MOR_START_TIMEOUT must be a number of seconds above 0/],
    [{ MOR_HEADERS_TIMEOUT: '40' }, /MOR_HEADERS_TIMEOUT must not be longer than MOR_BODY_TIMEOUT/],
    [{ MOR_MAX_CONNECTIONS: '0' }, /MOR_MAX_CONNECTIONS must be a whole number/],
    [{ MOR_MAX_BODY: '-1' }, /MOR_MAX_BODY must be a whole number/],
    [{ MOR_MAX_BODY: '512' }, /MOR_MAX_BODY must be a whole number of at least 1024/],
    [{ MOR_MAX_PENDING: 'many' }, /MOR_MAX_PENDING must be a whole number of at least 1/],
    [{ MOR_MIN_GROUP: '3' }, /MOR_MIN_GROUP must be a whole number of at least 5/],
    [{ MOR_PUBLIC_RESULTS: 'perhaps' }, /MOR_PUBLIC_RESULTS must be true or false/],
    [{ MOR_ALLOWED_ORIGINS: 'intranet.example' }, /MOR_ALLOWED_ORIGINS: /],
    [{ MOR_SURVEYS: '2026-spring,bad/id' }, /MOR_SURVEYS: "bad\/id" is not a round id/],
    [{ MOR_FRAME_ANCESTORS: "https://ok.example 'unsafe-inline';" }, /MOR_FRAME_ANCESTORS: not an origin/],
    [{ MOR_PRIVACY_URL: 'javascript:alert(1)' }, /MOR_PRIVACY_URL: /],
    [{ DATABASE_URL: 'mysql://db/mor' }, /DATABASE_URL must start with postgres:\/\/, postgresql:\/\/ or sqlite:/],
    [{ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', MOR_START_TIMEOUT: '1' }, /could not open the database: it did not answer within 1 s \(ECONNREFUSED/],
  ];
  for (const [env, message] of badSettings) {
    it(`stops with a message naming the problem: ${Object.entries(env)[0].join('=')}`, async () => {
      const { code, output } = await runToExit({ DATABASE_URL: 'sqlite::memory:', MOR_ADMIN_TOKEN: ADMIN_TOKEN, ...env }, { cwd: folder() });
      assert.equal(code, 1);
      assert.match(output, message);
    });
  }

  it('stops cleanly on SIGTERM, and what it acknowledged is there after the restart', async () => {
    const cwd = folder();
    const server = await startServer({}, { cwd });
    const response = makeResponse('cli-stop');
    assert.equal((await post(server.url, response)).status, 201);
    const { code } = await server.stop();
    assert.equal(code, 0);
    assert.match(server.output(), /stopping/);
    const again = await startServer({}, { cwd });
    try {
      assert.deepEqual(await listRound(again.url, 'cli-stop'), [response]);
    } finally {
      await again.stop();
    }
  });
});
