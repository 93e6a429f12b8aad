// The timeline of a story of twenty articles over four days: a publication mark for
// every article in the head, grouped where labels would overprint, never overprinting;
// a group is a button that names its articles and zooms in to their days.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start } from './harness.mjs';
import { assertEachArticleOnceNoOverprint, headLabels, publish, sixOutlets, withArticles } from './many-articles.mjs';

const twenty = withArticles(sixOutlets, 20);
let published;
let app;
before(async () => {
  published = await publish(twenty);
  app = await start(published.site);
});
afterEach(async () => app.finish());
after(async () => {
  await app.stop();
  await published.remove();
});

const MAY = '&from=2025-05-01&to=2025-05-20';

for (const width of [1280, 390]) {
  test(`at ${width} px, the head names each of twenty articles once and no two labels overprint`, async () => {
    const page = await app.open(`?view=timeline${MAY}`, { viewport: { width, height: 900 } });
    await page.page.locator('.timeline-axis .publication-group').first().waitFor();
    assertEachArticleOnceNoOverprint(twenty, await headLabels(page), `at ${width} px`);
  });
}

test('a group of articles in the head is a button: its name lists them, and Enter zooms in to their days', async () => {
  const page = await app.open(`?view=timeline${MAY}`);
  const group = page.page.locator('.timeline-axis .publication-group').first();
  await group.waitFor();
  const named = await group.locator('title').textContent();
  assert.match(named, /^\d+ articles: [A-Z0-9-]+(, [A-Z0-9-]+)+$/);
  // A button by that name, for a screen reader too.
  assert.equal(await page.page.getByRole('button', { name: named, exact: true }).count(), 1);
  await group.focus();
  assert.equal(await page.page.evaluate(() => document.activeElement?.classList.contains('publication-group')), true);
  await page.page.keyboard.press('Enter');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('from') !== '2025-05-01');
  const q = new URLSearchParams(page.query());
  const span = (Date.parse(q.get('to')) - Date.parse(q.get('from'))) / 86400000;
  assert.ok(span < 19, `zoomed in: ${q.get('from')} to ${q.get('to')}`);
});
