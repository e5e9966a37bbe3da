// A node:test reporter that counts leaf tests and writes { passed, failed, skipped, slowest }
// as JSON to the file named by MOR_NODE_COUNT_FILE (`slowest`: the longest tests, with their
// file, for test/run.mjs to print).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { keepSlowest } from './slowest.mjs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const slow = [];
  for await (const event of source) {
    // Suites report too; count only tests without children (details.type is 'test').
    const leaf = event.data?.details?.type !== 'suite';
    if (event.type === 'test:pass' && leaf) {
      if (event.data.skip || event.data.todo) counts.skipped++;
      else counts.passed++;
    } else if (event.type === 'test:fail' && leaf) {
      counts.failed++;
    }
    if ((event.type === 'test:pass' || event.type === 'test:fail') && leaf && event.data.file) {
      slow.push({ name: `node: ${relative(process.cwd(), event.data.file)} > ${event.data.name}`, duration: event.data.details.duration_ms });
    }
  }
  writeFileSync(process.env.MOR_NODE_COUNT_FILE, JSON.stringify({ ...counts, slowest: keepSlowest(slow) }));
  yield '';
}
