// Prints the editors' bundle size (raw, gzip -9, brotli) and fails when gzip is over the
// 20 KB budget of SPEC §10 (unless --report-only).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const file = new URL('../../dist/mor-survey.js', import.meta.url);
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB (${n.toLocaleString('en-GB')} B)`;
console.log(`dist/mor-survey.js  raw ${kb(code.length)}  gzip -9 ${kb(gzip)}  brotli ${kb(brotli)}`);
console.log(`budget: gzip ≤ ${kb(BUDGET)} → ${gzip <= BUDGET ? 'within' : `OVER by ${kb(gzip - BUDGET)}`}`);
if (gzip > BUDGET && !process.argv.includes('--report-only')) process.exit(1);
