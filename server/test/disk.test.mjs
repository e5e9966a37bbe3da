// The disk under the SQLite file fails (SPEC §16): it fills up, it turns read-only, a commit
// stalls behind a lock. The process stays up and keeps answering; POSTs and /healthz answer 503
// while commits fail, and /healthz turns 200 again by itself once writing works (its own small
// write, no traffic needed); the log gets a line per kind, not one per request; every 2xx is
// stored exactly once. Real filesystems, mounted for the test (root: CI runs as root).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { freshDatabase } from './support/stores.mjs';
import { startServer } from './support/server.mjs';
import { listRound, makeResponse, post } from './support/responses.mjs';
import { assertDurable, diskFaultsMissing, failingDisk, linesMatching, sleep, smallDisk, waitFor } from './support/faults.mjs';

const health = async (url) => (await fetch(`${url}/healthz`)).status;
const postAll = (url, responses) => Promise.all(responses.map((response) => post(url, response)));
const byId = (responses) => new Map(responses.map((response) => [response.id, response]));

describe('the disk under SQLite failing', { timeout: 180_000 }, () => {
  const cleanup = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('a full disk: 503 for posts and /healthz, one log line, then 200 again by itself once there is room', { skip: diskFaultsMissing() }, async () => {
    const disk = smallDisk('4m');
    cleanup.push(() => disk.unmount());
    const server = await startServer({ MOR_DATA_DIR: disk.dir });
    cleanup.push(() => server.kill());
    const first = Array.from({ length: 10 }, () => makeResponse('full'));
    for (const response of first) assert.equal((await post(server.url, response)).status, 201);

    disk.fill();
    const refused = Array.from({ length: 30 }, () => makeResponse('full'));
    for (const answer of await postAll(server.url, refused)) {
      assert.equal(answer.status, 503);
      assert.match(answer.headers.get('retry-after'), /^\d+$/);
    }
    assert.equal(await health(server.url), 503);
    await sleep(2500);
    assert.equal(await health(server.url), 503, 'its own write fails too');
    assert.equal(linesMatching(server.output(), /could not store a response \(SQLITE_FULL\)/).length, 1, server.output());
    assert.equal(server.child.exitCode, null);

    disk.empty();
    await waitFor(async () => (await health(server.url)) === 200, '/healthz 200 once there is room');
    for (const answer of await postAll(server.url, refused)) assert.equal(answer.status, 201);
    await assertDurable(server.url, 'full', { sent: byId([...first, ...refused]), acked: new Set([...first, ...refused].map((r) => r.id)) });
  });

  it('a disk turned read-only under the open file: 503 for posts and /healthz, and what was acknowledged is there after repair', { skip: diskFaultsMissing({ loop: true }) }, async () => {
    const disk = failingDisk();
    cleanup.push(() => disk.unmount());
    const server = await startServer({ MOR_DATA_DIR: disk.dir });
    cleanup.push(() => server.kill());
    const first = Array.from({ length: 10 }, () => makeResponse('read-only'));
    for (const response of first) assert.equal((await post(server.url, response)).status, 201);
    assert.equal(await health(server.url), 200);

    disk.fail();
    assert.ok(disk.readOnly(), 'the kernel made the filesystem read-only');
    const refused = Array.from({ length: 30 }, () => makeResponse('read-only'));
    for (const answer of await postAll(server.url, refused)) assert.equal(answer.status, 503);
    await sleep(2500);
    assert.equal(await health(server.url), 503, 'its own write fails too');
    assert.equal(linesMatching(server.output(), /could not store a response/).length, 1, server.output());
    assert.equal(server.child.exitCode, null);

    // Writing cannot come back while the file is open on a failed filesystem: the operator
    // stops the receiver, repairs the disk and starts it again.
    assert.equal((await server.stop()).code, 0);
    disk.repair();
    const again = await startServer({ MOR_DATA_DIR: disk.dir });
    cleanup.push(() => again.kill());
    assert.equal(await health(again.url), 200);
    await assertDurable(again.url, 'read-only', { sent: byId([...first, ...refused]), acked: new Set(first.map((r) => r.id)) });
  });

  it('waits at start for a read-only disk, and starts once it is writable', { skip: diskFaultsMissing() }, async () => {
    const disk = smallDisk('4m');
    cleanup.push(() => disk.unmount());
    const before = await startServer({ MOR_DATA_DIR: disk.dir });
    const kept = makeResponse('remounted');
    assert.equal((await post(before.url, kept)).status, 201);
    await before.stop();

    execFileSync('mount', ['-o', 'remount,ro', disk.dir]);
    const starting = startServer({ MOR_DATA_DIR: disk.dir, MOR_START_TIMEOUT: '60' });
    await sleep(2500);
    execFileSync('mount', ['-o', 'remount,rw', disk.dir]);
    const server = await starting;
    cleanup.push(() => server.kill());
    assert.match(server.output(), /waiting for the database \(SQLITE_\w+\)/);
    assert.deepEqual(await listRound(server.url, 'remounted'), [kept]);
    assert.equal((await post(server.url, makeResponse('remounted'))).status, 201);
  });

  it('a commit stalled past MOR_COMMIT_TIMEOUT answers 503 while /healthz keeps answering; retries are stored once; one log line, then the count', async () => {
    const db = await freshDatabase('sqlite');
    const server = await startServer({ DATABASE_URL: db.url, MOR_COMMIT_TIMEOUT: '1' });
    cleanup.push(() => server.kill());
    const first = makeResponse('stalled');
    assert.equal((await post(server.url, first)).status, 201);

    // Another program holds the write lock: the receiver's commit waits, off the event loop.
    const other = new DatabaseSync(db.path);
    other.exec('BEGIN IMMEDIATE');
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      other.exec('ROLLBACK');
      other.close();
    };
    cleanup.push(release);
    const stalled = Array.from({ length: 20 }, () => makeResponse('stalled'));
    for (const answer of await postAll(server.url, stalled)) {
      assert.equal(answer.status, 503);
      assert.match(answer.headers.get('retry-after'), /^\d+$/);
    }
    // Still stalled, the server answers: /healthz says it cannot write.
    assert.equal(await health(server.url), 503);
    release();

    await waitFor(async () => (await health(server.url)) === 200, '/healthz 200 once the lock is gone');
    // The batch already handed to SQLite was committed after its requests were answered 503:
    // those retries are duplicates; the ones still queued were dropped, and are stored now.
    const retries = await postAll(server.url, stalled);
    const statuses = retries.map((answer) => answer.status);
    assert.deepEqual([...new Set(statuses)].filter((status) => status !== 200 && status !== 201), []);
    assert.ok(statuses.includes(200), 'a commit that outlasted its requests still counted: its retries are duplicates');
    await assertDurable(server.url, 'stalled', { sent: byId([first, ...stalled]), acked: new Set([first, ...stalled].map((r) => r.id)) });

    // Twenty failures: one line at once, then one line with the count when the 10 s are up.
    const lines = () => linesMatching(server.output(), /could not store a response/);
    assert.equal(lines()[0], 'mor-survey-server: could not store a response (COMMIT_TIMEOUT)');
    await waitFor(() => lines().length === 2, 'the line counting the others', 15_000);
    assert.equal(lines()[1], 'mor-survey-server: could not store a response (COMMIT_TIMEOUT): 19 more times in the last 10 s');
    await db.drop();
  });
});
