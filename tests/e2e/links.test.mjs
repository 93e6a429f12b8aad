// A journalist sharing one claim, and links that are wrong, cut short or hostile.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { claimsBy, sources, start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const CLAIM = 'zelenskyy-over-3000-killed-or-wounded';

test('a copied link opened in a fresh browser restores claim and filters', async () => {
  const sender = await app.open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await sender.filterBy('claimant', 'zelenskyy');
  await sender.search('North Korean');
  await sender.selectClaim(CLAIM);
  await sender.page.getByRole('button', { name: 'Copy link' }).click();
  await sender.page.locator('.share-status', { hasText: 'Link copied.' }).waitFor();
  const link = await sender.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(app.url), link);
  const shown = await sender.listedClaims();

  const receiver = await app.open(link.slice(app.url.length));
  assert.equal(await receiver.detailHeading().textContent(), statementOf(CLAIM));
  assert.equal(await receiver.currentClaim(), CLAIM);
  assert.equal(await receiver.checkbox('claimant', 'zelenskyy').isChecked(), true);
  assert.equal(await receiver.page.locator('#search').inputValue(), 'North Korean');
  assert.deepEqual(await receiver.listedClaims(), shown);
  const box = await receiver.claimLink(CLAIM).boundingBox();
  const viewport = receiver.page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, 'the claim is in view');
});

test('when the clipboard is refused the link is shown to copy by hand', async () => {
  const page = await app.open(`?claim=${CLAIM}`);
  await page.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.page.getByRole('button', { name: 'Copy link' }).click();
  const fallback = page.page.locator('#link-fallback');
  await fallback.waitFor();
  assert.equal(await fallback.inputValue(), `${app.url}?claim=${CLAIM}`);
});

test('every claim is a real link that works in a new tab', async () => {
  const page = await app.open();
  const href = await page.claimLink(CLAIM).getAttribute('href');
  assert.equal(href, `?claim=${CLAIM}`);
  const tab = await app.open(href);
  assert.equal(await tab.currentClaim(), CLAIM);
});

test('an unknown claim id gives a clear notice and the rest works', async () => {
  const page = await app.open('?claim=no-such-thing&claimant=zelenskyy');
  assert.equal(await page.detailHeading().textContent(), 'No such claim');
  assert.match(await page.page.locator('.detail [role="alert"]').textContent(), /no claim with the id “no-such-thing”/);
  assert.deepEqual(await page.listedClaims(), claimsBy((c) => sources(c).includes('zelenskyy')));
  await page.page.getByRole('button', { name: 'Show all claims' }).click();
  assert.equal(await page.detailHeading().textContent(), 'No claim selected');
  await page.selectClaim(CLAIM);
});

test('unknown filter values are left out and named', async () => {
  const page = await app.open('?side=mars,ukraine&colour=blue');
  assert.equal(await page.checkbox('side', 'ukraine').isChecked(), true);
  const notice = await page.page.locator('.notice[role="status"]').textContent();
  assert.match(notice, /side=mars/);
  assert.match(notice, /colour=blue/);
});

const HOSTILE = [
  '?claim=<img src=x onerror=alert(1)>',
  '?claim=%3Cscript%3Ealert(1)%3C/script%3E&q=%3Cb%3Ebold%3C/b%3E',
  '?side=%3Csvg%20onload%3Dalert(1)%3E&view=%22%3E%3Cimg%20src%3Dx%3E',
  '?q=%E0%A4%A&claim=%&&&==&side=,,,&topic=' + 'a'.repeat(5000),
  '?claim=' + encodeURIComponent('javascript:alert(1)') + '&article=../../etc/passwd',
  '?%00=%00&claim=%F0%9F%92%A5%00&q=%FF%FE',
  '?view=claims&view=timeline&claim=a&claim=b',
];

test('hostile query strings never break the page or become HTML', async () => {
  for (const query of HOSTILE) {
    const page = await app.open(query);
    assert.match(await page.total(), /claims$/, query);
    const injected = await page.page.evaluate(
      () => document.querySelectorAll('img, script:not([type="module"]), svg[onload], b').length,
    );
    assert.equal(injected, 0, `nothing from ${query} is rendered as HTML`);
    // The app still responds.
    await page.filterBy('side', 'ukraine');
    await page.clearAll();
    assert.equal(await page.total(), `All ${story.claims.length} claims`, query);
  }
  // The claim text is shown as text, exactly.
  const page = await app.open('?claim=<img src=x onerror=alert(1)>');
  assert.equal(await page.page.locator('.detail code').textContent(), '<img src=x onerror=alert(1)>');
});

test('all shared claims are one claim with two appearances', async () => {
  const shared = claimsBy((c) => c.appearances.length === 2);
  assert.ok(shared.length > 0);
  const page = await app.open('?article=all');
  assert.deepEqual(await page.listedClaims(), shared);
});
