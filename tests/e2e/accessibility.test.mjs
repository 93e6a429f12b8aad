// axe-core's WCAG 2 A and AA rules in every state a reader can reach, light and dark.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { axeViolations as violations, start } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const STATES = {
  'the list': '',
  'a selected claim': '?claim=nk-troops-in-russia-up-to-12000',
  'filters and search': '?side=ukraine&topic=casualties&q=killed',
  'no match': '?q=nothing-matches-this',
  'an unknown claim and ignored parameters': '?claim=nope&side=mars',
  'the timeline': '?view=timeline',
  'the timeline by side, with a selection': '?view=timeline&lanes=side&dates=about&claim=nk-troops-in-russia-up-to-12000',
  'the compare view': '?view=compare',
  'the compare view, filtered, with a selection': '?view=compare&side=ukraine&claim=sso-tuva-place-of-birth',
  'the figures view': '?view=figures',
  'the figures view, filtered to nothing': '?view=figures&quantity=nk-killed&side=united-states',
};

for (const scheme of ['light', 'dark']) {
  for (const [name, query] of Object.entries(STATES)) {
    test(`axe finds no WCAG A/AA violation: ${name}, ${scheme}`, async () => {
      const page = await app.open(query, { colorScheme: scheme });
      assert.deepEqual(await violations(page), []);
    });
  }
}

test('axe finds no violation on a phone with the copy-link fallback open', async () => {
  const page = await app.open('?claim=zelenskyy-over-3000-killed-or-wounded', { viewport: { width: 360, height: 740 } });
  await page.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
  });
  await page.page.getByRole('button', { name: 'Copy link' }).click();
  await page.page.locator('#link-fallback').waitFor();
  assert.deepEqual(await violations(page), []);
});
