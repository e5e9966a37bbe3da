// `npm run test:busy`: the whole suite (test/run.mjs, after a build) run several times in a row
// while other work keeps every core busy, as on a shared CI machine — so a test that depends on
// speed fails here first (issue 21). The load is one busy loop per core, in worker threads of
// this process; it stops when the runs end. Not part of `.ci/run` (it takes several times as
// long as `npm test`); run it after changing tests, waits or timeouts.
//
//   node test/busy.mjs [--runs 3] [--load <busy loops, default: one per core>] [-- <test/run.mjs arguments>]
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, load: { type: 'string', default: String(availableParallelism()) } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const load = Number(values.load);

// Each loop spins for ever on its own thread; the OS shares the cores between them and the tests.
const spin = 'for (;;) Math.sqrt(Math.random());';
const loops = Array.from({ length: load }, () => new Worker(spin, { eval: true }));
console.log(`test:busy: ${runs} runs of the suite with ${load} busy loop(s) on ${availableParallelism()} core(s)`);

/** Runs the suite once, its output shown as it comes; resolves with its last line and exit status. */
function runSuite() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['test/run.mjs', ...positionals], { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-2000);
    });
    child.on('close', (status) => resolve({ line: tail.trim().split('\n').at(-1), status }));
  });
}

const lines = [];
let failedRuns = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { line, status } = await runSuite();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  lines.push(`run ${run}: ${line} (${minutes} min)`);
  if (status !== 0) failedRuns++;
}
await Promise.all(loops.map((loop) => loop.terminate()));
console.log(`test:busy, ${load} busy loop(s):\n${lines.map((line) => `  ${line}`).join('\n')}`);
console.log(`${runs - failedRuns} of ${runs} runs passed`);
process.exit(failedRuns ? 1 : 0);
