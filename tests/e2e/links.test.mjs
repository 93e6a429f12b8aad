// A journalist sharing one claim, and links that are wrong, cut short or hostile.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { STARTED, claimsBy, sources, start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const CLAIM = 'zelenskyy-over-3000-killed-or-wounded';
/** Its link preview and share text: the claim first, then who makes it and who reports
 * it (the date left out, which would take it past 200 characters). */
const PREVIEW =
  'More than 3,000 North Korean soldiers are believed to have been killed or wounded in Russia’s Kursk region, ' +
  'according to preliminary data, says Volodymyr Zelenskyy, reported by ABC News';

/** What the status line says once each button's copy is made: waiting for that copy's
 * own words, not any "is copied", so a second copy is not read before it is made. */
const COPIED = {
  'Copy link': 'The link to the claim’s page is copied.',
  'Copy citation': 'The citation is copied.',
  'Copy as CSL-JSON': 'The CSL-JSON is copied.',
};
const copyFrom = async (page, button) => {
  await page.page.getByRole('button', { name: button, exact: true }).click();
  await page.page.locator('.share-status', { hasText: COPIED[button] }).waitFor();
  return page.page.evaluate(() => navigator.clipboard.readText());
};

test('Copy link gives the claim’s own page: its preview names who, where and when, and it opens the app on the claim', async () => {
  const sender = await app.open(`?claim=${CLAIM}&claimant=zelenskyy`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const link = await copyFrom(sender, 'Copy link');
  assert.equal(link, `${app.url}claims/${CLAIM}.html`);
  const receiver = await app.open(link.slice(app.url.length), {}, 'h1');
  const preview = await receiver.page.locator('meta[property="og:title"]').getAttribute('content');
  assert.equal(preview, PREVIEW);
  await receiver.page.getByRole('link', { name: /Open this claim in the story/ }).click();
  await receiver.page.locator(STARTED).waitFor();
  assert.equal(await receiver.detailHeading().textContent(), statementOf(CLAIM));
});

test('Copy citation names the claimant, the chain, the outlet and the date, and the claim’s page; CSL-JSON parses', async () => {
  const page = await app.open(`?claim=${CLAIM}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const citation = await copyFrom(page, 'Copy citation');
  assert.match(citation, /^According to Volodymyr Zelenskyy \(/);
  assert.ok(citation.includes('as reported by ABC News, “'), citation);
  assert.ok(citation.includes('23–30 Dec 2024'), citation);
  assert.ok(citation.includes(statementOf(CLAIM)), citation);
  assert.ok(citation.endsWith(`Claimline: ${app.url}claims/${CLAIM}.html`), citation);
  const csl = JSON.parse(await copyFrom(page, 'Copy as CSL-JSON'));
  const claim = story.claims.find((c) => c.id === CLAIM);
  assert.equal(csl.length, 1 + claim.appearances.length);
  assert.equal(csl[0].URL, `${app.url}claims/${CLAIM}.html`);
  assert.equal(csl[0].note, citation);
  assert.deepEqual(csl.slice(1).map((item) => item.type), claim.appearances.map(() => 'article-newspaper'));
});

test('each article’s version of a claim has its own Copy citation, naming that outlet, headline and date', async () => {
  const id = 'sso-killed-north-korean-soldiers';
  const page = await app.open(`?claim=${id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const button = page.page.getByRole('button', { name: 'Copy citation of B · ABC News', exact: true });
  await button.click();
  await page.page.locator('.share', { has: button }).locator('.share-status', { hasText: 'The citation is copied.' }).waitFor();
  const citation = await page.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(
    citation,
    'According to Ukraine\'s Special Operations Forces (SSO) (post), as reported by ABC News, ' +
      '“Ukraines Zelenskyy says 3,000 North Koreans killed or wounded in Russia fighting”, 23–31 Dec 2024 (date inferred): ' +
      'North Korean soldiers were killed in Russia’s Kursk region. Made 22–29 Dec 2024 (date inferred). ' +
      `In “North Korean soldiers fighting for Russia in Kursk”, Claimline: ${app.url}claims/${id}.html`,
  );
  // The whole claim's citation still cites both articles (its own block's status
  // waited for: the version's already says it copied).
  const wholeButton = page.page.getByRole('button', { name: 'Copy citation', exact: true });
  await wholeButton.click();
  await page.page.locator('.share', { has: wholeButton }).locator('.share-status', { hasText: 'The citation is copied.' }).waitFor();
  const whole = await page.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(whole.includes('as reported by Unnamed outlet') && whole.includes('as reported by ABC News'), whole);
});

test('Share gives the system sheet the claim’s page and a text that names who makes it', async () => {
  const page = await app.open(`?claim=${CLAIM}`);
  // A browser that shares: the app offers Share… where it finds navigator.share.
  await page.page.addInitScript(() => {
    navigator.share = (data) => ((window.__shared = data), Promise.resolve());
  });
  await page.page.reload();
  await page.page.locator(STARTED).waitFor();
  await page.page.getByRole('button', { name: 'Share…' }).click();
  await page.page.waitForFunction(() => window.__shared);
  const shared = await page.page.evaluate(() => window.__shared);
  assert.equal(shared.url, `${app.url}claims/${CLAIM}.html`);
  assert.equal(shared.text, PREVIEW);
});

test('when the clipboard is refused the link is shown to copy by hand', async () => {
  const page = await app.open(`?claim=${CLAIM}`);
  await page.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.page.getByRole('button', { name: 'Copy link' }).click();
  const fallback = page.page.locator('#link-fallback');
  await fallback.waitFor();
  assert.equal(await fallback.inputValue(), `${app.url}claims/${CLAIM}.html`);
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
