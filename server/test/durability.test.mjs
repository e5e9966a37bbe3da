// Durability (SPEC §12): a 2xx only after commit, so `kill -9` at any moment loses no response
// that was acknowledged and keeps none twice; a deleted round stays deleted; two receivers on
// one PostgreSQL store each response once. Real processes, real databases, real signals.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forEachStore, freshDatabase, postgresAvailable, POSTGRES_REQUIRED } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { admin, listRound, makeResponse, post, sendAll } from './support/responses.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

forEachStore('durability', (kind) => {
  describe(`durability on ${kind}`, () => {
    const cleanup = [];
    after(async () => {
      for (const step of cleanup.reverse()) await step();
    });
    const database = async () => {
      const db = await freshDatabase(kind);
      cleanup.push(() => db.drop());
      return db;
    };
    const start = async (db) => {
      const server = await startServer({ DATABASE_URL: db.url });
      cleanup.push(() => server.kill());
      return server;
    };

    it('keeps every acknowledged response exactly once after kill -9 during concurrent posts', { timeout: 120_000 }, async () => {
      const db = await database();
      const first = await start(db);
      const responses = Array.from({ length: 3000 }, () => makeResponse('crash'));
      const acknowledged = new Set();
      const sending = sendAll(responses, 32, async (response) => {
        const answer = await post(first.url, response);
        if (answer.status === 201 || answer.status === 200) acknowledged.add(response.id);
        return answer.status;
      });
      while (acknowledged.size < 300) await sleep(2);
      const { signal } = await first.kill();
      assert.equal(signal, 'SIGKILL');
      const outcomes = await sending;
      assert.ok(outcomes.some((outcome) => outcome.error), 'requests were in flight when the process died');
      const acked = new Set(acknowledged);

      const second = await start(db);
      const stored = await listRound(second.url, 'crash');
      const ids = stored.map((response) => response.id);
      assert.equal(new Set(ids).size, ids.length, 'no response is stored twice');
      for (const id of acked) assert.ok(ids.includes(id), `acknowledged ${id} is stored`);
      const sent = new Map(responses.map((response) => [response.id, response]));
      for (const response of stored) assert.deepEqual(response, sent.get(response.id), 'stored as sent');

      // The survey's outbox sends again whatever it did not see acknowledged: each is kept once.
      const retries = await sendAll(responses, 32, async (response) => (await post(second.url, response)).status);
      assert.ok(retries.every((status) => status === 200 || status === 201), `retries: ${[...new Set(retries)]}`);
      assert.equal(retries.filter((status) => status === 200).length, ids.length);
      const final = await listRound(second.url, 'crash');
      assert.equal(final.length, responses.length);
      assert.equal(new Set(final.map((response) => response.id)).size, responses.length);
    });

    it('deletes a round for good: still gone after kill -9 and a restart', async () => {
      const db = await database();
      const first = await start(db);
      for (const survey of ['gone', 'gone', 'gone', 'kept', 'kept']) assert.equal((await post(first.url, makeResponse(survey))).status, 201);
      const answer = await admin(first.url, '/api/responses?survey=gone', { method: 'DELETE' });
      assert.deepEqual(await answer.json(), { deleted: 3 });
      await first.kill();
      const second = await start(db);
      assert.deepEqual(await listRound(second.url, 'gone'), []);
      assert.equal((await listRound(second.url, 'kept')).length, 2);
      const rounds = await (await admin(second.url, '/api/surveys')).json();
      assert.deepEqual(rounds.map((round) => round.survey), ['kept']);
    });
  });
});

describe('two receivers on one PostgreSQL', { skip: !postgresAvailable() && !POSTGRES_REQUIRED && 'MOR_TEST_DATABASE_URL is not set' }, () => {
  it('store each response once when both receive it at the same moment', { timeout: 120_000 }, async () => {
    assert.ok(postgresAvailable(), 'MOR_TEST_DATABASE_URL is set (MOR_REQUIRE_POSTGRES=1)');
    const db = await freshDatabase('postgres');
    // Started together on an empty database: they also race to migrate it.
    const servers = await Promise.all([startServer({ DATABASE_URL: db.url }), startServer({ DATABASE_URL: db.url })]);
    try {
      const responses = Array.from({ length: 400 }, () => makeResponse('twins'));
      const outcomes = await sendAll(responses, 16, async (response) => {
        const answers = await Promise.all(servers.map((server) => post(server.url, response)));
        return answers.map((answer) => answer.status).sort();
      });
      for (const outcome of outcomes) assert.deepEqual(outcome, [200, 201]);
      for (const server of servers) {
        const stored = await listRound(server.url, 'twins');
        assert.equal(stored.length, responses.length);
        assert.equal(new Set(stored.map((response) => response.id)).size, responses.length);
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await db.drop();
    }
  });
});
