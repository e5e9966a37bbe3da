// `npm run bench:server`: the receiver under load (a bench, not a test; SPEC §12, issue 12).
// For SQLite and PostgreSQL, the built `mor-survey-server` as a child process, autocannon
// posting a new valid response per request: accepted responses per second and p50 / p99
// latency at 32 and 256 connections, then the server's memory once 100,000 are stored.
// Client and server share the machine, so the figures are a floor for the server alone.
//
// PostgreSQL: MOR_BENCH_DATABASE_URL, else MOR_TEST_DATABASE_URL (a schema of its own is made
// and dropped); without either, only SQLite runs. MOR_BENCH_SECONDS sets each run's length.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

process.env.MOR_TEST_DATABASE_URL = process.env.MOR_BENCH_DATABASE_URL || process.env.MOR_TEST_DATABASE_URL || '';
const { freshDatabase, postgresAvailable } = await import('../node/support/stores.mjs');
const { startServer, ADMIN_TOKEN } = await import('../node/support/server.mjs');
const { specExample } = await import('../fixtures/spec-example.mjs');

const SECONDS = Number(process.env.MOR_BENCH_SECONDS ?? 10);
const FILL_TO = 100_000;

const template = JSON.stringify({ ...specExample, survey: 'bench', id: '00000000-0000-4000-8000-000000000000' });
const request = {
  method: 'POST',
  path: '/api/responses',
  setupRequest(req) {
    const id = crypto.randomUUID();
    return {
      ...req,
      headers: { 'content-type': 'application/json', 'idempotency-key': id },
      body: template.replace('00000000-0000-4000-8000-000000000000', id),
    };
  },
};

const load = (url, options) => autocannon({ url, requests: [request], ...options });
const residentMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function stored(url) {
  const rounds = await (await fetch(`${url}/api/surveys`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
  return rounds.reduce((sum, round) => sum + round.responses, 0);
}

async function bench(kind) {
  const db = await freshDatabase(kind);
  const server = await startServer({ DATABASE_URL: db.url });
  const rows = [];
  try {
    await load(server.url, { connections: 16, duration: 2 }); // warm up
    for (const connections of [32, 256]) {
      const result = await load(server.url, { connections, duration: SECONDS });
      rows.push({
        store: kind,
        connections,
        'accepted/s': Math.round(result['2xx'] / SECONDS),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'other answers': result.non2xx + result.errors + result.timeouts,
      });
    }
    const missing = FILL_TO - (await stored(server.url));
    if (missing > 0) await load(server.url, { connections: 64, amount: missing });
    const count = await stored(server.url);
    const loaded = residentMb(server.child.pid);
    await server.stop();
    // The same database in a new process: what the stored responses themselves cost in memory
    // (nothing is kept per response). The loaded figure is mostly V8 collecting lazily.
    const fresh = await startServer({ DATABASE_URL: db.url });
    await load(fresh.url, { connections: 32, amount: 1000 });
    const restarted = residentMb(fresh.child.pid);
    await fresh.stop();
    console.table(rows);
    console.log(
      `${kind}: ${count.toLocaleString('en-GB')} responses stored; resident memory ${loaded.toFixed(0)} MB in the process that stored them, ` +
        `${restarted.toFixed(0)} MB in a new process on the same database after 1,000 more`,
    );
  } finally {
    await server.stop();
    await db.drop();
  }
}

console.log(`mor-survey-server bench: ${SECONDS} s per run, client and server on this ${(await import('node:os')).availableParallelism()}-core machine`);
await bench('sqlite');
if (postgresAvailable()) await bench('postgres');
else console.log('postgres: skipped (set MOR_BENCH_DATABASE_URL or MOR_TEST_DATABASE_URL)');
