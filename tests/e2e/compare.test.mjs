// The Compare view as a reader uses it: both articles with every quote marked, a claim
// lit up in both when pointed at, the shared claims' wordings diffed, filters, links.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { claimsBy, sources, start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const TROOPS = 'nk-troops-in-russia-up-to-12000';
const TUVA = 'sso-tuva-place-of-birth';
const [A, B] = story.articles.map((a) => a.id);
const inArticle = (claim, article) => claim.appearances.some((a) => a.article === article);
const sharedClaims = story.claims.filter((c) => inArticle(c, A) && inArticle(c, B)).map((c) => c.id);
const nameOf = (actor) => story.actors.find((a) => a.id === actor).name;

async function openCompare(query = '', options) {
  const page = await app.open(`?view=compare${query}`, options);
  await page.page.locator('.compare .alignment').waitFor();
  return page;
}

/** The text of the marked runs standing for each claim in one article, joined in order. */
function markedText(page, article) {
  return page.page.locator('.texts article.text').nth(article).evaluate((text) => {
    const found = {};
    for (const run of text.querySelectorAll('a.quote')) {
      for (const id of run.dataset.claims.split(' ')) found[id] = (found[id] ?? '') + run.textContent;
    }
    return found;
  });
}

test('every quote of the bundled story is marked in its article', async () => {
  const page = await openCompare();
  for (const [index, article] of [A, B].entries()) {
    const marked = await markedText(page, index);
    const carried = story.claims.filter((c) => inArticle(c, article));
    assert.deepEqual(Object.keys(marked).sort(), carried.map((c) => c.id).sort(), `the claims marked in ${article}`);
    let quotes = 0;
    for (const claim of carried) {
      for (const quote of claim.appearances.filter((a) => a.article === article).flatMap((a) => a.quotes)) {
        assert.ok(marked[claim.id].includes(quote), `${claim.id} in ${article}: “${quote}”`);
        quotes += 1;
      }
    }
    assert.ok(quotes >= carried.length);
  }
  // The summary counts what the data holds.
  const only = (article) => story.claims.filter((c) => inArticle(c, article) && sharedClaims.indexOf(c.id) < 0).length;
  const summary = await page.page.locator('.coverage p').textContent();
  assert.match(summary, new RegExp(`${sharedClaims.length} in both · ${only(A)} only in A · ${only(B)} only in B`));
  assert.deepEqual(
    await page.page.locator('.alignment tbody').evaluateAll((rows) => rows.map((r) => r.dataset.claims)),
    sharedClaims,
  );
});

test('pointing at a shared claim lights it up in the other article and in the table', async () => {
  const page = await openCompare();
  const lit = () =>
    page.page.locator('[data-lit]').evaluateAll((parts) => parts.map((p) => p.closest('article.text, tbody, li')?.tagName));
  await page.page.locator(`.texts article.text >> nth=0 >> a.quote[data-claim="${TUVA}"]`).first().hover();
  const parts = await lit();
  assert.ok(parts.filter((p) => p === 'ARTICLE').length >= 2, `marked in both texts: ${parts}`);
  assert.ok(parts.includes('TBODY'), 'and its row');
  const inB = page.page.locator(`.texts article.text >> nth=1 >> a.quote[data-claims~="${TUVA}"]`);
  assert.equal(await inB.first().getAttribute('data-lit'), '');
  // Moving off the claims puts it out.
  await page.page.locator('.compare h2').hover();
  assert.deepEqual(await lit(), []);
  // Keyboard focus lights up too (the pointer rests outside the view, left of it, so
  // the browser's pointer events do not compete), and a click selects the claim.
  const troops = page.page.locator(`.texts article.text >> nth=1 >> a.quote[data-claim="${TROOPS}"]`).first();
  await troops.scrollIntoViewIfNeeded();
  await page.page.mouse.move(8, 450);
  await troops.focus();
  assert.equal(await page.page.locator(`tbody[data-claims="${TROOPS}"]`).getAttribute('data-lit'), '');
  await page.page.keyboard.press('Enter');
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(TROOPS) }).waitFor();
  const query = new URLSearchParams(page.query());
  assert.deepEqual([query.get('view'), query.get('claim')], ['compare', TROOPS]);
});

test('the stamps and photos of one article are the seals and photographs of the other', async () => {
  const page = await openCompare();
  const row = page.page.locator(`tbody[data-claims="${TUVA}"]`);
  const changed = (article) =>
    row.locator('tr').nth(article + 1).locator('.wording mark').allTextContents();
  assert.ok((await changed(0)).includes('stamps and photos,'), String(await changed(0)));
  assert.ok((await changed(1)).includes('seals, photographs,'), String(await changed(1)));
  // What each article says with it that the other does not: Tuva's place, Shoigu's home.
  const also = await row.locator('.also').allTextContents();
  assert.equal(also.length, 2);
  assert.match(also[0], /southern Siberia/);
  assert.match(also[1], /Shoigu/);
});

