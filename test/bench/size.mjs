// Prints the single-file bundles' sizes (raw, gzip -9, brotli) and fails when either is over
// its gzip budget, unless --report-only: the survey's 21 KB (SPEC §10: 20 KB until invitations
// and text validity needed room, and nothing else may use that kilobyte) and the results' 20 KB
// (SPEC §13).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGETS = { 'mor-survey.js': 21 * 1024, 'mor-results.js': 20 * 1024 };
const kb = (n) => `${(n / 1024).toFixed(1)} KB (${n.toLocaleString('en-GB')} B)`;
let over = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  const code = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`dist/${name}  raw ${kb(code.length)}  gzip -9 ${kb(gzip)}  brotli ${kb(brotli)}`);
  console.log(`budget: gzip ≤ ${kb(budget)} → ${gzip <= budget ? `within (${(budget - gzip).toLocaleString('en-GB')} B under)` : `OVER by ${kb(gzip - budget)}`}`);
  over ||= gzip > budget;
}
if (over && !process.argv.includes('--report-only')) process.exit(1);
