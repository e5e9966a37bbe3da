// Stopping (SPEC §16): on SIGTERM or SIGINT the receiver stops taking connections, answers what
// it has accepted (commits included), closes idle keep-alive connections and exits 0 within
// 10 s — even while clients keep posting over keep-alive connections. What it acknowledged is
// there after a restart, exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { forEachStore, freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { assertDurable, keepPosting, waitFor } from './support/faults.mjs';

/** The child's exit, or 'still running' after the SPEC's 10 s and generous slack for a busy machine. */
const exitWithin = (server, ms) => Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), ms))]);

forEachStore('stopping', (kind) => {
  describe(`stopping on ${kind}`, { timeout: 120_000 }, () => {
    for (const signal of ['SIGTERM', 'SIGINT']) {
      it(`exits 0 on ${signal} while keep-alive clients keep posting, and keeps what it acknowledged`, async (t) => {
        const db = await freshDatabase(kind);
        const server = await startServer({ DATABASE_URL: db.url });
        // An idle keep-alive connection, as a browser leaves one: it must not hold the stop.
        const idle = connect(Number(new URL(server.url).port), '127.0.0.1');
        await new Promise((resolve) => idle.once('connect', resolve));
        let idleClosed = false;
        idle.on('error', () => {});
        idle.on('close', () => (idleClosed = true));
        idle.resume();
        const load = keepPosting(server.url, `stop-${signal}`, 16);
        try {
          await waitFor(() => load.acked.size >= 200, 'posts acknowledged before the stop');
          const asked = Date.now();
          server.child.kill(signal);
          const exit = await exitWithin(server, 25_000);
          t.diagnostic(`exited ${Date.now() - asked} ms after ${signal}, under load`);
          assert.deepEqual(exit, { code: 0, signal: null }, server.output());
          assert.match(server.output(), /stopping/);
          assert.ok(idleClosed, 'the idle connection was closed');
        } finally {
          await load.stop();
          idle.destroy();
          await server.kill();
        }
        const again = await startServer({ DATABASE_URL: db.url });
        try {
          await assertDurable(again.url, `stop-${signal}`, load);
        } finally {
          await again.stop();
          await db.drop();
        }
      });
    }
  });
});
