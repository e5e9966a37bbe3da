// Takes screenshots of the demo survey in each state, at 320 px and 1280 px, and in forced
// colours, with Debian's headless Chromium: `npm run screenshots` → screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { startDemoServer } from '../demo/server/dev-server.mjs';
import { launchChromium } from './chromium.mjs';

const out = new URL('../screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const { origin, stop } = await startDemoServer({ port: 0 });
const browser = await launchChromium();

/** Runs `script` against the survey on a fresh page, then screenshots the survey only. */
async function shoot(name, width, script, { forcedColors = false, lang = 'en', theme = '' } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  if (forcedColors) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  // Each shot starts on a device with nothing stored (no draft, no waiting response).
  await page.evaluateOnNewDocument(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto(`${origin}/demo/?shot=${name}`, { waitUntil: 'load' });
  await page.evaluate(() => customElements.whenDefined('mor-survey'));
  await page.evaluate(async (lang, theme) => {
    if (theme) document.body.classList.add(theme);
    await fetch('/api/mode', { method: 'PUT', body: JSON.stringify({ mode: 'accept' }) });
    const survey = document.querySelector('mor-survey');
    survey.setAttribute('lang', lang);
    survey.setAttribute('draft', 'off');
    survey.setAttribute('privacy-url', '/demo/#privacy');
    survey.reset();
    await survey.updateComplete;
  }, lang, theme);
  await page.evaluate(script);
  console.log(`${name} ${width}${forcedColors ? ' forced colours' : ''} ${lang}`);
  await new Promise((r) => setTimeout(r, 300));
  const target = width < 600 ? await page.$('mor-survey') : await page.$('main');
  await target.screenshot({ path: `${out}${name}-${width}.png` });
  await page.close();
}

const answer = async () => {
  const survey = document.querySelector('mor-survey');
  const pick = async (name, value) => {
    survey.shadowRoot.querySelector(`input[name="${name}"][value="${value}"]`).click();
    await survey.updateComplete;
  };
  await pick('respondent', 'member');
  await pick('frequency', 'weekly');
  await pick('health', '4');
  await pick('change', 'same');
  await pick('issues-experienced', 'yes');
  await pick('issues-reported', 'no');
  await pick('reporting', 'not-sure');
  return survey;
};
const states = {
  empty: async () => {},
  errors: async () => {
    const survey = document.querySelector('mor-survey');
    survey.shadowRoot.querySelector('button[type=submit]').click();
    await survey.updateComplete;
  },
  'follow-ups': new Function(`return (${answer})()`),
  confirmation: new Function(`return (async () => { const s = await (${answer})(); s.shadowRoot.querySelector('button[type=submit]').click(); await new Promise(r => s.addEventListener('mor-submitted', r, { once: true })); })()`),
  queued: new Function(`return (async () => { await fetch('/api/mode', { method: 'PUT', body: JSON.stringify({ mode: 'fail' }) }); const s = await (${answer})(); s.shadowRoot.querySelector('button[type=submit]').click(); await new Promise(r => s.addEventListener('mor-error', r, { once: true })); await fetch('/api/mode', { method: 'PUT', body: JSON.stringify({ mode: 'accept' }) }); })()`),
  // With an invitation code (SPEC §15): no Member/Officer question, the statement about the code.
  invited: async () => {
    const survey = document.querySelector('mor-survey');
    survey.invitation = 'M-7KQ4-XB2N-9FHT';
    await survey.updateComplete;
  },
  // A receiver refusing the invitation: its detail shown, the answers kept.
  'invitation-refused': async () => {
    const survey = document.querySelector('mor-survey');
    survey.invitation = 'M-7KQ4-XB2N-9FHT';
    await survey.updateComplete;
    const detail = 'This invitation has already been used. Each invitation can be used once.';
    await fetch('/api/mode', { method: 'PUT', body: JSON.stringify({ mode: 'refuse', detail, times: 1 }) });
    for (const [name, value] of [['frequency', 'weekly'], ['health', '4'], ['change', 'same'], ['issues-experienced', 'no'], ['reporting', 'yes']]) {
      survey.shadowRoot.querySelector(`input[name="${name}"][value="${value}"]`).click();
      await survey.updateComplete;
    }
    survey.shadowRoot.querySelector('button[type=submit]').click();
    await new Promise((r) => survey.addEventListener('mor-error', r, { once: true }));
    await survey.updateComplete;
  },
};

try {
  for (const [name, script] of Object.entries(states)) {
    for (const width of [320, 1280]) await shoot(name, width, script);
  }
  await shoot('errors-forced-colours', 1280, states.errors, { forcedColors: true });
  await shoot('errors-cy', 320, states.errors, { lang: 'cy' });
  await shoot('invited-cy', 320, states.invited, { lang: 'cy' });
  await shoot('follow-ups-dusk-theme', 1280, states['follow-ups'], { theme: 'dusk' });
} finally {
  await browser.close();
  await stop();
}
console.log(`Screenshots in ${out}`);
