// Overload (SPEC §12): never an unbounded queue. While the database cannot take writes, at most
// MOR_MAX_PENDING responses wait for it and every other one is answered 503 with Retry-After
// at once; when it can again, those waiting are stored. The lock is really held, from this
// process, on the real database; nothing is timed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { listRound, makeResponse, post } from './support/responses.mjs';

/** Takes the database's write lock as another program would; resolves with its release. */
async function holdWriteLock(db) {
  if (db.kind === 'sqlite') {
    const other = new DatabaseSync(db.path);
    other.exec('BEGIN IMMEDIATE');
    return async () => {
      other.exec('ROLLBACK');
      other.close();
    };
  }
  const other = new pg.Client({ connectionString: db.url });
  await other.connect();
  await other.query('BEGIN');
  await other.query('LOCK TABLE mor_responses IN EXCLUSIVE MODE');
  return async () => {
    await other.query('ROLLBACK');
    await other.end();
  };
}

forEachStore('overload', (kind) => {
  describe(`overload on ${kind}`, () => {
    let server;
    let db;
    before(async () => {
      db = await freshDatabase(kind);
      // More sockets than the default MOR_MAX_CONNECTIONS may open here: this is the queue's limit
      // under test (the connections' limit is slow-clients.test.mjs's).
      server = await startServer({ DATABASE_URL: db.url, MOR_MAX_PENDING: '4', MOR_MAX_CONNECTIONS: '5000' });
    });
    after(async () => {
      await server?.stop();
      await db?.drop();
    });

    it('answers 503 with Retry-After beyond MOR_MAX_PENDING while the database is locked, then stores those that waited', async () => {
      const release = await holdWriteLock(db);
      const responses = Array.from({ length: 9 }, () => makeResponse('overload'));
      const answered = [];
      const sent = responses.map(async (response) => {
        const answer = await post(server.url, response);
        answered.push(answer.status);
        return { response, answer, body: await answer.json() };
      });
      // Only refusals can come back while the lock is held: wait for five of them.
      while (answered.length < 5) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.deepEqual(answered, [503, 503, 503, 503, 503]);
      await release();
      const outcomes = await Promise.all(sent);
      const refused = outcomes.filter(({ answer }) => answer.status === 503);
      const stored = outcomes.filter(({ answer }) => answer.status === 201);
      assert.equal(refused.length, 5);
      assert.equal(stored.length, 4);
      for (const { answer, body } of refused) {
        assert.match(answer.headers.get('retry-after'), /^\d+$/);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        assert.equal(body.status, 503);
      }
      const kept = await listRound(server.url, 'overload');
      assert.deepEqual(new Set(kept.map((r) => r.id)), new Set(stored.map(({ response }) => response.id)));
    });

    it('answers thousands of concurrent posts with 201 or 503 only, stores each 201 once and stays up', { timeout: 120_000 }, async () => {
      const responses = Array.from({ length: 2000 }, () => makeResponse('flood'));
      const statuses = await Promise.all(responses.map(async (response) => (await post(server.url, response)).status));
      assert.deepEqual([...new Set(statuses)].filter((status) => status !== 201 && status !== 503), []);
      const accepted = responses.filter((_, i) => statuses[i] === 201).map((r) => r.id);
      const kept = (await listRound(server.url, 'flood')).map((r) => r.id);
      assert.equal(kept.length, accepted.length);
      assert.deepEqual(new Set(kept), new Set(accepted));
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    });
  });
});
