// The default view is in index.html as `claimline site` drew it: the claims are there
// before the WebAssembly runs and without script, and the app takes over without a
// shift, keeping the reader's scroll and keyboard focus.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { STARTED, axeViolations, start, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const rowTexts = (page) => page.locator('ol.claims > li.claim').evaluateAll((rows) => rows.map((r) => [r.id, r.innerText]));

test('with script off the claims are readable, each linking to its own page', async () => {
  const page = await app.open('', { javaScriptEnabled: false }, 'ol.claims > li.claim');
  const rows = page.page.locator('ol.claims > li.claim');
  assert.equal(await rows.count(), story.claims.length);
  for (const claim of story.claims.slice(0, 3)) {
    const row = page.page.locator(`#claim-${claim.id}`);
    assert.ok(await row.isVisible(), `${claim.id} is shown`);
    assert.equal(await row.locator('h3 a').getAttribute('href'), `claims/${claim.id}.html`);
  }
  // What only the app can do is not offered.
  for (const control of ['aside.facets', 'nav.views', 'section.detail']) {
    assert.equal(await page.page.locator(control).isVisible(), false, `${control} is hidden`);
  }
  assert.ok(await page.page.locator('noscript').count());
  const first = story.claims[0];
  await rows.first().locator('h3 a').click();
  await page.page.waitForURL(`**/claims/${first.id}.html`);
  assert.equal(await page.page.locator('h1').textContent(), first.statement);
});

test('the app takes over the published view in place: the same rows, the same pixels', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const published = await app.open('', { javaScriptEnabled: false, viewport }, 'ol.claims > li.claim');
    const rows = await rowTexts(published.page);
    const page = await app.open('', { viewport }, 'body');
    const release = await holdStoryData(page);
    await page.page.reload({ waitUntil: 'domcontentloaded' });
    await page.page.locator('[data-predrawn] ol.claims > li.claim').first().waitFor();
    await settled(page.page);
    const before = await page.page.screenshot();
    assert.equal(await page.page.locator('[data-predrawn]').count(), 1, 'the first picture is of the published view');
    release();
    await page.page.locator(STARTED).waitFor();
    assert.deepEqual(await rowTexts(page.page), rows, `the same rows at ${viewport.width} px`);
    await settled(page.page);
    const after = await page.page.screenshot();
    assert.equal(await pixelsApart(page.page, before, after), 0, `the page looks the same at ${viewport.width} px`);
  }
});

/** How many pixels of two screenshots differ by more than a rounded edge's smoothing
 * may between two paints of the same layout. Chromium may smooth a curve one level of
 * a colour channel apart when it paints it again (39 pixels of the 390 px page, at the
 * corners of the search box and the first claim, each one level apart); a moved or
 * resized element, or a changed colour, text or border, differs by far more. */
async function pixelsApart(page, a, b) {
  const scratch = await page.context().browser().newPage();
  try {
    return await scratch.evaluate(
      async ([a, b]) => {
        const pixels = async (png) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d');
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [first, second] = await Promise.all([pixels(a), pixels(b)]);
        if (first.length !== second.length) return Infinity;
        let apart = 0;
        for (let at = 0; at < first.length; at += 4) {
          for (let channel = 0; channel < 4; channel++) {
            if (Math.abs(first[at + channel] - second[at + channel]) > 2) {
              apart++;
              break;
            }
          }
        }
        return apart;
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await scratch.close();
  }
}

/** Waits until nothing is still arriving or moving on the page: every file but the held
 * data loaded, the fonts ready, no animation running, and a frame drawn since. */
async function settled(page) {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(document.getAnimations().map((a) => a.finished));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Holds back the story's data file until the returned function is called: the page as
 * published shows meanwhile. Held for the whole context, the service worker's copy too:
 * a worker that took the page over could otherwise answer from its cache, past the hold. */
async function holdStoryData(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.page.context().route('**/data/story-*.clm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a reader who scrolled and focused a claim before the app started keeps both', async () => {
  const page = await app.open('', { viewport: { width: 390, height: 844 } }, 'body');
  const release = await holdStoryData(page);
  await page.page.reload({ waitUntil: 'domcontentloaded' });
  const claim = story.claims[5];
  const link = page.page.locator(`#claim-${claim.id} h3 a`);
  await link.waitFor();
  assert.equal(await page.page.locator('[data-predrawn]').count(), 1, 'the app has not started yet');
  assert.deepEqual(await axeViolations(page), [], 'the published view passes axe');
  await link.focus();
  await page.page.evaluate(() => window.scrollBy(0, 900));
  const scrolled = await page.page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0);
  release();
  await page.page.locator(STARTED).waitFor();
  await page.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.page.evaluate(() => window.scrollY), scrolled, 'the scroll is kept');
  const focused = await page.page.evaluate(() => document.activeElement?.getAttribute('data-claim'));
  assert.equal(focused, claim.id, 'focus is back on the same claim');
  // And it is the app's own link now: it opens the claim in place.
  assert.equal(await page.page.evaluate(() => document.activeElement.getAttribute('href')), `?claim=${claim.id}`);
});

test('an address naming another view waits for the app with the published list put away', async () => {
  const page = await app.open('', {}, 'body');
  const release = await holdStoryData(page);
  await page.page.goto(`${app.url}?view=compare`, { waitUntil: 'domcontentloaded' });
  // The page script is a module, run before the document is ready; the app cannot
  // start while its data is held, so the published view is still there.
  const published = page.page.locator('[data-predrawn] #claims');
  assert.equal(await published.count(), 1, 'the published list is in the page before the app starts');
  assert.equal(await published.evaluate((list) => list.hidden), true, 'and put away, the address naming Compare');
  release();
  await page.page.locator(STARTED).waitFor();
  const compare = page.page.locator('.compare .alignment');
  await compare.waitFor();
  assert.equal(await page.page.locator('[data-predrawn]').count(), 0, 'the app replaced the published view');
  assert.ok(await compare.isVisible(), 'the Compare view is shown');
});
