// Debian's headless Chromium for the scripts that drive a page themselves (benchmarks and
// screenshots), with the same flags as the browser tests' launcher (test/browsers.mjs).
import puppeteer from 'puppeteer-core';

export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
