// The random walk (walk.mjs) from a few fixed seeds: a few hundred steps each, failing
// on the first page error, console error or foreign request, with the seed and step.
// Any other seed, from the command line:
//   WALK_SEEDS=123,456 WALK_STEPS=500 node --test tests/e2e/walk.test.mjs
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start } from './harness.mjs';
import { walk } from './walk.mjs';

const SEEDS = (process.env.WALK_SEEDS || '1,2,3').split(',').map(Number);
const STEPS = Number(process.env.WALK_STEPS || 200);

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

for (const seed of SEEDS) {
  test(`a reader's random walk of ${STEPS} steps from seed ${seed} meets no error`, { timeout: STEPS * 2000 }, async () => {
    const page = await app.open('', { hasTouch: true });
    const done = await walk(page, seed, STEPS, () => page.trouble);
    assert.equal(done.length, STEPS);
    // The page is still alive at the end: a view link still switches views.
    await page.page.setViewportSize({ width: 1280, height: 900 });
    await page.page.locator('nav.views a[data-view="claims"]').click();
    await page.page.locator('ol.claims').waitFor({ state: 'attached' });
    assert.equal(new URLSearchParams(page.query()).get('view'), null);
  });
}
