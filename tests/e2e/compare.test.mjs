// The Compare view as a reader uses it: both articles with every quote marked, a claim
// lit up in both when pointed at, the shared claims' wordings diffed, filters, links;
// the coverage table of every article, and any two texts side by side, on the bundled
// story and on a made-up story of four outlets published beside the same build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, claimsBy, sources, start, statementOf, story } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
let app;
let outlets;
let site;
before(async () => {
  app = await start();
  // `claimline site` on the four-outlet story, beside the same app build.
  site = path.join(await mkdtemp(path.join(tmpdir(), 'claimline-outlets-')), 'site');
  const story = path.join(root, 'core/tests/fixtures/four-outlets.json');
  await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', story, '--app', DIST, '--out', site], {
    cwd: root,
  });
  outlets = await start(site);
});
afterEach(async () => {
  await app.finish();
  await outlets.finish();
});
after(async () => {
  await app.stop();
  await outlets.stop();
  await rm(path.dirname(site), { recursive: true });
});

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

/** The coverage table shown (of its two orders). */
const shownTable = (page) => page.page.locator('.coverage-region:visible table.carried');

/** The rows the coverage table shows, each as its claim and its cells' words. */
function tableRows(page) {
  return shownTable(page)
    .locator('tbody tr:not([hidden])')
    .evaluateAll((rows) =>
      rows.map((row) => [row.dataset.claims, ...[...row.cells].slice(1).map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())]),
    );
}

async function openOutlets(query = '', options) {
  const page = await outlets.open(`?view=compare${query}`, options);
  await shownTable(page).waitFor();
  return page;
}

const textsShown = (page) =>
  page.page.locator('.texts article.text').evaluateAll((texts) => texts.map((t) => t.dataset.text));

test('the bundled story\'s coverage table has a column per article and a row per claim, and reads at 1280 px', async () => {
  const page = await openCompare();
  const table = shownTable(page);
  await table.waitFor();
  assert.match(await table.locator('caption').textContent(), /each of the 2 articles/);
  const heads = await table.locator('th[scope=col]').allInnerTexts();
  assert.equal(heads.length, 3);
  assert.match(heads[1], /^A · /);
  assert.match(heads[2], /^B · /);
  const carried = (article) => story.claims.filter((c) => inArticle(c, article)).length;
  assert.match(heads[1], new RegExp(`${carried(A)} claims:`));
  assert.match(heads[2], new RegExp(`${carried(B)} claims:`));
  const rows = await tableRows(page);
  assert.equal(rows.length, story.claims.length, 'a row per claim');
  // A claim only one article carries says so in the other's cell, in words.
  const onlyA = story.claims.find((c) => inArticle(c, A) && !inArticle(c, B));
  const row = rows.find(([id]) => id === onlyA.id);
  assert.equal(row[2], 'not carried');
  assert.ok(
    await shownTable(page).locator(`tr[data-claims="${onlyA.id}"] th[scope=row]`).filter({ hasText: 'Only in A of 2' }).count(),
  );
  const region = page.page.getByRole('region', { name: /Coverage table by first appearance/ });
  assert.equal(await region.getAttribute('tabindex'), '0');
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 1280, `page is ${width}px wide`);
});

test('four outlets: each cell says how its article carries the claim, in publication order', async () => {
  const page = await openOutlets();
  const heads = await shownTable(page).locator('th[scope=col]').allInnerTexts();
  assert.deepEqual(
    heads.slice(1).map((h) => h.split('\n')[0]),
    ['B · Lantern Weekly', 'A · Festival Daily', 'C · Town Courier', 'D · Evening Lamp'],
  );
  assert.match(heads[2], /3 claims: 1 attributed, 2 in its own voice/);
  assert.deepEqual(await tableRows(page), [
    ['lanterns-ready', 'Town council 520', 'Town council about 500', 'Unnamed officials via Lamplight Wire 520', 'not carried'],
    ['boats-late', 'Harbour master (local radio) Outlet could not verify', 'not carried', 'not carried', 'not carried'],
    ['rain-delay', 'not carried', 'In its own voice', 'not carried', 'In its own voice dated 27 Feb 2026'],
    ['music-late', 'not carried', 'In its own voice', 'Town council dated 28 Feb 2026', 'not carried'],
    ['crowd-happy', 'not carried', 'not carried', 'The mayor', 'not carried'],
  ]);
  const marks = await shownTable(page).locator('tr[data-claims="lanterns-ready"] .row-marks li').allTextContents();
  assert.deepEqual(marks, ['Figures differ', 'Sources differ']);
  // The default pair shares the most claims (A and C: two); only in C is over all four.
  assert.deepEqual(await textsShown(page), ['a', 'c']);
  const onlyC = page.page.locator('h3', { hasText: 'Only in C · Town Courier' }).locator('xpath=following-sibling::ul[1]');
  assert.deepEqual(await onlyC.locator('li:not([hidden])').evaluateAll((li) => li.map((l) => l.dataset.claims)), ['crowd-happy']);
  assert.equal(await page.page.locator('h3', { hasText: 'Only in A · Festival Daily' }).locator('xpath=following-sibling::ul[1]').isHidden(), true);
  assert.match(await page.page.locator('.coverage p').textContent(), /2 in both · 0 only in A · 1 only in C/);
});

