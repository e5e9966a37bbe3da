// `npm run bench:server`: the receiver under load (a bench, not a test; SPEC §12, issue 12).
// For SQLite and PostgreSQL, the built `mor-survey-server` as a child process, autocannon
// posting a new valid response per request: accepted responses per second and p50 / p99
// latency at 32 and 256 connections, then the server's memory once 100,000 are stored.
// Client and server share the machine, so the figures are a floor for the server alone.
//
// `--against <path to another build's cli.js>` (repeatable) measures that build too, in the
// same run, alternating with this one (`MOR_BENCH_REPEAT` rounds, default 1), so a change is
// compared under the same load: e.g. a worktree of main built before the change.
//
// PostgreSQL: MOR_BENCH_DATABASE_URL, else MOR_TEST_DATABASE_URL (a schema of its own is made
// and dropped); without either, only SQLite runs. MOR_BENCH_SECONDS sets each run's length.
//
// `--invited` (issue 18) adds this build with an invited round (SPEC §15), each request carrying
// a new single-use code made by the `invite` command, beside the builds without rounds: SQLite,
// 32 connections, no filling. Compare with `--against` a build of main to see what checking a
// code costs.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

process.env.MOR_TEST_DATABASE_URL = process.env.MOR_BENCH_DATABASE_URL || process.env.MOR_TEST_DATABASE_URL || '';
const { freshDatabase, postgresAvailable } = await import('../test/support/stores.mjs');
const { startServer, ADMIN_TOKEN } = await import('../test/support/server.mjs');
const { specExample } = await import('../../test/fixtures/spec-example.mjs');

const SECONDS = Number(process.env.MOR_BENCH_SECONDS ?? 10);
const REPEAT = Number(process.env.MOR_BENCH_REPEAT ?? 1);
const FILL_TO = 100_000;
const { values: args } = parseArgs({ options: { against: { type: 'string', multiple: true, default: [] }, invited: { type: 'boolean', default: false } } });
const BUILDS = [
  ...(args.invited ? [{ label: 'this build, invited round', invited: true }] : []),
  { label: 'this build' },
  ...args.against.map((cli) => ({ label: cli, cli })),
];
const CONNECTIONS = args.invited ? [32] : [32, 256];
/** Codes made for an invited run: more than 12 s at 32 connections can use on this machine. */
const CODES = 300_000;

const template = JSON.stringify({ ...specExample, survey: 'bench', id: '00000000-0000-4000-8000-000000000000' });
/** A request with a new response; with `codes`, each carries the next one as Mor-Invitation. */
const requestOf = (codes) => ({
  method: 'POST',
  path: '/api/responses',
  setupRequest(req) {
    const id = crypto.randomUUID();
    return {
      ...req,
      headers: { 'content-type': 'application/json', 'idempotency-key': id, ...(codes && { 'mor-invitation': codes.pop() }) },
      body: template.replace('00000000-0000-4000-8000-000000000000', id),
    };
  },
});

const load = (url, options, codes) => autocannon({ url, requests: [requestOf(codes)], ...options });

/** The environment of an invited round `bench` open now, and its Officers' codes (the template's respondent). */
async function invitedRound(db) {
  const { INVITATION_KEY, inviteWithCommand, roundIn, writeRounds } = await import('../test/support/rounds.mjs');
  const env = { DATABASE_URL: db.url, MOR_ROUNDS: writeRounds({ bench: roundIn('open', 'invited') }), MOR_INVITATION_KEY: INVITATION_KEY };
  // Several runs of the command: it makes at most 100,000 at a time.
  const codes = [];
  for (let made = 0; made < CODES; made += 100_000) codes.push(...(await inviteWithCommand(env, 'bench', { officers: 100_000 })).map((row) => row.code));
  return { env, codes };
}
const residentMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
/**
 * CPU time the server process (every thread) has used, in ms: user + system from /proc. Per
 * response stored it is much steadier than throughput on a machine that is busy with other work.
 */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};

async function stored(url) {
  const rounds = await (await fetch(`${url}/api/surveys`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
  return rounds.reduce((sum, round) => sum + round.responses, 0);
}

async function bench(kind, build, rows) {
  const db = await freshDatabase(kind);
  const invited = build.invited ? await invitedRound(db) : undefined;
  const server = await startServer(invited?.env ?? { DATABASE_URL: db.url }, { cli: build.cli });
  try {
    await load(server.url, { connections: 16, duration: 2 }, invited?.codes); // warm up
    for (const connections of CONNECTIONS) {
      const cpuBefore = cpuMs(server.child.pid);
      const result = await load(server.url, { connections, duration: SECONDS }, invited?.codes);
      const cpu = cpuMs(server.child.pid) - cpuBefore;
      rows.push({
        build: build.label,
        store: kind,
        connections,
        'accepted/s': Math.round(result['2xx'] / SECONDS),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'server CPU ms per 1,000': Math.round((cpu / Math.max(result['2xx'], 1)) * 1000),
        'other answers': result.non2xx + result.errors + result.timeouts,
      });
    }
    if (args.invited) return;
    const missing = FILL_TO - (await stored(server.url));
    if (missing > 0) await load(server.url, { connections: 64, amount: missing });
    const count = await stored(server.url);
    const loaded = residentMb(server.child.pid);
    await server.stop();
    // The same database in a new process: what the stored responses themselves cost in memory
    // (nothing is kept per response). The loaded figure is mostly V8 collecting lazily.
    const fresh = await startServer({ DATABASE_URL: db.url }, { cli: build.cli });
    await load(fresh.url, { connections: 32, amount: 1000 });
    const restarted = residentMb(fresh.child.pid);
    await fresh.stop();
    console.log(
      `${build.label}, ${kind}: ${count.toLocaleString('en-GB')} responses stored; resident memory ${loaded.toFixed(0)} MB in the process that stored them, ` +
        `${restarted.toFixed(0)} MB in a new process on the same database after 1,000 more`,
    );
  } finally {
    await server.stop();
    await db.drop();
  }
}

console.log(`mor-survey-server bench: ${SECONDS} s per run, client and server on this ${(await import('node:os')).availableParallelism()}-core machine`);
const kinds = postgresAvailable() && !args.invited ? ['sqlite', 'postgres'] : ['sqlite'];
if (!postgresAvailable()) console.log('postgres: skipped (set MOR_BENCH_DATABASE_URL or MOR_TEST_DATABASE_URL)');
const rows = [];
for (const kind of kinds) {
  for (let round = 0; round < REPEAT; round++) for (const build of BUILDS) await bench(kind, build, rows);
}
console.table(rows);
