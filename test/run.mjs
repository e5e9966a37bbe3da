// `npm test`: the Node tests (the package's in test/node/, the receiver's in server/test/) and
// the browser suite, then one plain line counted from both runs' real results:
// `N passed, N failed[, N skipped]`. `--server-only` runs only the receiver's Node tests (CI
// runs them on Node 22 that way). The line never says "0 failed" for a run that went wrong: a
// runner that counted no test at all, or exited non-zero with no failure counted, adds one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'mor-test-'));
const nodeFile = join(dir, 'node.json');
const browserFile = join(dir, 'browser.json');
const serverOnly = process.argv.includes('--server-only');
const extra = process.argv.slice(2).filter((arg) => arg !== '--server-only');

// Globs, not folders: from Node 22 `--test <folder>` runs the folder as one file.
const nodeFiles = serverOnly ? ['server/test/**/*.test.mjs'] : ['test/node/**/*.test.mjs', 'server/test/**/*.test.mjs'];
const node = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./test/reporters/node-count-reporter.mjs', '--test-reporter-destination=stderr', ...nodeFiles],
  { stdio: 'inherit', env: { ...process.env, MOR_NODE_COUNT_FILE: nodeFile } },
);
// WebKit's MiniBrowser needs a display: without one, run the browser tests under xvfb-run.
const wtrArgs = ['wtr', '--config', 'test/web-test-runner.config.mjs', ...extra];
const needsDisplay = !process.env.DISPLAY && existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run');
const [command, args] = needsDisplay ? ['xvfb-run', ['-a', 'npx', ...wtrArgs]] : ['npx', wtrArgs];
const wtr = serverOnly ? { status: 0 } : spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, MOR_COUNT_FILE: browserFile } });

/** A runner's counts; one failure more when it left none, counted no test, or failed with none counted. */
const read = (file, label, status) => {
  if (!existsSync(file)) {
    console.error(`${label} produced no results: counted as one failure.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  if (counts.passed + counts.failed + counts.skipped === 0) {
    console.error(`${label} found no tests: counted as one failure.`);
    counts.failed += 1;
  } else if (status !== 0 && counts.failed === 0) {
    console.error(`${label} exited with status ${status} with no failed test counted: counted as one failure.`);
    counts.failed += 1;
  }
  return counts;
};
const a = read(nodeFile, 'node --test', node.status);
const b = serverOnly ? { passed: 0, failed: 0, skipped: 0 } : read(browserFile, 'web-test-runner', wtr.status);
const passed = a.passed + b.passed;
const failed = a.failed + b.failed;
const skipped = a.skipped + b.skipped;
if (b.browsers) console.log(`Browser tests ran in: ${b.browsers.join(', ') || 'none'}`);
// The slowest tests of the run, so one creeping towards its timeout is seen before it fails.
const slowest = [...(a.slowest ?? []), ...(b.slowest ?? [])].sort((x, y) => y.duration - x.duration).slice(0, 5);
if (slowest.length) console.log(`Slowest tests:\n${slowest.map((t) => `  ${(t.duration / 1000).toFixed(1)} s  ${t.name}`).join('\n')}`);
if (b.notStarted?.length) console.log(`Could not start (one failure each): ${b.notStarted.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || node.status !== 0 || wtr.status !== 0 ? 1 : 0);
