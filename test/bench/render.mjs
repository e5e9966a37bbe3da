// First render benchmark (SPEC §10): loads the survey page and the same questions as a plain
// HTML form, each RUNS times in headless Chromium with 4× CPU throttling, and prints the median
// time from navigation start to the first frame in which the first question is interactive
// (see mark.js), the ratio (target ≤ 1.5×), the stricter ratio against the plain form's
// parse-time check, and the JS heap after render. Figures, not a pass/fail test.
import { startDemoServer } from '../../demo/server/dev-server.mjs';
import { launchChromium } from '../chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 25);
const THROTTLE = 4;
const { origin, stop } = await startDemoServer({ port: 0 });
const browser = await launchChromium();

async function load(path) {
  const context = await browser.createBrowserContext(); // no cache, no storage between runs
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__interactive !== undefined, { timeout: 30_000 });
  const { interactive, domReady } = await page.evaluate(() => ({ interactive: window.__interactive, domReady: window.__domReady }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { JSHeapUsedSize } = await page.metrics();
  await context.close();
  return { interactive, domReady, heap: JSHeapUsedSize };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const results = { survey: [], plain: [] };
  await load('/test/bench/survey.html'); // warm the server's transform cache
  await load('/test/bench/plain.html');
  for (let i = 0; i < RUNS; i++) {
    // Alternate so that any drift in the machine affects both alike.
    results.survey.push(await load('/test/bench/survey.html'));
    results.plain.push(await load('/test/bench/plain.html'));
  }
  const at = (page, key) => median(results[page].map((r) => r[key]));
  const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  console.log(`first question interactive, ${THROTTLE}× CPU throttling, median of ${RUNS} loads each:`);
  console.log(`  plain HTML form  ${at('plain', 'interactive').toFixed(0)} ms   JS heap ${mb(at('plain', 'heap'))}`);
  console.log(`  <mor-survey>     ${at('survey', 'interactive').toFixed(0)} ms   JS heap ${mb(at('survey', 'heap'))}`);
  // Loads alternate, so each survey load has a plain load beside it: the median of those
  // pairs' ratios is steadier on a noisy machine than a ratio of two medians.
  const ratio = (key) => median(results.survey.map((r, i) => r[key] / results.plain[i][key])).toFixed(2);
  console.log(`  ratio ${ratio('interactive')}× (median of ${RUNS} paired loads; target ≤ 1.5×)`);
  // The stricter figure: the plain form timed while still parsing, before its first frame.
  console.log(`  against the plain form's parse-time check (${at('plain', 'domReady').toFixed(0)} ms, before any frame): ${ratio('domReady')}×`);
} finally {
  await browser.close();
  await stop();
}
