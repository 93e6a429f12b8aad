// A reader on a phone (390 px) keeps their place: a selected claim opens as a sheet
// where they are, closes by its button, Escape or Back, and focus returns to what
// opened it. On a desktop Escape closes the claim too.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const CLAIM = story.claims[5].id;

const scrollY = (page) => page.page.evaluate(() => Math.round(window.scrollY));

/** Whether the detail's heading and its Close button are on screen. */
async function sheetInView(page) {
  return page.page.evaluate(() => {
    const inView = (e) => {
      const r = e?.getBoundingClientRect();
      return !!r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    return inView(document.getElementById('detail-heading')) && inView(document.querySelector('#detail .close'));
  });
}

/** Waits until opening a claim has done all it does: focus is on its heading, which
 * is the last thing it moves, and the page has been painted since. */
async function claimOpened(page) {
  await page.page.waitForFunction(() => document.activeElement?.id === 'detail-heading');
  await page.nextPaint();
}

const focusedClaim = (page) => page.page.evaluate(() => document.activeElement?.dataset?.claim ?? null);

test('on a phone, tapping a card opens the claim where the reader is, and Close returns to the card', async () => {
  const page = await app.open('', PHONE);
  await page.claimLink(CLAIM).scrollIntoViewIfNeeded();
  const before = await scrollY(page);
  await page.claimLink(CLAIM).tap();
  await page.detailHeading().filter({ hasText: statementOf(CLAIM) }).waitFor();
  await claimOpened(page);
  assert.equal(await scrollY(page), before, 'the page did not move');
  assert.ok(await sheetInView(page), 'the claim and its Close button are on screen');
  await page.page.locator('#detail .close').tap();
  await page.page.locator('#detail-heading').waitFor({ state: 'hidden' });
  await page.page.waitForFunction(() => document.activeElement?.dataset?.claim);
  assert.equal(await focusedClaim(page), CLAIM, 'focus is back on the card');
  assert.equal(await scrollY(page), before);
  assert.equal(new URLSearchParams(page.query()).get('claim'), null);
});

test('on a phone, Escape and Back close the claim too', async () => {
  const page = await app.open('', PHONE);
  await page.claimLink(CLAIM).scrollIntoViewIfNeeded();
  await page.claimLink(CLAIM).click();
  await page.detailHeading().filter({ hasText: statementOf(CLAIM) }).waitFor();
  await page.page.keyboard.press('Escape');
  await page.page.locator('#detail-heading').waitFor({ state: 'hidden' });
  await page.page.waitForFunction(() => document.activeElement?.dataset?.claim);
  assert.equal(await focusedClaim(page), CLAIM);

  const other = story.claims[8].id;
  await page.claimLink(other).scrollIntoViewIfNeeded();
  const before = await scrollY(page);
  await page.claimLink(other).click();
  await page.detailHeading().filter({ hasText: statementOf(other) }).waitFor();
  await page.page.goBack();
  await page.page.locator('#detail-heading').waitFor({ state: 'hidden' });
  await page.page.waitForFunction(() => document.activeElement?.dataset?.claim);
  assert.equal(await focusedClaim(page), other);
  assert.ok(Math.abs((await scrollY(page)) - before) < 5, 'Back leaves the reader where they were');
});

/** Taps a link to a claim where the reader is: the claim opens, and the page stays put. */
async function tapInPlace(page, link, where) {
  await link.waitFor();
  await link.scrollIntoViewIfNeeded();
  const id = await link.getAttribute('data-claim');
  const before = await scrollY(page);
  await link.tap();
  await page.detailHeading().filter({ hasText: statementOf(id) }).waitFor();
  await claimOpened(page);
  assert.ok(Math.abs((await scrollY(page)) - before) < 5, `${where} stays where it was`);
  assert.ok(await sheetInView(page));
}

test('on a phone, a timeline mark and a Compare quote open the claim without moving the page', async () => {
  const page = await app.open('?view=timeline', PHONE);
  await tapInPlace(page, page.page.locator('.timeline-svg a.mark').first(), 'the timeline');
  await page.page.keyboard.press('Escape');
  await page.page.locator('#detail-heading').waitFor({ state: 'hidden' });

  await page.goto('?view=compare');
  await tapInPlace(page, page.page.locator('.texts a.quote').nth(3), 'the article');
});

test('on a desktop, Escape closes the claim and focus returns to its link', async () => {
  const page = await app.open('');
  await page.selectClaim(CLAIM);
  await page.page.keyboard.press('Escape');
  await page.detailHeading().filter({ hasText: 'No claim selected' }).waitFor();
  await page.page.waitForFunction(() => document.activeElement?.dataset?.claim);
  assert.equal(await focusedClaim(page), CLAIM);
});

// A phone's first screen shows the view it was opened on. "Shows" means at least 300 px
// of it (over a third of an 844 px screen: the timeline's axis and first lanes, the
// chart's plot, the Compare texts' opening lines), or all of it if it is shorter.
const FIRST_SCREEN = 844;
const ENOUGH = 300;

/** How the first visible element matching `selector` sits on the screen, unscrolled. */
const placeOf = (page, selector) =>
  page.page.evaluate((selector) => {
    const shown = [...document.querySelectorAll(selector)].find((e) => e.getBoundingClientRect().height > 0);
    const box = shown?.getBoundingClientRect();
    return box && { top: Math.round(box.top), bottom: Math.round(box.bottom), scrolled: window.scrollY };
  }, selector);

for (const [name, query, content] of [
  ['the list', '', 'ol.claims > li.claim'],
  ['the timeline', '?view=timeline', '#timeline-lanes'],
  ['Compare', '?view=compare', '.texts'],
  ['Figures', '?view=figures', '.figures-plot'],
]) {
  test(`on a phone, ${name} starts on the first screen`, async () => {
    const page = await app.open(query, PHONE);
    await page.page.locator(content).first().waitFor();
    const place = await placeOf(page, content);
    assert.equal(place.scrolled, 0, 'the page is where it opened');
    const seen = Math.min(place.bottom, FIRST_SCREEN) - place.top;
    assert.ok(place.top >= 0 && seen >= Math.min(ENOUGH, place.bottom - place.top), `${name} at ${JSON.stringify(place)}`);
  });
}

test('on a phone, a shared claim link shows the claim on the first screen', async () => {
  const page = await app.open(`?claim=${CLAIM}`, PHONE);
  await page.detailHeading().filter({ hasText: statementOf(CLAIM) }).waitFor();
  assert.ok(await sheetInView(page), 'the claim and its Close button are on screen');
  const sheet = await placeOf(page, '#detail');
  assert.ok(Math.min(sheet.bottom, FIRST_SCREEN) - sheet.top >= ENOUGH, `the claim at ${JSON.stringify(sheet)}`);
});
