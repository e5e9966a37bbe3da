// `import { createReceiver } from 'mor-survey-server'` (SPEC §12): a web-standard handler a
// developer mounts in another Node app, or calls with a Request and no socket at all.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createReceiver } from '../dist/index.js';
import { makeResponse } from './support/responses.mjs';

const TOKEN = 'embedded-admin-token-0123456789abcdef';
const postRequest = (base, response) =>
  new Request(`${base}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
    body: JSON.stringify(response),
  });

describe('createReceiver', () => {
  it('answers Requests directly, with no server or socket', async () => {
    const lines = [];
    const receiver = createReceiver({ databaseUrl: 'sqlite::memory:', adminToken: TOKEN, log: (line) => lines.push(line) });
    try {
      assert.deepEqual(await receiver.ready, { storage: 'sqlite', where: ':memory:' });
      const response = makeResponse('embedded');
      const stored = await receiver.fetch(postRequest('http://council.example', response));
      assert.equal(stored.status, 201);
      assert.equal(stored.headers.get('cache-control'), 'no-store');
      const list = await receiver.fetch(new Request('http://council.example/api/responses?survey=embedded', { headers: { Authorization: `Bearer ${TOKEN}` } }));
      assert.deepEqual(await list.json(), [response]);
      assert.deepEqual(lines, [], 'a given token is never printed');
    } finally {
      await receiver.close();
    }
  });

  it('mounts in a plain node:http server beside the app’s own routes', async () => {
    const receiver = createReceiver({ databaseUrl: 'sqlite::memory:', adminToken: TOKEN, log: () => {} });
    const listener = getRequestListener(receiver.fetch);
    const server = createServer((req, res) => {
      if (req.url === '/') return res.end('the app’s own page');
      return listener(req, res);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      assert.equal(await (await fetch(`${base}/`)).text(), 'the app’s own page');
      const answer = await fetch(postRequest(base, makeResponse('mounted')));
      assert.equal(answer.status, 201);
      assert.deepEqual(await (await fetch(`${base}/healthz`)).json(), { ok: true, storage: 'sqlite' });
    } finally {
      server.close();
      await receiver.close();
    }
  });

  it('reports a database it cannot open through ready, and answers 503 meanwhile', async () => {
    const receiver = createReceiver({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', adminToken: TOKEN, startTimeout: 1, log: () => {} });
    await assert.rejects(receiver.ready);
    const answer = await receiver.fetch(postRequest('http://council.example', makeResponse('down')));
    assert.equal(answer.status, 503);
    assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
    assert.ok(answer.headers.get('retry-after'));
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  it('refuses settings that cannot work, at once', () => {
    assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', allowedOrigins: ['not an origin'] }), /MOR_ALLOWED_ORIGINS/);
    assert.throws(() => createReceiver({ databaseUrl: 'mongodb://x' }), /DATABASE_URL/);
    // Keys shorter than 32 characters could be guessed (SPEC §16): refused here as at the command.
    assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', adminToken: 'aaaaaaaaaaaaaaaa' }), /MOR_ADMIN_TOKEN must be at least 32 characters/);
    assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', adminToken: TOKEN, resultsToken: 'r'.repeat(31) }), /MOR_RESULTS_TOKEN must be at least 32 characters/);
    assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', commitTimeout: -1 }), /MOR_COMMIT_TIMEOUT/);
    // The same limits as the command's (one check, in settings.ts).
    assert.throws(() => createReceiver({ databaseUrl: 'sqlite::memory:', maxBody: 100 }), /MOR_MAX_BODY must be a whole number of at least 1024/);
  });
});
