// The database goes away (SPEC §16): PostgreSQL ending the receiver's sessions under load (a
// restart, a failover, a DBA), refusing connections and allowing them again, and not there yet
// at start. The process never crashes; while it cannot commit, POSTs and /healthz answer 503
// with Retry-After; it recovers by itself; every 2xx is stored exactly once. Each test has a
// database of its own, so refusing connections touches nothing else on the shared server.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { postgresAvailable, POSTGRES_REQUIRED } from './support/stores.mjs';
import { ADMIN_TOKEN, runToExit, startServer } from './support/server.mjs';
import { makeResponse, post } from './support/responses.mjs';
import { assertDurable, keepPosting, linesMatching, ownPostgresDatabase, sleep, waitFor } from './support/faults.mjs';

const skip = !postgresAvailable() && !POSTGRES_REQUIRED && 'MOR_TEST_DATABASE_URL is not set';

describe('PostgreSQL going away', { skip, timeout: 180_000 }, () => {
  const withDatabase = async (work) => {
    assert.ok(postgresAvailable(), 'MOR_TEST_DATABASE_URL is set (MOR_REQUIRE_POSTGRES=1)');
    const db = await ownPostgresDatabase();
    const servers = [];
    try {
      await work(db, async (env = {}) => {
        const server = await startServer({ DATABASE_URL: db.url, ...env });
        servers.push(server);
        return server;
      });
    } finally {
      for (const server of servers) await server.kill();
      await db.drop();
    }
  };

  it('survives its sessions being ended under load, and every 2xx is stored exactly once', async (t) => {
    await withDatabase(async (db, start) => {
      const server = await start();
      const load = keepPosting(server.url, 'ended', 16);
      try {
        await waitFor(() => load.acked.size >= 100, 'posts acknowledged before the fault');
        let ended = 0;
        for (let i = 0; i < 5; i++) {
          ended += await db.terminate();
          await sleep(150);
        }
        assert.ok(ended > 0, 'the receiver had sessions to end');
        // Recovery by itself: acknowledgements go on after the last session was ended.
        const before = load.acked.size;
        await waitFor(() => load.acked.size >= before + 100, 'posts acknowledged after the fault');
      } finally {
        await load.stop();
      }

      assert.equal(server.child.exitCode, null, `still running:\n${server.output()}`);
      assert.deepEqual([...new Set(load.statuses)].filter((status) => ![200, 201, 503].includes(status)), []);
      for (const retryAfter of load.refusals) assert.match(retryAfter ?? '', /^\d+$/, '503 carries Retry-After');
      assert.equal(load.errors, 0, 'no request was left without an answer');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      await assertDurable(server.url, 'ended', load);
      t.diagnostic(`${load.acked.size} acknowledged, ${load.refusals.length} answered 503 while sessions were ended`);
    });
  });

  it('answers 503 while connections are refused, and recovers by itself once they are allowed', async (t) => {
    await withDatabase(async (db, start) => {
      const server = await start();
      const first = Array.from({ length: 5 }, () => makeResponse('refused'));
      for (const response of first) assert.equal((await post(server.url, response)).status, 201);

      await db.block();
      const refused = Array.from({ length: 40 }, () => makeResponse('refused'));
      const answers = await Promise.all(refused.map((response) => post(server.url, response)));
      for (const answer of answers) {
        assert.equal(answer.status, 503);
        assert.match(answer.headers.get('retry-after'), /^\d+$/);
      }
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 503);
      assert.match(health.headers.get('retry-after'), /^\d+$/);
      assert.deepEqual(await health.json(), {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The responses database cannot be written to now.',
        ok: false,
        storage: 'postgres',
      });
      // Forty failures, one line at once; the rest are counted for a line 10 s on.
      assert.equal(linesMatching(server.output(), /could not store a response/).length, 1, server.output());

      await db.allow();
      // No traffic but the health checks: the receiver's own write finds the database back.
      const allowed = Date.now();
      await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 200, '/healthz 200 again', 15_000);
      const recovered = Date.now() - allowed;
      for (const response of refused) assert.equal((await post(server.url, response)).status, 201);
      const acked = new Set([...first, ...refused].map((response) => response.id));
      await assertDurable(server.url, 'refused', { sent: new Map([...first, ...refused].map((r) => [r.id, r])), acked });
      assert.equal(server.child.exitCode, null);
      t.diagnostic(`/healthz 200 again ${recovered} ms after connections were allowed`);
    });
  });

  it('waits at start for a database that refuses connections, and starts once it allows them', async () => {
    await withDatabase(async (db, start) => {
      await db.block();
      const starting = start({ MOR_START_TIMEOUT: '60' });
      await sleep(2500);
      await db.allow();
      const server = await starting;
      assert.match(server.output(), /waiting for the database \(55000 database "mor_o_\w+" is not currently accepting connections\)/);
      assert.equal((await post(server.url, makeResponse('late'))).status, 201);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    });
  });

  it('gives up at start after MOR_START_TIMEOUT, saying why', async () => {
    await withDatabase(async (db) => {
      await db.block();
      const { code, output } = await runToExit({ DATABASE_URL: db.url, MOR_START_TIMEOUT: '2', MOR_ADMIN_TOKEN: ADMIN_TOKEN });
      assert.equal(code, 1);
      assert.match(
        output,
        /could not open the database: it did not answer within 2 s \(55000 database "mor_o_\w+" is not currently accepting connections\); MOR_START_TIMEOUT sets how long to wait/,
      );
    });
  });
});
