// A node:test reporter that counts leaf tests and writes { passed, failed, skipped } as JSON
// to the file named by MOR_NODE_COUNT_FILE.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count only tests without children (details.type is 'test').
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) counts.skipped++;
      else counts.passed++;
    } else if (event.type === 'test:fail' && event.data.details?.type !== 'suite') {
      counts.failed++;
    }
  }
  writeFileSync(process.env.MOR_NODE_COUNT_FILE, JSON.stringify(counts));
  yield '';
}
