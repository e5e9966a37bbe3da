// Faults made on purpose for the "staying up" tests (SPEC §16), each real and each touching only
// the receiver under test: a PostgreSQL database of its own whose connections can be refused and
// killed (never the shared cluster), small filesystems that fill up or fail read-only, and load
// that keeps posting over keep-alive connections while the fault happens.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { listRound, makeResponse, post } from './responses.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check()` is truthy (with its value); fails saying `what` after `ms`. */
export async function waitFor(check, what, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) assert.fail(`${what}: not within ${ms / 1000} s`);
    await sleep(100);
  }
}

/** Lines of the server's output matching `pattern`. */
export const linesMatching = (output, pattern) => output.split('\n').filter((line) => pattern.test(line));

export const isRoot = () => process.getuid?.() === 0;

/**
 * A PostgreSQL database of this test's own on the server of MOR_TEST_DATABASE_URL, so refusing
 * its connections touches no other test: `{ kind, url, name, block(), allow(), terminate(), drop() }`.
 */
export async function ownPostgresDatabase() {
  const server = process.env.MOR_TEST_DATABASE_URL;
  const name = `mor_o_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  /** Ends every session on the database but this one: what a restart or a DBA does to the receiver. */
  const terminate = async () => {
    const { rows } = await admin.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    return rows[0].n;
  };
  return {
    kind: 'postgres',
    name,
    url: url.toString(),
    terminate,
    /** Refuses new connections (55000) and ends the open ones: the database is gone for the receiver. */
    async block() {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await terminate();
    },
    async allow() {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Mounts a filesystem on a new folder; `unmount()` removes both. */
function mounted(args) {
  const dir = mkdtempSync(join(tmpdir(), 'mor-disk-'));
  execFileSync('mount', [...args, dir]);
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tmpfs of `size` (e.g. '4m') that can be filled to the last byte and emptied again. */
export function smallDisk(size) {
  const disk = mounted(['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs']);
  const filler = join(disk.dir, 'filler');
  return {
    ...disk,
    /** Writes a file until the filesystem says it is full. */
    fill() {
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (let size = chunk.length; size >= 1; ) {
          try {
            writeSync(fd, chunk, 0, size);
          } catch (error) {
            if (error.code !== 'ENOSPC') throw error;
            size = Math.floor(size / 2);
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    empty() {
      rmSync(filler, { force: true });
    },
  };
}

/**
 * An ext4 filesystem on a loop device, mounted `errors=remount-ro`: `fail()` raises an ext4
 * error through sysfs, so the kernel turns it read-only under the open files, as it does on a
 * real disk error (a tmpfs cannot be made read-only while files are open for writing).
 * `repair()` unmounts, checks and mounts it again, writable.
 */
export function failingDisk() {
  const image = join(mkdtempSync(join(tmpdir(), 'mor-image-')), 'disk.img');
  execFileSync('truncate', ['-s', '16M', image]);
  execFileSync('mkfs.ext4', ['-q', '-F', image]);
  let disk = mounted(['-o', 'loop,errors=remount-ro', image]);
  const options = () => execFileSync('findmnt', ['-n', '-o', 'OPTIONS', disk.dir]).toString();
  return {
    get dir() {
      return disk.dir;
    },
    readOnly: () => /(^|,)ro(,|$)|emergency_ro/.test(options()),
    fail() {
      const device = basename(execFileSync('findmnt', ['-n', '-o', 'SOURCE', disk.dir]).toString().trim());
      writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, '1');
    },
    repair() {
      const dir = disk.dir;
      execFileSync('umount', [dir]);
      // e2fsck exits 1 when it fixed something: that is the point.
      try {
        execFileSync('e2fsck', ['-f', '-y', image], { stdio: 'ignore' });
      } catch (error) {
        if (error.status > 1) throw error;
      }
      execFileSync('mount', ['-o', 'loop,errors=remount-ro', image, dir]);
    },
    unmount() {
      disk.unmount();
      rmSync(join(image, '..'), { recursive: true, force: true });
    },
  };
}

/** Why a disk test cannot run here, or undefined: tmpfs and loop devices need root. */
export function diskFaultsMissing({ loop = false } = {}) {
  if (!isRoot()) return 'mounting filesystems needs root (CI runs as root)';
  const ext4 = existsSync('/dev/loop-control') && existsSync('/sys/fs/ext4') && ['/sbin/mkfs.ext4', '/usr/sbin/mkfs.ext4'].some((path) => existsSync(path));
  if (loop && !ext4) return 'no loop devices, ext4 or mkfs.ext4 here';
  return undefined;
}

/**
 * Keeps `concurrency` clients posting new responses to `survey` until `stop()`, each over its
 * own keep-alive connection (fetch reuses them). What was sent and what was acknowledged (2xx)
 * is kept, for the durability check.
 */
export function keepPosting(url, survey, concurrency = 16) {
  const sent = new Map();
  const acked = new Set();
  const statuses = [];
  const refusals = [];
  let errors = 0;
  let running = true;
  const client = async () => {
    while (running) {
      const response = makeResponse(survey);
      sent.set(response.id, response);
      try {
        const answer = await post(url, response);
        statuses.push(answer.status);
        if (answer.status === 200 || answer.status === 201) acked.add(response.id);
        if (answer.status === 503) refusals.push(answer.headers.get('retry-after'));
        await answer.arrayBuffer();
      } catch {
        // The server went away (stopped, restarting): what was not acknowledged is sent again later.
        errors += 1;
        await sleep(100);
      }
    }
  };
  const clients = Array.from({ length: concurrency }, client);
  return {
    sent,
    acked,
    statuses,
    refusals,
    get errors() {
      return errors;
    },
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

/**
 * The durability check (SPEC §12, §16): every acknowledged response of `survey` is stored exactly
 * once, as it was sent, and nothing stored was not sent. Then the outbox's retry: everything not
 * acknowledged is sent again and answered 200 or 201, and the round holds each response once.
 */
export async function assertDurable(url, survey, { sent, acked }) {
  const stored = await listRound(url, survey);
  const ids = stored.map((response) => response.id);
  assert.equal(new Set(ids).size, ids.length, 'no response is stored twice');
  for (const id of acked) assert.ok(ids.includes(id), `acknowledged ${id} is stored`);
  for (const response of stored) assert.deepEqual(response, sent.get(response.id), 'stored as sent');
  const retried = [...sent.values()].filter((response) => !acked.has(response.id));
  for (const response of retried) {
    const answer = await post(url, response);
    assert.ok([200, 201].includes(answer.status), `retry answered ${answer.status}`);
  }
  const final = await listRound(url, survey);
  assert.equal(final.length, sent.size);
  assert.equal(new Set(final.map((response) => response.id)).size, sent.size);
}
