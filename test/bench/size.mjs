// Prints the single-file bundles' sizes (raw, gzip -9, brotli) and fails when either is over
// its 20 KB gzip budget (SPEC §10 for the survey, §13 for the results), unless --report-only.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB (${n.toLocaleString('en-GB')} B)`;
let over = false;
for (const name of ['mor-survey.js', 'mor-results.js']) {
  const code = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`dist/${name}  raw ${kb(code.length)}  gzip -9 ${kb(gzip)}  brotli ${kb(brotli)}`);
  console.log(`budget: gzip ≤ ${kb(BUDGET)} → ${gzip <= BUDGET ? 'within' : `OVER by ${kb(gzip - BUDGET)}`}`);
  over ||= gzip > BUDGET;
}
if (over && !process.argv.includes('--report-only')) process.exit(1);
