// First render benchmark (SPEC §10): loads the survey page and the same questions as a plain
// HTML form, each RUNS times in headless Chromium with 4× CPU throttling, and prints the median
// time from navigation start to the first question being interactive, the ratio (target
// ≤ 1.5×), and the JS heap after render. Figures, not a pass/fail test.
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../demo/server/dev-server.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const THROTTLE = 4;
const { origin, stop } = await startDemoServer({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});

async function load(path) {
  const context = await browser.createBrowserContext(); // no cache, no storage between runs
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__interactive !== undefined, { timeout: 30_000 });
  const interactive = await page.evaluate(() => window.__interactive);
  await cdp.send('HeapProfiler.collectGarbage');
  const { JSHeapUsedSize } = await page.metrics();
  await context.close();
  return { interactive, heap: JSHeapUsedSize };
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
  const survey = median(results.survey.map((r) => r.interactive));
  const plain = median(results.plain.map((r) => r.interactive));
  const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  console.log(`first question interactive, ${THROTTLE}× CPU throttling, median of ${RUNS} loads:`);
  console.log(`  plain HTML form  ${plain.toFixed(0)} ms   JS heap ${mb(median(results.plain.map((r) => r.heap)))}`);
  console.log(`  <mor-survey>     ${survey.toFixed(0)} ms   JS heap ${mb(median(results.survey.map((r) => r.heap)))}`);
  console.log(`  ratio ${(survey / plain).toFixed(2)}× (target ≤ 1.5×)`);
} finally {
  await browser.close();
  await stop();
}
