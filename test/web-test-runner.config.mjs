// Browser tests: real headless browsers, and a real receiver (the demo's: the receiver of
// mor-survey-server with the tester's failure modes, as `npm start` runs it) served by the test runner
// itself. Each test uses its own namespace (/api/ns/<name>/…, its own in-memory database) so
// tests never see each other's requests; the few that must use the default one (the demo page,
// the hosted pages) take turns through the `shared-receiver` plugin below.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { createTester } from '../dist/demo/tester.js';
import { countReporter } from './reporters/count-reporter.mjs';
import { crossOriginReceiver } from './plugins/cross-origin-receiver.mjs';
import { serveDistUntouched } from '../demo/server/serve-dist.mjs';
import { ENGINES, chooseEngines } from './browsers.mjs';

// The test page frames the receiver's hosted page (test/hosted-page.test.ts).
// The results token is known to the tests (test/hosted-results.test.ts); the admin token is not.
export const RESULTS_TOKEN = 'wtr-results-token-0123456789abcdefgh';
const receiver = createTester({ databaseUrl: 'sqlite::memory:', frameAncestors: ["'self'"], resultsToken: RESULTS_TOKEN, log: () => {} });
const engines = chooseEngines();
if (engines.requiredMissing.length) {
  console.error(`Required browsers not found: ${engines.requiredMissing.join(', ')}`);
  process.exit(1);
}
console.log(`Browsers: running ${engines.run.join(', ') || 'none'}${engines.missing.length ? `; not found: ${engines.missing.join(', ')}` : ''}`);
// An engine that cannot start is one failure, not the loss of every other engine's results.
const started = await Promise.allSettled(engines.run.map((name) => ENGINES[name].launcher()));
const browsers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
const startFailures = started.flatMap((result, i) => {
  if (result.status === 'fulfilled') return [];
  console.error(`${engines.run[i]} could not start: ${result.reason?.message ?? result.reason}`);
  return [engines.run[i]];
});
if (!browsers.length) {
  console.error('No browser could start.');
  process.exit(1);
}

/**
 * `browser-capabilities`: the engine's name and whether DevTools commands work there.
 * `forced-colors`: Windows high contrast emulation ({ active }), as puppeteer does it.
 * `cut-network`: requests matching `pattern` fail at the network level (as when the device is
 * offline) until cut again with `pattern: null`. Only those requests: the test runner's own
 * connection must stay up, so whole-page offline emulation cannot be used.
 */
const cuts = new Map();
const networkCommands = {
  name: 'network-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'browser-capabilities') {
      // DevTools protocol access: Chromium only (Firefox runs over WebDriver BiDi, WebKit over
      // classic WebDriver). Tests that need it skip elsewhere, saying why.
      return { name: session.browser.name, cdp: session.browser.name === 'Chrome' };
    }
    if (command !== 'cut-network' && command !== 'forced-colors') return undefined;
    if (session.browser.name !== 'Chrome') return false;
    const page = session.browser.getPage?.(session.id);
    if (!page) return false;
    if (command === 'forced-colors') {
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    }
    let client = cuts.get(session.id);
    if (!client) {
      client = await page.createCDPSession();
      client.on('Fetch.requestPaused', (event) =>
        client.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'InternetDisconnected' }).catch(() => {}),
      );
      cuts.set(session.id, client);
    }
    if (payload?.pattern) await client.send('Fetch.enable', { patterns: [{ urlPattern: payload.pattern }] });
    else await client.send('Fetch.disable');
    return true;
  },
};

/**
 * `shared-receiver`: the default namespace (`/api/…`, the demo page's and the hosted pages')
 * is one receiver for every engine, and the engines run their test files at the same time. Test
 * files that use it take turns ({ take: true } in `before`, { take: false } in `after`; see
 * `shareTheDefaultReceiver()` in test/helpers/receiver.ts), first come first served, so one
 * engine's clean-up or failure mode never meets another engine's test. Giving back a turn not yet
 * granted leaves the queue; a turn not given back within 5 minutes (a browser that died) passes on.
 */
const turns = { holder: undefined, waiting: [] };
function grant(next) {
  const timer = setTimeout(() => turns.holder?.start === next.start && passOn(), 5 * 60_000);
  turns.holder = { ...next, timer };
  next.start(true);
}
function passOn() {
  clearTimeout(turns.holder?.timer);
  turns.holder = undefined;
  const next = turns.waiting.shift();
  if (next) grant(next);
}
const sharedReceiver = {
  name: 'shared-receiver',
  async executeCommand({ command, payload, session }) {
    if (command !== 'shared-receiver') return undefined;
    if (payload?.take) {
      return new Promise((start) => {
        const asking = { session: session.id, start };
        if (turns.holder) turns.waiting.push(asking);
        else grant(asking);
      });
    }
    if (turns.holder?.session === session.id) passOn();
    for (const waiting of turns.waiting.filter((w) => w.session === session.id)) {
      turns.waiting.splice(turns.waiting.indexOf(waiting), 1);
      waiting.start(false);
    }
    return true;
  },
};

/** The strict policy of SPEC §8, sent with the CSP test page only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const strictCspPage = (ctx, next) => {
  if (ctx.path.startsWith('/test/fixtures/csp-page.html') || ctx.path.startsWith('/test/fixtures/results-page.html')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
  return next();
};

/**
 * React ships CommonJS only, which the dev server cannot serve to a browser: the framework
 * test imports `/__react.js`, React bundled to one ES module by esbuild on first request.
 */
let react;
const reactModule = {
  name: 'react-module',
  async serve(context) {
    if (context.path !== '/__react.js') return undefined;
    react ??= build({
      stdin: {
        contents: "export { createElement } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
    }).then((result) => result.outputFiles[0].text);
    return { body: await react, type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022' }),
    reactModule,
    networkCommands,
    sharedReceiver,
    crossOriginReceiver(),
  ],
  middleware: [strictCspPage, serveDistUntouched(process.cwd()), receiver.koa],
  browsers,
  // One test file at a time: the outbox is shared by every page of the origin (by design, any
  // page with a survey sends what another could not), so files running side by side would
  // send, or clear, each other's waiting responses.
  concurrency: 1,
  // Room to spare on a busy machine (issue 21): the slowest test takes a few seconds when idle.
  // `until()` (test/helpers/receiver.ts) gives up at 50 s, so a wait that never ends is named.
  testFramework: { config: { timeout: 60_000 } },
  // Before every test file: DOM nodes compared with equal() fail at once, naming both nodes.
  testRunnerHtml: (testFramework) =>
    `<html><body><script type="module" src="/test/helpers/dom-equality.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 10 * 60_000,
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter(process.env.MOR_COUNT_FILE, startFailures)],
};
