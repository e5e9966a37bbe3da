// The test harness itself: an engine that cannot start must be reported as a failure, with
// its driver's own words, and must not take the other engines' results with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countReporter } from '../reporters/count-reporter.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mor-harness-'));

test('a WebKit driver that exits is retried, then reported with its own error output', async () => {
  const driver = join(dir, 'driver.sh');
  writeFileSync(driver, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n');
  chmodSync(driver, 0o755);
  process.env.WEBKIT_DRIVER_PATH = driver;
  const { ENGINES } = await import(`../browsers.mjs?driver=${Date.now()}`);
  await assert.rejects(ENGINES.webkit.launcher(), (error) => {
    assert.match(error.message, /WebKitWebDriver did not start/);
    assert.equal(error.message.match(/exited \(3\) cannot open display/g)?.length, 3);
    return true;
  });
});

test('an engine that could not start counts as one failure beside the results of the others', () => {
  const file = join(dir, 'count.json');
  const session = (name, tests) => ({ browser: { name }, passed: true, errors: [], testResults: { tests, suites: [] } });
  countReporter(file, ['webkit']).onTestRunFinished({
    sessions: [session('Chrome', [{ passed: true }, { passed: true }]), session('Firefox', [{ passed: true }, { skipped: true }])],
  });
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), {
    passed: 3,
    failed: 1,
    skipped: 1,
    browsers: ['Chrome', 'Firefox'],
    notStarted: ['webkit'],
    slowest: [],
  });
});

test('the slowest tests are kept with their engine, file and suite, longest first', () => {
  const file = join(dir, 'slow.json');
  const tests = [5, 900, 40, 3000, 7, 1200].map((duration, i) => ({ name: `t${i}`, passed: true, duration }));
  countReporter(file).onTestRunFinished({
    sessions: [{ browser: { name: 'Chrome' }, testFile: '/work/x/test/a.test.ts', passed: true, errors: [], testResults: { tests: [], suites: [{ name: 'suite', tests, suites: [] }] } }],
  });
  const { slowest } = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(slowest.map((t) => [t.name, t.duration]), [
    ['Chrome: test/a.test.ts > suite > t3', 3000],
    ['Chrome: test/a.test.ts > suite > t5', 1200],
    ['Chrome: test/a.test.ts > suite > t1', 900],
    ['Chrome: test/a.test.ts > suite > t2', 40],
    ['Chrome: test/a.test.ts > suite > t4', 7],
  ]);
});
