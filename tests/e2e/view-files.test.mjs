// A drawn view's file (Compare, Figures) fetched when the view first opens: when it is
// missing, cannot be fetched or is not the view, that view says which, and the rest of
// the page goes on working.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

/** The page with `file`'s requests answered by `answer`, as in a browser without
 * service workers: requests a worker answers from its cache pass the test's routes by. */
const answering = (file, answer) => ({
  setUp: async (page) => {
    await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
    await page.route(file, answer);
  },
});

/** The browser reports a failed request itself: here it is the case under test. */
function expectFailedLoad(page) {
  const failed = page.trouble.filter((t) => /Failed to load resource/.test(t));
  assert.ok(failed.length > 0, 'the browser saw the request fail');
  page.trouble.splice(0, page.trouble.length, ...page.trouble.filter((t) => !failed.includes(t)));
}

const CASES = [
  {
    name: 'a page of another kind in its place',
    answer: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>Home</title><p>Welcome' }),
    says: /The server sent something other than the view Claimline published/,
    logged: false,
  },
  {
    name: 'a file cut short',
    answer: async (route) => {
      const whole = await (await route.fetch()).text();
      await route.fulfill({ status: 200, contentType: 'text/html', body: whole.slice(0, whole.length >> 1) });
    },
    says: /damaged: it is cut short or its bytes were changed/,
    logged: false,
  },
  {
    name: 'a missing file',
    answer: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    says: /missing from the server \(404\)/,
    logged: true,
  },
  {
    name: 'no answer',
    answer: (route) => route.abort('internetdisconnected'),
    says: /could not be fetched: the connection may be down/,
    logged: true,
  },
];

for (const { name, answer, says, logged } of CASES) {
  test(`the Compare view's file: ${name} is told as such, and the other views work`, async () => {
    const page = await app.open('', answering('**/data/compare-*.html', answer));
    await page.page.locator('nav.views a[data-view="compare"]').click();
    const alert = page.page.locator('.compare [role=alert]');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /The comparison could not be opened/);
    assert.match(text, says);
    assert.match(text, /data\/compare-[0-9a-f]{16}\.html/, 'it names the file');

    await page.page.locator('nav.views a[data-view="figures"]').click();
    await page.page.locator('#figures-table').waitFor();
    assert.ok(await page.page.locator('#figures-table a[data-claim]').first().isVisible(), 'the Figures view lists its figures');
    await page.page.locator('nav.views a[data-view="claims"]').click();
    assert.match(await page.total(), new RegExp(`\\b${story.claims.length}\\b`), 'the tally counts every claim');
    const [first] = await page.listedClaims();
    await page.selectClaim(first);
    assert.ok((await page.detailHeading().textContent()).includes(statementOf(first)), 'the claim opens');
    if (logged) expectFailedLoad(page);
  });
}

test("the Figures view's file: a page of another kind in its place is told as such, and Compare works", async () => {
  const page = await app.open('', answering('**/data/figures-*.html', CASES[0].answer));
  await page.page.locator('nav.views a[data-view="figures"]').click();
  const alert = page.page.locator('#figures-view [role=alert]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /The figures could not be opened/);
  assert.match(text, CASES[0].says);
  await page.page.locator('nav.views a[data-view="compare"]').click();
  await page.page.locator('.compare .alignment').waitFor();
  assert.ok(await page.page.locator('.texts article.text').first().isVisible(), 'the Compare view is drawn');
});