test('the troop estimate shows both attributions and flags the figures', async () => {
  const page = await openCompare();
  const row = page.page.locator(`tbody[data-claims="${TROOPS}"]`);
  assert.match(await row.locator('.flag').textContent(), /“between 11,000 and 12,000” against “up to 12,000”/);
  const claim = story.claims.find((c) => c.id === TROOPS);
  const chains = await row.locator('ol.chain').allTextContents();
  assert.equal(chains.length, 2);
  for (const [i, article] of [A, B].entries()) {
    const appearance = claim.appearances.find((a) => a.article === article);
    for (const actor of appearance.chain[0].actors) assert.ok(chains[i].includes(nameOf(actor)), `${nameOf(actor)} in ${chains[i]}`);
  }
  assert.ok((await row.locator('.wording mark').count()) > 0, 'the figures are marked as changed');
});

test('filtering by US officials finds the troop estimate and leaves only their quotes', async () => {
  const page = await openCompare();
  const everyRun = () => page.page.locator('.texts a.run').evaluateAll((runs) => runs.map((r) => r.outerHTML));
  const unfiltered = await everyRun();
  // The texts are patched, not redrawn: the same elements, before and after.
  await page.page.evaluate(() => document.querySelectorAll('.texts a.run').forEach((r) => (r.kept = true)));
  await page.filterBy('claimant', 'us-officials');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('claimant') === 'us-officials');
  const theirs = claimsBy((c) => sources(c).includes('us-officials'));
  await page.page.locator(`tbody[data-claims="${TROOPS}"]`).waitFor();
  const rows = await page.page.locator('.alignment tbody:not([hidden])').evaluateAll((r) => r.map((t) => t.dataset.claims));
  assert.deepEqual(rows, sharedClaims.filter((id) => theirs.includes(id)));
  const marked = await page.page
    .locator('a.quote')
    .evaluateAll((runs) => [...new Set(runs.flatMap((r) => r.dataset.claims.split(' ')))]);
  assert.ok(marked.length > 0);
  for (const id of marked) assert.ok(theirs.includes(id), `${id} is not theirs`);
  const listed = await page.page.locator('ul.only li:not([hidden])').evaluateAll((items) => items.map((li) => li.dataset.claims));
  for (const id of listed) assert.ok(theirs.includes(id), `${id} is not theirs`);
  const runs = await page.page.locator('.texts a.run').evaluateAll((all) =>
    all.map((r) => ({ kept: r.kept === true, link: r.hasAttribute('href'), claim: r.hasAttribute('data-claim') })),
  );
  assert.ok(runs.every((r) => r.kept), 'every run is the element first drawn');
  assert.ok(runs.some((r) => !r.link && !r.claim), 'the runs of other claims are plain words');
  // Undone, the filter gives back the texts as first drawn.
  await page.page.goBack();
  await page.page.waitForFunction(() => !new URLSearchParams(location.search).has('claimant'));
  await page.page.waitForFunction((n) => document.querySelectorAll('.texts a.quote').length === n, unfiltered.filter((r) => r.includes('quote')).length);
  assert.deepEqual(await everyRun(), unfiltered);
});

test('a shared Compare link with a claim reopens scrolled to it, and the detail links there', async () => {
  const inView = (page, id) =>
    page.page.waitForFunction((row) => {
      const box = document.getElementById(row).getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    }, `compare-${id}`);
  const shared = await openCompare(`&claim=${TROOPS}`);
  await inView(shared, TROOPS);
  await shared.page.locator('#detail-heading').filter({ hasText: statementOf(TROOPS) }).waitFor();

  const list = await app.open(`?claim=${TUVA}`);
  await list.page.locator('#detail a[data-view="compare"]', { hasText: 'Compare wordings' }).click();
  await list.page.locator('.compare .alignment').waitFor();
  const query = new URLSearchParams(list.query());
  assert.deepEqual([query.get('view'), query.get('claim')], ['compare', TUVA]);
  await inView(list, TUVA);
  await list.page.goBack();
  await list.page.locator('ol.claims').waitFor();
  assert.equal(list.query(), `?claim=${TUVA}`);
});

test('on a 360 px phone the articles take turns, without sideways scrolling', async () => {
  const page = await openCompare('', { viewport: { width: 360, height: 740 } });
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  const texts = page.page.locator('.texts article.text');
  assert.deepEqual([await texts.nth(0).isVisible(), await texts.nth(1).isVisible()], [true, false]);
  await page.page.getByRole('button', { name: /^B ·/ }).click();
  assert.deepEqual([await texts.nth(0).isVisible(), await texts.nth(1).isVisible()], [false, true]);
  assert.equal(await page.page.getByRole('button', { name: /^B ·/ }).getAttribute('aria-pressed'), 'true');
  // A filter change redraws the view and keeps the article the reader chose.
  await page.page.locator('.facet-groups > summary').click();
  await page.filterBy('side', 'ukraine');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('side') === 'ukraine');
  assert.deepEqual([await texts.nth(0).isVisible(), await texts.nth(1).isVisible()], [false, true]);
  const wide = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `page is ${wide}px wide`);
});
