// The smoke driver for Firefox (Debian's firefox-esr), through puppeteer-core over
// WebDriver BiDi. Puppeteer starts Firefox on a new temporary profile and removes it.
import puppeteer from 'puppeteer-core';
import { installProbe, pageReport, poll, WAIT_MS } from './driver.mjs';
import { STARTED } from '../../scripts/started.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const VIEWPORT = { width: 1280, height: 900 };

// Firefox's own background traffic (updates, telemetry, remote settings) goes nowhere
// on a closed network; these keep it from starting at all.
const QUIET_PREFS = {
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

export async function launchFirefox(baseUrl) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: QUIET_PREFS,
  });
  const origin = new URL(baseUrl).origin;
  let context = null;
  let page = null;
  let seen = []; // what puppeteer reported for the current page
  let collected = []; // reports of pages already left or closed

  async function harvest() {
    if (!page) return;
    collected.push(...seen, ...(await page.evaluate(pageReport).catch((e) => [`page unreadable: ${e.message}`])));
    seen = [];
  }

  async function newContext() {
    await harvest();
    await context?.close();
    // A browser context of its own: no cookies, storage or cache shared with earlier pages.
    context = await browser.createBrowserContext();
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && seen.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => seen.push(`page error: ${e.message ?? e}`));
    page.on('dialog', (dialog) => {
      seen.push(`dialog: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) seen.push(`foreign request: ${url}`);
    });
    await page.evaluateOnNewDocument(installProbe, false);
  }

  const driver = {
    engine: 'firefox',
    async open(query, { fresh = false, ready = STARTED } = {}) {
      if (fresh || !page) await newContext();
      else await harvest();
      await page.goto(baseUrl + query, { waitUntil: 'load', timeout: WAIT_MS });
      // The published default view has a tally too: wait for the app's own.
      await page.waitForSelector(ready, { timeout: WAIT_MS });
    },
    async click(selector) {
      await page.click(selector);
    },
    async drag(selector, dx) {
      const element = await page.$(selector);
      await element.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      const box = await element.boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + 30];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y, { steps: 8 });
      await page.mouse.up();
    },
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    attr: (selector, name) => page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
    query: () => page.evaluate(() => location.search),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    waitFor: (fn, ...args) => poll(() => page.evaluate(fn, ...args), () => `${fn} never held`),
    async trouble() {
      return [...collected, ...seen, ...(page ? await page.evaluate(pageReport) : [])];
    },
    async finish() {
      await harvest();
      await context?.close();
      context = page = null;
      const problems = collected;
      collected = [];
      return problems;
    },
    async close() {
      await browser.close();
    },
  };
  return driver;
}
