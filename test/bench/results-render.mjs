// Results render benchmark (SPEC §13, following render.mjs): loads <mor-results> with the
// demo's two-round summary (fetched from src, as on the receiver's page) and the same content
// as static HTML, each RUNS times in headless Chromium with 4× CPU throttling, and prints the
// median time from navigation to the first frame in which every table is there and the
// download link takes focus (mark.js), and the ratio (target ≤ 1.5×).
// The static page is made first from the element's own rendering: its shadow root's HTML and
// its styles, with the element's script left out (dist/bench/results-plain.html).
import { mkdirSync, writeFileSync } from 'node:fs';
import { startDemoServer } from '../../demo/server/dev-server.mjs';
import { launchChromium } from '../chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 25);
const THROTTLE = 4;
const { origin, stop } = await startDemoServer({ port: 0 });
const browser = await launchChromium();

/** The element's rendering as a static page: same markup, same styles, no script but the mark. */
async function writePlainPage() {
  const page = await browser.newPage();
  await page.goto(`${origin}/test/bench/results.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__interactive !== undefined, { timeout: 30_000 });
  const { markup, css } = await page.evaluate(() => {
    const root = document.querySelector('mor-results').shadowRoot;
    return {
      markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
      css: root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    };
  });
  await page.close();
  const light = css.replace(/:host\(([^)]*)\)/g, '.host$1').replaceAll(':host', '.host');
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync(
    'dist/bench/results-plain.html',
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />` +
      `<title>Benchmark: the same results as static HTML</title><style>${light}</style></head>` +
      `<body><div class="host">${markup}</div><script src="/test/bench/mark.js" data-ready="results"></script></body></html>\n`,
  );
}

async function load(path) {
  const context = await browser.createBrowserContext(); // no cache between runs
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__interactive !== undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => ({ interactive: window.__interactive, domReady: window.__domReady }));
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  await writePlainPage();
  const pages = { results: '/test/bench/results.html', plain: '/dist/bench/results-plain.html' };
  const results = { results: [], plain: [] };
  await load(pages.results); // warm the server
  await load(pages.plain);
  for (let i = 0; i < RUNS; i++) {
    results.results.push(await load(pages.results));
    results.plain.push(await load(pages.plain));
  }
  const at = (name, key) => median(results[name].map((r) => r[key])).toFixed(0);
  const ratio = (key) => median(results.results.map((r, i) => r[key] / results.plain[i][key])).toFixed(2);
  console.log(`two-round results shown and usable, ${THROTTLE}× CPU throttling, median of ${RUNS} loads each:`);
  console.log(`  static HTML     ${at('plain', 'interactive')} ms`);
  console.log(`  <mor-results>   ${at('results', 'interactive')} ms`);
  console.log(`  ratio ${ratio('interactive')}× (median of ${RUNS} paired loads; target ≤ 1.5×)`);
  console.log(`  against the static page's parse-time check (${at('plain', 'domReady')} ms, before any frame): ${ratio('domReady')}×`);
} finally {
  await browser.close();
  await stop();
}