test('four outlets: any two texts by the control or by link', async () => {
  const page = await openOutlets();
  await page.page.getByRole('navigation', { name: 'Beside A · Festival Daily' }).getByRole('link', { name: 'B · Lantern Weekly' }).click();
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('articles') === 'a,b');
  await page.page.waitForFunction(() => [...document.querySelectorAll('.texts article.text')].map((t) => t.dataset.text).join() === 'b,a');
  assert.equal(
    await page.page.getByRole('navigation', { name: 'Beside A · Festival Daily' }).locator('[aria-current]').textContent(),
    'B · Lantern Weekly',
  );
  const shared = await page.page.locator('.alignment tbody').evaluateAll((rows) => rows.map((r) => r.dataset.claims));
  assert.deepEqual(shared, ['lanterns-ready']);
  await page.page.goBack();
  await page.page.waitForFunction(() => [...document.querySelectorAll('.texts article.text')].map((t) => t.dataset.text).join() === 'a,c');

  const linked = await openOutlets('&articles=d,a');
  assert.deepEqual(await textsShown(linked), ['a', 'd']);
  assert.match(await linked.page.locator('.alignment').textContent(), /Rain delayed the opening/);
});

test('four outlets: a cell opens its quote in its paragraph and the claim\'s detail', async () => {
  const page = await openOutlets();
  await shownTable(page).locator('tr[data-claims="boats-late"] a[data-cell="b"]').click();
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('articles') === 'b,a');
  await page.page.locator('#detail-heading').filter({ hasText: 'The boats will be late.' }).waitFor();
  const quote = page.page.locator('.texts article.text[data-text="b"] a.run[aria-current]');
  await quote.waitFor();
  assert.equal(await quote.textContent(), 'The harbour master told local radio that the boats would be late.');
  await page.page.waitForFunction(() => {
    const run = document.querySelector('.texts article.text[data-text="b"] a.run[aria-current]');
    const box = run.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
});

test('four outlets: rows sort by how many articles carry them and back', async () => {
  const page = await openOutlets();
  const order = async () => (await tableRows(page)).map(([id]) => id);
  const byCount = page.page.getByRole('radio', { name: 'By articles carrying' });
  await byCount.check();
  await page.page.getByRole('region', { name: /Coverage table by how many articles carry each/ }).waitFor();
  assert.deepEqual(await order(), ['lanterns-ready', 'rain-delay', 'music-late', 'boats-late', 'crowd-happy']);
  // By keyboard, back to the first order.
  await byCount.focus();
  await page.page.keyboard.press('ArrowLeft');
  await page.page.getByRole('region', { name: /Coverage table by first appearance/ }).waitFor();
  assert.deepEqual(await order(), ['lanterns-ready', 'boats-late', 'rain-delay', 'music-late', 'crowd-happy']);
});

test('four outlets: the filters leave the table the rows they let through', async () => {
  const page = await openOutlets();
  await page.filterBy('claimant', 'harbour-master');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('claimant') === 'harbour-master');
  await page.page.waitForFunction(() => document.querySelectorAll('.by-first tbody tr:not([hidden])').length === 1);
  assert.deepEqual((await tableRows(page)).map(([id]) => id), ['boats-late']);
});

test('four outlets on a 390 px phone: the table scrolls inside itself with the claims at its left', async () => {
  const page = await openOutlets('', { viewport: { width: 390, height: 800 } });
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  const region = page.page.locator('.coverage-region:visible');
  const [scroll, client] = await region.evaluate((r) => [r.scrollWidth, r.clientWidth]);
  assert.ok(scroll > client, `the table is wider than its region: ${scroll} > ${client}`);
  const head = shownTable(page).locator('tr[data-claims="boats-late"] th[scope=row]');
  const before = await head.boundingBox();
  await region.evaluate((r) => (r.scrollLeft = r.scrollWidth));
  await page.page.waitForFunction(() => document.querySelector('.coverage-region.by-first').scrollLeft > 0);
  const afterScroll = await head.boundingBox();
  assert.equal(Math.round(afterScroll.x), Math.round(before.x), 'the claim stays at the left');
  // One text at a time.
  const texts = page.page.locator('.texts article.text');
  assert.deepEqual([await texts.nth(0).isVisible(), await texts.nth(1).isVisible()], [true, false]);
});
