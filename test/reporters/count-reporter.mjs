// Counts the real results of a web-test-runner run: every test in every browser session, and
// a test file that failed to load (which wtr otherwise reports as 0 passed, 0 failed) as a
// failure, and so is each engine that could not start. Writes { passed, failed, skipped,
// browsers, notStarted } as JSON to `file` for test/run.mjs.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter(file, notStarted = []) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: notStarted.length, skipped: 0, browsers: [], notStarted };
      for (const session of sessions) {
        if (!counts.browsers.includes(session.browser.name)) counts.browsers.push(session.browser.name);
        const before = counts.passed + counts.failed + counts.skipped;
        countSuite(session.testResults, counts);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        // A file that could not load, or errors outside any test: one failure for the file.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && ran === 0)) counts.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
