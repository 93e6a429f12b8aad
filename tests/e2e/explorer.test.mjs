// A reader and a fact-checker using the claims explorer.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { after, afterEach, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, claimsBy, relays, sideOf, sources, start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const total = story.claims.length;

test('the story loads from a sub-path with every claim listed', async () => {
  const page = await app.open();
  assert.match(page.page.url(), /\/news\/claimline\/$/);
  assert.equal(await page.total(), `All ${total} claims`);
  assert.deepEqual(await page.listedClaims(), story.claims.map((c) => c.id));
  assert.equal(await page.page.locator('h1').textContent(), story.title);
});

test('filtering by a claimant gives exactly that claimant’s claims', async () => {
  const page = await app.open();
  const expected = claimsBy((c) => sources(c).includes('zelenskyy'));
  assert.ok(expected.length > 1);
  const label = await page.page.locator('label[for="facet-claimant-zelenskyy"] .count').textContent();
  assert.equal(Number(label), expected.length, 'the facet value shows how many claims it gives');
  await page.filterBy('claimant', 'zelenskyy');
  assert.deepEqual(await page.listedClaims(), expected);
  assert.equal(await page.total(), `${expected.length} of ${total} claims`);
  assert.equal(page.query(), '?claimant=zelenskyy');
});

test('values of one facet OR together; facets AND together; clear all resets', async () => {
  const page = await app.open();
  const south = (c) => sources(c).some((a) => sideOf(a) === 'south-korea');
  const us = (c) => sources(c).some((a) => sideOf(a) === 'united-states');
  await page.filterBy('side', 'south-korea');
  await page.filterBy('side', 'united-states');
  assert.deepEqual(await page.listedClaims(), claimsBy((c) => south(c) || us(c)));
  await page.filterBy('article', 'b');
  const inB = (c) => c.appearances.some((a) => a.article === 'b');
  assert.deepEqual(await page.listedClaims(), claimsBy((c) => (south(c) || us(c)) && inB(c)));
  await page.clearAll();
  assert.equal(await page.total(), `All ${total} claims`);
  assert.equal(await page.checkbox('side', 'south-korea').isChecked(), false);
});

test('a relay filter finds claims that reached the article through a third party', async () => {
  const page = await app.open();
  await page.filterBy('relay', 'yonhap');
  const expected = claimsBy((c) => relays(c).includes('yonhap'));
  assert.ok(expected.length > 0);
  assert.deepEqual(await page.listedClaims(), expected);
  const chain = page.page.locator(`#claim-${expected[0]} .chain`);
  assert.match(await chain.textContent(), /Yonhap/);
});

test('search finds a word in statements and quotes, and replaces the history entry', async () => {
  const page = await app.open();
  const before = await page.page.evaluate(() => history.length);
  await page.search('Tuva');
  const matches = await page.listedClaims();
  assert.ok(matches.includes('sso-tuva-place-of-birth'), matches.join());
  for (const id of matches) {
    const claim = story.claims.find((c) => c.id === id);
    const text = [claim.statement, ...claim.appearances.flatMap((a) => a.quotes)].join(' ');
    assert.match(text, /tuva/i);
  }
  assert.equal(page.query(), '?q=Tuva');
  assert.equal(await page.page.evaluate(() => history.length), before, 'typing does not push history');
  await page.search('no claim says this at all');
  assert.deepEqual(await page.listedClaims(), []);
  assert.match(await page.page.locator('.empty').textContent(), /No claim matches/);
});

test('selecting a claim shows its quotes in context and related claims', async () => {
  const page = await app.open();
  const id = 'nk-troops-in-russia-up-to-12000';
  await page.selectClaim(id);
  assert.equal(await page.currentClaim(), id);
  assert.equal(page.query(), `?claim=${id}`);
  assert.equal(await page.page.title(), `${statementOf(id)} · Claimline`);
  const marks = await page.page.locator('.detail mark').allTextContents();
  const quotes = story.claims.find((c) => c.id === id).appearances.flatMap((a) => a.quotes);
  assert.deepEqual(marks.sort(), [...quotes].sort(), 'every quote is highlighted verbatim');
  assert.equal(await page.page.locator('.detail .in-context').count(), 2, 'both articles carry it');
  assert.ok((await page.page.locator('.detail .related li').count()) > 0);
  await page.page.locator('.detail .related a').first().click();
  assert.notEqual(await page.currentClaim(), id);
});

