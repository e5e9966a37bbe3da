// `npm run bench:faults`: how fast the receiver comes back from faults made on purpose (SPEC §16),
// measured, not asserted (the tests assert only the SPEC's bounds, with slack):
//   - PostgreSQL refusing connections for 3 s under load, then allowing them: ms from "allowed"
//     to the next acknowledged post and to /healthz 200 (the SPEC: within 5 s);
//   - PostgreSQL ending the receiver's sessions under load: ms to the next acknowledged post;
//   - SQLite on a full disk (root only: a tmpfs): ms from "space freed" to /healthz 200;
//   - SIGTERM under keep-alive load, on each store: ms to exit (the SPEC: within 10 s).
// MOR_BENCH_REPEAT rounds (default 3). PostgreSQL from MOR_BENCH_DATABASE_URL or
// MOR_TEST_DATABASE_URL (a database of its own is made and dropped).
process.env.MOR_TEST_DATABASE_URL = process.env.MOR_BENCH_DATABASE_URL || process.env.MOR_TEST_DATABASE_URL || '';
const { freshDatabase, postgresAvailable } = await import('../test/support/stores.mjs');
const { startServer } = await import('../test/support/server.mjs');
const { isRoot, keepPosting, ownPostgresDatabase, sleep, smallDisk, waitFor } = await import('../test/support/faults.mjs');

const REPEAT = Number(process.env.MOR_BENCH_REPEAT ?? 3);
const rows = [];
const record = (fault, ms) => rows.push({ fault, ms });

/** ms from `since` until `check()` holds, checking every 20 ms. */
async function until(since, check, what) {
  while (!(await check())) {
    if (Date.now() - since > 60_000) throw new Error(`${what}: not within 60 s`);
    await sleep(20);
  }
  return Date.now() - since;
}
const healthy = async (url) => (await fetch(`${url}/healthz`)).status === 200;

async function postgresOutage() {
  const db = await ownPostgresDatabase();
  const server = await startServer({ DATABASE_URL: db.url });
  const load = keepPosting(server.url, 'outage', 16);
  try {
    await waitFor(() => load.acked.size >= 200, 'load running');
    await db.block();
    await sleep(3000);
    await db.allow();
    const allowed = Date.now();
    const before = load.acked.size;
    const [post, health] = await Promise.all([
      until(allowed, () => load.acked.size > before, 'a post acknowledged'),
      until(allowed, () => healthy(server.url), '/healthz 200'),
    ]);
    record('PostgreSQL refused connections for 3 s: next 2xx after allowed', post);
    record('PostgreSQL refused connections for 3 s: /healthz 200 after allowed', health);

    const ended = Date.now();
    const beforeEnd = load.acked.size;
    await db.terminate();
    record('PostgreSQL ended its sessions under load: next 2xx', await until(ended, () => load.acked.size > beforeEnd, 'a post acknowledged'));
  } finally {
    await load.stop();
    await server.kill();
    await db.drop();
  }
}

async function fullDisk() {
  const disk = smallDisk('4m');
  const server = await startServer({ MOR_DATA_DIR: disk.dir });
  try {
    const load = keepPosting(server.url, 'full', 4);
    await waitFor(() => load.acked.size >= 20, 'load running');
    await load.stop();
    disk.fill();
    await waitFor(async () => !(await healthy(server.url)), '/healthz 503');
    disk.empty();
    const freed = Date.now();
    record('SQLite disk full: /healthz 200 after space freed (no other traffic)', await until(freed, () => healthy(server.url), '/healthz 200'));
  } finally {
    await server.kill();
    disk.unmount();
  }
}

async function stopUnderLoad(kind) {
  const db = await freshDatabase(kind);
  const server = await startServer({ DATABASE_URL: db.url });
  const load = keepPosting(server.url, 'stop', 32);
  try {
    await waitFor(() => load.acked.size >= 500, 'load running');
    const asked = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    record(`SIGTERM under keep-alive load (32 clients), ${kind}: exit ${code} after`, Date.now() - asked);
  } finally {
    await load.stop();
    await server.kill();
    await db.drop();
  }
}

console.log(`mor-survey-server fault bench: ${REPEAT} rounds`);
for (let round = 0; round < REPEAT; round++) {
  if (postgresAvailable()) await postgresOutage();
  if (isRoot()) await fullDisk();
  for (const kind of postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite']) await stopUnderLoad(kind);
}
if (!postgresAvailable()) console.log('postgres: skipped (set MOR_BENCH_DATABASE_URL or MOR_TEST_DATABASE_URL)');
if (!isRoot()) console.log('full disk: skipped (mounting a tmpfs needs root)');
const byFault = new Map();
for (const { fault, ms } of rows) byFault.set(fault, [...(byFault.get(fault) ?? []), ms]);
console.table([...byFault].map(([fault, times]) => ({ fault, 'ms (each round)': times.join(', '), 'worst ms': Math.max(...times) })));
