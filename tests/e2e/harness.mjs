// Shared set-up for the end-to-end tests: the release build (dist/) served over HTTP
// under a sub-path, Debian's Chromium driven by playwright-core, and a page object whose
// methods read like a reader's steps. Every page is watched for console errors, page
// errors, CSP violations, dialogs and requests that leave the app's origin.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { STARTED } from '../../scripts/started.mjs';

const root = new URL('../../', import.meta.url);
export const SUB_PATH = '/news/claimline/';
export { STARTED };

/** The bundled story, read from the same file the app embeds: expectations come from data. */
export const story = JSON.parse(await readFile(new URL('stories/kursk.json', root), 'utf8'));

export const claimsBy = (predicate) => story.claims.filter(predicate).map((c) => c.id);
/** A claim's claimants: the source each article gives it, each once. */
export const sources = (claim) => [...new Set(claim.appearances.flatMap((a) => a.chain[0].actors))];
/** The actors a claim passed through on its way to any article. */
export const relays = (claim) => [...new Set(claim.appearances.flatMap((a) => a.chain.slice(1).flatMap((l) => l.actors)))];
export const sideOf = (actorId) => story.actors.find((a) => a.id === actorId).side;


/** The build under test: dist/, or another folder named by CLAIMLINE_DIST. */
export const DIST = process.env.CLAIMLINE_DIST || new URL('dist/', root).pathname;

/** Starts the server (of the build, or of another published folder) and browser once
 * per test file; returns helpers bound to them. */
export async function start(dir = DIST) {
  const server = await serve(dir, 0, SUB_PATH);
  const browser = await launchChromium();
  const origin = new URL(server.url).origin;
  const pages = [];

  /** Opens the app at `query` in a fresh context (a fresh browser profile), and waits
   * for `ready` (by default, the claims' tally: the app has started). `setUp`, among
   * the options, is given the page before it loads (to route its requests, say). */
  async function open(query = '', { setUp, ...contextOptions } = {}, ready = STARTED) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    const page = await context.newPage();
    await setUp?.(page);
    const trouble = [];
    page.on('console', (m) => m.type() === 'error' && trouble.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      trouble.push(`dialog: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) trouble.push(`foreign request: ${url}`);
    });
    await page.addInitScript(() => {
      // The loader hands the WebAssembly's exports here: a test may read its memory.
      addEventListener('TrunkApplicationStarted', (e) => (window.__wasmMemory = e.detail.wasm.memory));
      // The page's timers still to run, so that a test can wait for them (`timersRun`).
      const pending = new Set();
      const [setTimer, clearTimer] = [window.setTimeout, window.clearTimeout];
      window.setTimeout = (run, delay, ...rest) => {
        const id = setTimer((...args) => {
          pending.delete(id);
          run(...args);
        }, delay, ...rest);
        pending.add(id);
        return id;
      };
      window.clearTimeout = (id) => {
        pending.delete(id);
        clearTimer(id);
      };
      window.__timersPending = () => pending.size;
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const app = new ClaimlinePage(page, server.url, trouble);
    pages.push(app);
    await app.goto(query, ready);
    return app;
  }

  /** Fails the test if any page saw trouble; closes every page's context. */
  async function finish() {
    const problems = [];
    for (const app of pages.splice(0)) {
      const csp = await app.page.evaluate(() => window.__cspViolations).catch(() => []);
      problems.push(...app.trouble, ...csp.map((v) => `CSP violation: ${v}`));
      await app.page.context().close();
    }
    assert.deepEqual(problems, [], 'pages must run without errors, CSP violations or foreign requests');
  }

  async function stop() {
    await browser.close();
    await server.close();
  }

  return { open, finish, stop, url: server.url };
}

export class ClaimlinePage {
  constructor(page, baseUrl, trouble) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.trouble = trouble;
  }

  async goto(query, ready = STARTED) {
    await this.page.goto(this.baseUrl + query);
    await this.page.locator(ready).first().waitFor();
  }

  /** Ids of the claims the list shows, in order. */
  async listedClaims() {
    return this.page.locator('ol.claims > li.claim').evaluateAll((rows) => rows.map((r) => r.id.replace(/^claim-/, '')));
  }

  async total() {
    return this.page.locator('.tally .total').textContent();
  }

  checkbox(facet, value) {
    return this.page.locator(`#facet-${facet}-${value}`);
  }

  /** Ticks a value, first showing all of its facet's values when it is folded away. */
  async filterBy(facet, value) {
    const box = this.checkbox(facet, value);
    if (!(await box.isVisible())) {
      await this.page.locator(`fieldset.facet-${facet} button.show-all`).click();
    }
    await box.click();
  }

  async clearAll() {
    await this.page.getByRole('button', { name: 'Clear all', exact: true }).click();
  }

  async search(text) {
    await this.page.locator('#search').fill(text);
  }

  claimLink(id) {
    return this.page.locator(`#claim-${id} h3 a`);
  }

  async selectClaim(id) {
    await this.claimLink(id).click();
    await this.page.locator('#detail-heading').filter({ hasText: statementOf(id) }).waitFor();
  }

  detailHeading() {
    return this.page.locator('#detail-heading');
  }

  /** Waits until the detail's heading is scrolled into the viewport (fails on timeout). */
  async detailHeadingInView() {
    await this.page.waitForFunction(() => {
      const box = document.getElementById('detail-heading').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
  }

  /** The claim the page marks as current, or null. */
  async currentClaim() {
    const ids = await this.page
      .locator('ol.claims a[aria-current="true"]')
      .evaluateAll((links) => links.map((a) => a.closest('li').id.replace(/^claim-/, '')));
    assert.ok(ids.length <= 1, 'at most one claim is current');
    return ids[0] ?? null;
  }

  query() {
    return new URL(this.page.url()).search;
  }

  /** Waits until every timer the page has set has run or been cleared. */
  async timersRun() {
    await this.page.waitForFunction(() => window.__timersPending() === 0);
  }

  /** Waits for the next paint: what the page asked to run before it (an event's
   * effects, an animation frame) has run, and been laid out. */
  async nextPaint() {
    await this.page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
  }

  /** Waits until the address bar holds another window than in `was` (a query string),
   * and the timeline draws it: a step or a drag let go is written, and painted. */
  async timelineAt(was) {
    const now = await this.page.waitForFunction(
      (was) => location.search !== was && new URLSearchParams(location.search).has('from') && location.search,
      was,
    );
    const q = new URLSearchParams(await now.jsonValue());
    const words = windowInWords(`${q.get('from')}/${q.get('to')}`);
    await this.page.locator(`.timeline-frame[aria-label^="Timeline, ${words}."]`).waitFor();
    await this.nextPaint();
  }
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A and AA violations on the page, each with where it was found. */
export async function axeViolations(page) {
  // Evaluated through the debugging protocol, so the page's CSP does not apply to it.
  await page.page.evaluate(axeSource);
  const result = await page.page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A timeline's window as its frame's label words it ("1 Oct 2024 to 15 Nov 2024"),
 * from the `from/to` of its link. */
export function windowInWords(window) {
  return window
    .split('/')
    .map((iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      return `${day} ${MONTHS[month - 1]} ${year}`;
    })
    .join(' to ');
}

export function statementOf(id) {
  return story.claims.find((c) => c.id === id).statement;
}
