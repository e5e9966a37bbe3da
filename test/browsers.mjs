// Which engines the browser tests run in: Chromium, Firefox and WebKit, from Debian's packages
// (see README, Development). Each is used when it is installed; MOR_BROWSERS=chromium,firefox
// chooses, and MOR_REQUIRE_BROWSERS=chromium,firefox,webkit (set by .ci/run) fails the run when
// one of those is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const ENGINES = {
  chromium: {
    available: () => existsSync(CHROMIUM),
    launcher: async () => chromeLauncher({ launchOptions: { executablePath: CHROMIUM, args: chromiumArgs } }),
  },
  firefox: {
    available: () => existsSync(FIREFOX),
    launcher: async () =>
      puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
  },
  webkit: {
    // MiniBrowser needs a display: test/run.mjs runs the tests under xvfb-run when there is none.
    available: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && Boolean(process.env.DISPLAY),
    launcher: async () => {
      const port = await startWebKitDriver();
      return webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      });
    },
  },
};

/**
 * Starts WebKitWebDriver on a free port and waits until it answers. It is bound to 127.0.0.1
 * explicitly: its default ('local') may listen on ::1 only where localhost resolves to IPv6.
 * A driver that exits early (port taken, missing library) is retried on another port, and its
 * own error output is reported when it never comes up.
 */
async function startWebKitDriver() {
  const errors = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = 4444 + Math.floor(Math.random() * 1000);
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    let exited = false;
    driver.stderr.on('data', (chunk) => (output += chunk));
    driver.on('exit', (code) => (exited = code ?? 'signal'));
    driver.on('error', (error) => (exited = error.message));
    process.on('exit', () => driver.kill());
    const deadline = Date.now() + 30_000;
    while (!exited && Date.now() < deadline) {
      try {
        const answer = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) });
        if (answer.ok) return port;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    driver.kill();
    errors.push(`port ${port}: ${exited ? `exited (${exited})` : 'no answer in 30 s'} ${output.trim()}`);
  }
  throw new Error(`WebKitWebDriver did not start:\n${errors.join('\n')}`);
}

const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** The engines to run, and those wanted but not found. */
export function chooseEngines() {
  const wanted = list(process.env.MOR_BROWSERS) ?? Object.keys(ENGINES);
  const required = list(process.env.MOR_REQUIRE_BROWSERS) ?? [];
  const run = wanted.filter((name) => ENGINES[name]?.available());
  const missing = [...new Set([...wanted, ...required])].filter((name) => !ENGINES[name]?.available());
  return { run, missing, requiredMissing: required.filter((name) => missing.includes(name)) };
}
