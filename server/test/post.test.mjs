// POST /api/responses and its CORS preflight (SPEC §12), over HTTP to the real
// `mor-survey-server`, on SQLite and on PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { ownLines, startServer } from './support/server.mjs';
import { everything, listRound, makeResponse, post } from './support/responses.mjs';

const INTRANET = 'https://intranet.example.gov.uk';
const ROUNDS = ['post-new', 'post-bad', 'post-cors', 'post-logs'];

forEachStore('POST /api/responses', (kind) => {
  describe(`POST /api/responses on ${kind}`, () => {
    let server;
    let database;
    before(async () => {
      database = await freshDatabase(kind);
      server = await startServer({
        DATABASE_URL: database.url,
        MOR_ALLOWED_ORIGINS: `${INTRANET}, https://second.example`,
        MOR_SURVEYS: ROUNDS.join(','),
      });
    });
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('stores a new response (201), accepts the same one again (200) and refuses other content under its id (409)', async () => {
      const response = makeResponse('post-new');
      const first = await post(server.url, response);
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { id: response.id, stored: true });
      const again = await post(server.url, response);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { id: response.id, duplicate: true });
      // Without the header too: the id in the body is the key.
      assert.equal((await post(server.url, JSON.stringify(response))).status, 200);
      const other = { ...response, answers: { ...response.answers, health: 1 } };
      const conflict = await post(server.url, other);
      assert.equal(conflict.status, 409);
      assert.match(conflict.headers.get('content-type'), /^application\/problem\+json/);
      assert.deepEqual(await listRound(server.url, 'post-new'), [response]);
    });

    const refused = [
      ['a body that is not JSON', () => ['{"version": 1,'], 400],
      ['an Idempotency-Key that is not the id', () => [makeResponse('post-bad'), { 'Idempotency-Key': crypto.randomUUID() }], 400],
      ['a body that is not application/json', () => [JSON.stringify(makeResponse('post-bad')), { 'Content-Type': 'text/plain' }], 415],
      ['a form post', () => ['version=1', { 'Content-Type': 'application/x-www-form-urlencoded' }], 415],
      ['a body over 64 KiB', () => [JSON.stringify({ ...makeResponse('post-bad'), pad: 'x'.repeat(70_000) })], 413],
      ['wrong types', () => [makeResponse('post-bad', (r) => (r.answers.health = 'good'))], 422, ['answers.health']],
      ['unknown fields', () => [makeResponse('post-bad', (r) => (r.email = 'a@b.c'))], 422, ['email']],
      ['a missing respondent', () => [makeResponse('post-bad', (r) => delete r.respondent)], 422, ['respondent']],
      ['JSON that is not an object', () => ['[1,2,3]'], 422, ['(body)']],
      ['a round not in MOR_SURVEYS', () => [makeResponse('not-collected')], 403],
      ['a page on another origin', () => [makeResponse('post-bad'), { Origin: 'https://elsewhere.example' }], 403],
      ['a page with an opaque origin', () => [makeResponse('post-bad'), { Origin: 'null' }], 403],
    ];
    for (const [name, make, status, fields] of refused) {
      it(`answers ${status} to ${name}, with problem details, and stores nothing`, async () => {
        const before = await everything(server.url);
        const [body, headers] = make();
        const answer = await post(server.url, body, headers);
        assert.equal(answer.status, status);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        const problem = await answer.json();
        assert.equal(problem.status, status);
        assert.ok(problem.title && problem.detail, 'title and detail');
        if (fields) {
          assert.deepEqual(problem.fields, fields);
          for (const field of fields) assert.ok(problem.detail.includes(field), `detail names ${field}`);
        }
        assert.deepEqual(await everything(server.url), before);
      });
    }

    it('reads a body sent in chunks, without Content-Length, and refuses one over 64 KiB with 413', async () => {
      const chunked = (text) =>
        fetch(`${server.url}/api/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: new Blob([text]).stream(),
          duplex: 'half',
        });
      const response = makeResponse('post-new');
      assert.equal((await chunked(JSON.stringify(response))).status, 201);
      assert.equal((await chunked(JSON.stringify({ ...makeResponse('post-new'), pad: 'x'.repeat(70_000) }))).status, 413);
      assert.deepEqual((await listRound(server.url, 'post-new')).find((stored) => stored.id === response.id), response);
    });

    it('answers a CORS preflight only for origins in MOR_ALLOWED_ORIGINS', async () => {
      const preflight = (origin, method = 'POST') =>
        fetch(`${server.url}/api/responses`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,idempotency-key,mor-invitation' },
        });
      const allowed = await preflight(INTRANET);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), INTRANET);
      assert.equal(allowed.headers.get('access-control-allow-methods'), 'POST');
      assert.equal(allowed.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key, Mor-Invitation');
      assert.match(allowed.headers.get('vary'), /Origin/);
      assert.equal(allowed.headers.get('access-control-allow-credentials'), null);
      assert.equal((await preflight('https://second.example')).status, 204);
      for (const [origin, method] of [['https://elsewhere.example', 'POST'], [`${INTRANET}.evil.example`, 'POST'], ['null', 'POST'], [INTRANET, 'DELETE']]) {
        const denied = await preflight(origin, method);
        assert.equal(denied.status, 403, `${origin} ${method}`);
        assert.equal(denied.headers.get('access-control-allow-origin'), null);
      }
    });

    it('lets an allowed page post and read the answer, Retry-After included; its own pages post without a list', async () => {
      const response = makeResponse('post-cors');
      const answer = await post(server.url, response, { Origin: INTRANET });
      assert.equal(answer.status, 201);
      assert.equal(answer.headers.get('access-control-allow-origin'), INTRANET);
      assert.equal(answer.headers.get('access-control-expose-headers'), 'Retry-After');
      // An error is readable by the page too, so the respondent sees why.
      const invalid = await post(server.url, makeResponse('post-cors', (r) => (r.answers.health = 9)), { Origin: INTRANET });
      assert.equal(invalid.status, 422);
      assert.equal(invalid.headers.get('access-control-allow-origin'), INTRANET);
      // The hosted page's origin is the receiver's own.
      const own = await post(server.url, makeResponse('post-cors'), { Origin: server.url });
      assert.equal(own.status, 201);
      assert.equal(own.headers.get('access-control-allow-origin'), null);
      assert.equal((await listRound(server.url, 'post-cors')).length, 2);
    });

    it('logs nothing identifying: no address, user agent, cookie or answer text', async () => {
      const secret = `Cllr Secretname ${crypto.randomUUID()}`;
      const response = makeResponse('post-logs', (r) => (r.answers.lastInteraction.workedWell = secret));
      const headers = { 'User-Agent': 'AgentSecret/1.0', Cookie: 'session=CookieSecret', 'X-Forwarded-For': '203.0.113.77' };
      assert.equal((await post(server.url, response, headers)).status, 201);
      assert.equal((await post(server.url, { ...response, answers: {} }, headers)).status, 409);
      await post(server.url, '{"broken', headers);
      const output = server.output();
      for (const text of [secret, 'Secretname', 'AgentSecret', 'CookieSecret', '203.0.113.77', response.id]) {
        assert.ok(!output.includes(text), `the log does not contain ${text}`);
      }
      // No line per request at all: the only line is the one saying where it receives (beside
      // the refused origin of the CORS test above: a site, never a person, at most one line per 10 s).
      const lines = ownLines(output).filter((line) => !/: refused (a page|[\d,]+ more requests from pages) on "/.test(line));
      assert.deepEqual(lines.map((line) => line.replace(/ at .*/, '')), ['mor-survey-server: receiving']);
    });
  });
});
