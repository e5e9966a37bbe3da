// Counts the real results of a web-test-runner run: every test in every browser session, and
// a test file that failed to load (which wtr otherwise reports as 0 passed, 0 failed) as a
// failure, and so is each engine that could not start. Writes { passed, failed, skipped,
// browsers, notStarted, slowest } as JSON to `file` for test/run.mjs; `slowest` lists the tests
// that took longest ({ name, duration } in ms), so a test drifting towards its timeout shows.
import { writeFileSync } from 'node:fs';
import { keepSlowest } from './slowest.mjs';

function countSuite(suite, counts, path, slow) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
    if (test.duration !== undefined) slow.push({ name: [...path, test.name].join(' > '), duration: test.duration });
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, [...path, child.name], slow);
}

export function countReporter(file, notStarted = []) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: notStarted.length, skipped: 0, browsers: [], notStarted };
      const slow = [];
      for (const session of sessions) {
        if (!counts.browsers.includes(session.browser.name)) counts.browsers.push(session.browser.name);
        const before = counts.passed + counts.failed + counts.skipped;
        countSuite(session.testResults, counts, [`${session.browser.name}: ${(session.testFile ?? '').replace(/^.*\/test\//, 'test/')}`], slow);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        // A file that could not load, or errors outside any test: one failure for the file.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && ran === 0)) counts.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ ...counts, slowest: keepSlowest(slow) }));
    },
  };
}
