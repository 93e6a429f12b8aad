// Search and keyboard as people expect: figures found however they are typed, a skip
// link first, every claimant in the page's flow, and a first screen that says how to
// read a claim.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { claimsBy, sources, start, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const written = (c) => [c.statement, ...c.appearances.flatMap((a) => a.quotes)].join(' ');

test('a search for a figure finds it however it is grouped', async () => {
  const expected = claimsBy((c) => /\b3,000\b/.test(written(c)));
  assert.ok(expected.length > 0, 'the story writes "3,000"');
  const page = await app.open('');
  for (const typed of ['3000', '3 000', '3,000']) {
    await page.search(typed);
    await page.page.waitForFunction((n) => document.querySelectorAll('ol.claims > li.claim').length === n, expected.length);
    const shown = await page.listedClaims();
    for (const id of expected) assert.ok(shown.includes(id), `"${typed}" finds ${id}`);
  }
});

/** Presses Tab (and Enter on the skip link) until focus is on a claim; returns how many presses. */
async function pressesToFirstClaim(page) {
  await page.page.keyboard.press('Tab');
  const first = await page.page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, 'Skip to claims', 'the skip link is the first Tab stop');
  await page.page.keyboard.press('Enter');
  let presses = 2;
  while (!(await page.page.evaluate(() => document.activeElement?.dataset?.claim)) && presses < 60) {
    await page.page.keyboard.press('Tab');
    presses++;
  }
  return presses;
}

for (const width of [390, 1366]) {
  for (const view of ['claims', 'timeline', 'compare']) {
    test(`at ${width} px in the ${view} view the skip link reaches the first claim within 6 presses`, async () => {
      const page = await app.open(view === 'claims' ? '' : `?view=${view}`, { viewport: { width, height: 900 } });
      await page.page.locator('main a[data-claim]').first().waitFor();
      const presses = await pressesToFirstClaim(page);
      assert.ok(presses <= 6, `${presses} presses`);
      const box = await page.page.evaluate(() => {
        const r = document.activeElement.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      const height = page.page.viewportSize().height;
      assert.ok(box.top >= 0 && box.bottom <= height, 'the claim is scrolled into view');
    });
  }
}

test('every claimant is in the page flow: the first few, then all with one button', async () => {
  const claimants = [...new Set(story.claims.flatMap(sources))];
  const page = await app.open('');
  const group = page.page.locator('fieldset.facet-claimant');
  const scrolls = await group.locator('ul').evaluate((ul) => getComputedStyle(ul).overflowY);
  assert.equal(scrolls, 'visible', 'no scroll box of its own');
  const visibleBoxes = () => group.locator('input[type="checkbox"]:visible').count();
  assert.ok((await visibleBoxes()) < claimants.length);
  const showAll = group.getByRole('button', { name: `Show all ${claimants.length} claimants` });
  await showAll.click();
  assert.equal(await visibleBoxes(), claimants.length);
  // Focus moved to the first claimant the button brought in, not lost with the button.
  const focused = await page.page.evaluate(() => document.activeElement.closest('li')?.className);
  assert.equal(focused, 'extra');
  // A ticked claimant from a link shows even while the group is folded.
  const last = await group.locator('li.extra input').last().getAttribute('data-value');
  const linked = await app.open(`?claimant=${last}`);
  assert.ok(await linked.checkbox('claimant', last).isVisible(), 'a ticked claimant is never hidden');
});

test('the first screen says how to read a claim and links to more; a phone keeps it for the view, the guide at the foot', async () => {
  const page = await app.open('', { viewport: { width: 1280, height: 800 } });
  const line = page.page.locator('.how-to-read');
  assert.match(await line.textContent(), /→.*inferred/s);
  const box = await line.boundingBox();
  assert.ok(box.y + box.height <= 800, 'on the first screen');
  await line.getByRole('link', { name: 'How to read a claim' }).click();
  await page.page.locator('#reading').waitFor();
  assert.match(await page.page.locator('#reading').textContent(), /unnamed/);
  // A phone's first screen is the view's: the one-line guide gives way, the whole
  // guide follows the view.
  const phone = await app.open('', { viewport: { width: 390, height: 844 } });
  assert.equal(await phone.page.locator('.how-to-read').isVisible(), false);
  const guide = await phone.page.locator('#reading').boundingBox();
  const view = await phone.page.locator('#app').boundingBox();
  assert.ok(guide.y >= view.y + view.height, 'the guide follows the view');
  assert.match(await phone.page.locator('#reading').textContent(), /inferred/);
});
