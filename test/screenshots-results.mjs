// Screenshots of the committee's results page (demo/results.html) at 320 px and 1280 px, in
// Welsh, in forced colours and with one round only, and the A4 PDF Chromium prints with the
// page's own @page (A4, 20 mm margins), with a PNG of each PDF page (pdftoppm, from
// poppler-utils, when installed): `npm run screenshots:results` → screenshots/results-*.png and
// screenshots/results.pdf.
//
// The page is shown with the build's summary of the demo rounds (dist/demo/results-summary.json:
// named and dated from DEMO_ROUNDS_FILE, with the trend), which the demo receiver's
// /api/results gives too once it passes its rounds file and `trend` to summarise().
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { startDemoServer } from '../demo/server/dev-server.mjs';
import { launchChromium } from './chromium.mjs';

const out = new URL('../screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const { origin, stop } = await startDemoServer({ port: 0 });
const browser = await launchChromium();

/** Opens the results page in `lang` with the demo summary (`one`: this round only) drawn. */
async function open(width, { lang = 'en', forcedColors = false, one = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  if (forcedColors) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  await page.goto(`${origin}/demo/results.html`, { waitUntil: 'load' });
  await page.evaluate(
    async (lang, one) => {
      await customElements.whenDefined('mor-results');
      const results = document.querySelector('mor-results');
      results.setAttribute('lang', lang);
      const summary = await (await fetch('/dist/demo/results-summary.json')).json();
      if (one) {
        for (const key of ['compare', 'changes', 'trend', 'trendRounds']) delete summary[key];
        summary.rounds = { [summary.survey]: summary.rounds[summary.survey] };
      }
      results.removeAttribute('src');
      results.summary = summary;
      await results.updateComplete;
    },
    lang,
    one,
  );
  return page;
}

async function shoot(name, width, options) {
  const page = await open(width, options);
  await page.screenshot({ path: `${out}results-${name}.png`, fullPage: true });
  console.log(`results-${name}.png`);
  await page.close();
}

try {
  await shoot('320', 320);
  await shoot('1280', 1280);
  await shoot('cy-320', 320, { lang: 'cy' });
  await shoot('cy-1280', 1280, { lang: 'cy' });
  await shoot('one-round-320', 320, { one: true });
  await shoot('forced-colours-1280', 1280, { forcedColors: true });
  const page = await open(1280);
  await page.pdf({ path: `${out}results.pdf`, preferCSSPageSize: true, printBackground: true });
  await page.close();
  console.log('results.pdf');
  if (existsSync('/usr/bin/pdftoppm')) {
    for (const old of readdirSync(out).filter((name) => name.startsWith('results-pdf-'))) rmSync(`${out}${old}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', `${out}results.pdf`, `${out}results-pdf`]);
    console.log('results-pdf-*.png');
  }
} finally {
  await browser.close();
  await stop();
}
console.log(`Screenshots in ${out}`);