test('back and forward step through selections', async () => {
  const page = await app.open();
  const [first, second] = story.claims.map((c) => c.id);
  await page.selectClaim(first);
  await page.selectClaim(second);
  await page.page.goBack();
  await page.detailHeading().filter({ hasText: statementOf(first) }).waitFor();
  assert.equal(await page.currentClaim(), first);
  await page.page.goForward();
  await page.detailHeading().filter({ hasText: statementOf(second) }).waitFor();
  assert.equal(await page.currentClaim(), second);
  await page.page.reload();
  await page.detailHeading().filter({ hasText: statementOf(second) }).waitFor();
  assert.equal(await page.currentClaim(), second, 'reload restores the selection');
});

test('keyboard only: tab to a claim, open it, close it, toggle a filter', async () => {
  const page = await app.open();
  const { page: p } = page;
  const first = story.claims[0].id;
  // Tab until the first claim's link has focus.
  for (let i = 0; i < 200; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((id) => document.activeElement?.closest('li')?.id === `claim-${id}`, first)) break;
  }
  assert.equal(await p.evaluate(() => document.activeElement?.tagName), 'A');
  await p.keyboard.press('Enter');
  await page.detailHeading().filter({ hasText: statementOf(first) }).waitFor();
  await p.waitForFunction(() => document.activeElement?.id === 'detail-heading');
  assert.equal(await page.currentClaim(), first);
  // Close returns focus to the claim's link.
  await p.getByRole('button', { name: 'Close' }).focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction((id) => document.activeElement?.closest('li')?.id === `claim-${id}`, first);
  assert.equal(await page.currentClaim(), null);
  // A facet checkbox toggles with Space.
  await page.checkbox('side', 'north-korea').focus();
  await p.keyboard.press('Space');
  await p.waitForFunction(() => location.search === '?side=north-korea');
  assert.equal(await page.checkbox('side', 'north-korea').isChecked(), true);
});

test('on a 360 px phone: no sideways scrolling, a shared claim lands in view, filters unfold', async () => {
  const phone = { viewport: { width: 360, height: 740 } };
  const page = await app.open('?claim=zelenskyy-over-3000-killed-or-wounded', phone);
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  await page.detailHeadingInView();

  const unknown = await app.open('?claim=no-such-claim', phone);
  await unknown.detailHeadingInView();
  assert.equal(await unknown.detailHeading().textContent(), 'No such claim');

  // Filters are folded so the claims come first; they unfold on request.
  assert.equal(await unknown.checkbox('side', 'ukraine').isVisible(), false);
  await unknown.page.locator('.facet-groups > summary').click();
  await unknown.filterBy('side', 'ukraine');
  assert.equal(unknown.query(), '?claim=no-such-claim&side=ukraine');
});

test('each article’s own attribution: the troop estimate is found under US officials and shows both chains', async () => {
  const page = await app.open();
  await page.filterBy('claimant', 'us-officials');
  const id = 'nk-troops-in-russia-up-to-12000';
  assert.deepEqual(await page.listedClaims(), claimsBy((c) => sources(c).includes('us-officials')));
  assert.ok((await page.listedClaims()).includes(id), 'article B gives it to US officials');
  const chains = await page.page.locator(`#claim-${id} .chain`).allTextContents();
  assert.equal(chains.length, 2, 'one chain per article, since they differ');
  assert.match(chains[0], /US intelligence.*A ·/s);
  assert.match(chains[1], /US officials.*B ·/s);
});

test('in a story of six outlets, an article’s filter lists every claim it carries, and its count says so', async () => {
  // The made-up six-outlet story, published beside the build.
  const root = new URL('../../', import.meta.url).pathname;
  const out = new URL('../../target/e2e-six-outlets/', import.meta.url).pathname;
  await rm(out, { recursive: true, force: true });
  const file = `${root}tests/fixtures/stories/grindlewick-cheese-roll.json`;
  await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', file, '--app', DIST, '--out', out], { cwd: root });
  const six = await start(out);
  try {
    const page = await six.open();
    const radio = page.page.locator('label[for="facet-article-radio"] .count');
    assert.equal(await radio.textContent(), '6');
    await page.filterBy('article', 'radio');
    await page.page.locator('.tally', { hasText: '6 of 28 claims' }).waitFor();
    // Radio Brackenvale's six claims: one all six outlets carry, three that three to
    // five do, one it shares with the Gazette, and one only it carries.
    assert.deepEqual(await page.listedClaims(), [
      'crowd-about-two-thousand',
      'crumb-won-the-roll',
      'fitch-reached-cheese-first',
      'council-lets-race-go-ahead',
      'field-of-runners',
      'dozens-hurt-on-slope',
    ]);
    // In place of Radio Brackenvale: the one claim every article carries.
    await page.checkbox('article', 'radio').click();
    await page.filterBy('article', 'all');
    await page.page.locator('.tally', { hasText: '1 of 28 claims' }).waitFor();
    assert.deepEqual(await page.listedClaims(), ['crowd-about-two-thousand']);
    await six.finish();
  } finally {
    await six.stop();
  }
});
