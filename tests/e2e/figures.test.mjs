// The Figures view as a fact-checker uses it: how many North Korean soldiers were
// killed or wounded, according to whom and when; the figures that cannot both be true;
// the table; selecting a figure by pointer, keyboard and table; a shared link; filters.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, axeViolations, start, statementOf } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
// Two made-up stories whose outlets' figures differ, published together beside the
// build: a sheep count of five outlets and the cheese roll of six.
const SHEEP_FILE = path.join(root, 'tests/fixtures/stories/sheep-count.json');
const CHEESE_FILE = path.join(root, 'tests/fixtures/stories/grindlewick-cheese-roll.json');
const sheep = JSON.parse(await readFile(SHEEP_FILE, 'utf8'));

let app;
let sheepSite;
let sheepApp;
before(async () => {
  app = await start();
  sheepSite = path.join(await mkdtemp(path.join(tmpdir(), 'claimline-outlets-')), 'site');
  const site = ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', SHEEP_FILE, CHEESE_FILE, '--app', DIST, '--out', sheepSite];
  await promisify(execFile)('cargo', site, { cwd: root });
  sheepApp = await start(sheepSite);
});
afterEach(async () => {
  await app.finish();
  await sheepApp.finish();
});
after(async () => {
  await app.stop();
  await sheepApp.stop();
  await rm(path.dirname(sheepSite), { recursive: true });
});

const KILLED_OR_WOUNDED = 'nk-killed-or-wounded';
const ZELENSKYY = 'zelenskyy-over-3000-killed-or-wounded';
const US_OFFICIAL = 'us-official-several-hundred-nk-casualties';
const SSO = 'sso-over-100-casualties-in-three-days';

async function openFigures(query = '', options = { viewport: { width: 1366, height: 900 } }) {
  const page = await app.open(`?view=figures${query}`, options, '.figures-table');
  return page;
}

/** The marks of the chart on show (the page is published with one per width). */
const shownMarks = (page) =>
  page.page.locator('svg.figures-chart a[data-figure]').evaluateAll((marks) =>
    marks
      .filter((m) => m.getBoundingClientRect().width > 0)
      .map((m) => {
        const hit = m.querySelector('.hit').getBoundingClientRect();
        return { claim: m.dataset.claim, name: m.getAttribute('aria-label'), width: hit.width, current: m.getAttribute('aria-current') };
      }),
  );

const shownRows = (page) =>
  page.page.locator('.figures-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.textContent));

test('the view link opens the Figures view on the quantity with the most figures', async () => {
  const page = await app.open('');
  await page.page.locator('nav.views a[data-view="figures"]').click();
  await page.page.locator('.figures-table').waitFor();
  assert.equal(new URLSearchParams(page.query?.() ?? (await page.page.evaluate(() => location.search))).get('view'), 'figures');
  const current = await page.page.locator('.quantities a[aria-current="page"]').textContent();
  assert.match(current, /North Korean soldiers killed \(4\)/);
});

test('the killed-or-wounded figures show their qualifiers and claimants, a period wider than a date', async () => {
  const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}`);
  const marks = await shownMarks(page);
  assert.equal(marks.length, 3);
  const named = (claim) => marks.find((m) => m.claim === claim);
  assert.match(named(ZELENSKYY).name, /more than 3,000.*Volodymyr Zelenskyy/);
  assert.match(named(US_OFFICIAL).name, /several hundred.*senior US official/i);
  assert.match(named(SSO).name, /more than 100.*Special Operations Forces/);
  // "Since October" spans its period; Zelenskyy's figure is as of his Monday, 23 or 30 Dec.
  assert.ok(named(US_OFFICIAL).width > 3 * named(ZELENSKYY).width, JSON.stringify(marks));
  const note = await page.page.locator('.disagreements p:not([hidden])').allTextContents();
  assert.equal(note.length, 1);
  // Each figure named with the outlet that gave it: the official's in article A, Zelenskyy's in B.
  assert.match(note[0], /cannot both be true: .*several hundred since October; Volodymyr Zelenskyy · ABC News: more than 3,000/);
  assert.match(named(ZELENSKYY).name, /Volodymyr Zelenskyy · ABC News/);
  assert.match(named(US_OFFICIAL).name, /· Unnamed outlet/);
  const rows = await shownRows(page);
  assert.equal(rows.length, 3);
  assert.ok(rows.some((r) => r.includes('several hundred') && r.includes('since October') && r.includes('A · Unnamed outlet')));
});

test('a mark selects its claim by click, the arrows move between marks and Enter selects', async () => {
  const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}`);
  await page.page.locator(`svg.figures-chart a[data-claim="${ZELENSKYY}"] .glyph`).filter({ visible: true }).click();
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(ZELENSKYY) }).waitFor();
  assert.equal(new URLSearchParams(await page.page.evaluate(() => location.search)).get('claim'), ZELENSKYY);
  assert.equal(new URLSearchParams(await page.page.evaluate(() => location.search)).get('quantity'), KILLED_OR_WOUNDED);

  // The chart has one tab stop, the selected claim's mark; the arrows leave it.
  const stop = page.page.locator('svg.figures-chart a[data-figure][tabindex="0"]').filter({ visible: true });
  assert.equal(await stop.count(), 1);
  assert.equal(await stop.getAttribute('data-claim'), ZELENSKYY);
  await stop.focus();
  const focused = () => page.page.evaluate(() => document.activeElement?.dataset.claim);
  await page.page.keyboard.press('Home');
  const first = await focused();
  assert.equal(first, US_OFFICIAL, 'the earliest figure: since October');
  await page.page.keyboard.press('ArrowRight');
  const second = await focused();
  assert.notEqual(second, first);
  await page.page.keyboard.press('Enter');
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(second) }).waitFor();
});

test('a table row selects its claim, and a shared link reopens quantity and selection', async () => {
  const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}`);
  await page.page.locator(`.figures-table a[data-claim="${US_OFFICIAL}"]`).click();
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(US_OFFICIAL) }).waitFor();
  const link = await page.page.evaluate(() => location.search);

  const shared = await app.open(link, { viewport: { width: 1366, height: 900 } }, '.figures-table');
  const current = await shared.page.locator('.quantities a[aria-current="page"]').textContent();
  assert.match(current, /killed or wounded/);
  const marks = await shownMarks(shared);
  assert.deepEqual(marks.filter((m) => m.current === 'true').map((m) => m.claim), [US_OFFICIAL]);
  assert.equal(await shared.page.locator('.figures-table tr[aria-current="true"]').getAttribute('data-shows') !== null, true);
  await shared.page.locator('#detail-heading').filter({ hasText: statementOf(US_OFFICIAL) }).waitFor();
  // The detail links back to every figure of the quantity.
  await shared.page.locator('#detail a[data-view="figures"]', { hasText: 'See all figures of this quantity' }).waitFor();
});

test('a side filter leaves out other sides’ figures, and the sentence follows', async () => {
  const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}`);
  await page.filterBy('side', 'united-states');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('side') === 'united-states');
  const marks = await shownMarks(page);
  assert.deepEqual(marks.map((m) => m.claim), [US_OFFICIAL]);
  assert.equal((await shownRows(page)).length, 1);
  assert.equal(await page.page.locator('.disagreements').isHidden(), true, 'nothing left to disagree with');
  // Another quantity, from its link, keeps the filter.
  await page.page.locator('.quantities a[data-quantity="nk-killed"]').click();
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('quantity') === 'nk-killed');
  assert.equal(new URLSearchParams(await page.page.evaluate(() => location.search)).get('side'), 'united-states');
  await page.page.locator('.figures .empty:not([hidden])').waitFor();
});

test('on a 360 px phone the chart fits without sideways scroll and the table stays readable', async () => {
  const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}`, { viewport: { width: 360, height: 740 } });
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  assert.equal((await shownMarks(page)).length, 3, 'the narrow chart, every mark');
  const cells = await page.page.locator('.figures-table tbody tr:not([hidden]) th').evaluateAll((all) =>
    all.map((c) => c.getBoundingClientRect().width),
  );
  assert.ok(cells.every((w) => w > 200), `cells as wide as the screen allows: ${cells}`);
});

// On a laptop the open claim's panel stands beside the view: the table's cells (its
// Made and Claim columns last among them) end before the panel begins.
for (const width of [1024, 1280, 1440]) {
  test(`at ${width} px the claim panel covers none of the Figures table`, async () => {
    const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}&claim=${ZELENSKYY}`, { viewport: { width, height: 900 } });
    await page.detailHeading().filter({ hasText: statementOf(ZELENSKYY) }).waitFor();
    const { panel, cells, overflow } = await page.page.evaluate(() => ({
      panel: document.getElementById('detail').getBoundingClientRect().left,
      cells: [...document.querySelectorAll('.figures-table tbody tr:not([hidden]) > *')].map((c) => c.getBoundingClientRect().right),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.ok(cells.length >= 3 * 8, `every row's cells: ${cells.length}`);
    const right = Math.max(...cells);
    assert.ok(right <= panel, `the table ends at ${right} px, the panel begins at ${panel} px`);
    assert.equal(overflow, 0, 'no sideways scroll');
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG A/AA violation in the Figures view, ${scheme}`, async () => {
    const page = await openFigures(`&quantity=${KILLED_OR_WOUNDED}&claim=${ZELENSKYY}`, { colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), []);
  });
}

// The made-up sheep count: the herders' guild's count given as 1,000 by the Lantern (A),
// 1,020 by the Gazette (B, which dates it Tuesday) and the Courier (C), and "more than
// 1,000" by the Post (D); the ferry company's 200 "in recent days" (C) and 150 "last
// week" (D); article E carries no figure.
const SHEEP = 'sheep-missing';
const openSheep = (query = '') =>
  sheepApp.open(`sheep-count/?view=figures&quantity=${SHEEP}${query}`, { viewport: { width: 1366, height: 900 } }, '.figures-table');

/** The shown marks' keys (claim-figure-appearance) and names. */
const shownReports = (page) =>
  page.page.locator('svg.figures-chart a[data-figure]').evaluateAll((marks) =>
    marks
      .filter((m) => m.getBoundingClientRect().width > 0)
      .map((m) => ({ key: m.dataset.figure, name: m.getAttribute('aria-label') })),
  );

test('each mark is one outlet’s report, naming claimant and outlet, and the table has a row per report', async () => {
  const page = await openSheep();
  const marks = await shownReports(page);
  // Three figures of the guild's claim, one given by two outlets, and the ferry's two.
  assert.deepEqual(marks.map((m) => m.key).sort(), ['0-0-0', '0-1-1', '0-1-2', '0-2-3', '1-0-0', '2-0-0']);
  const name = (key) => marks.find((m) => m.key === key).name;
  assert.match(name('0-1-1'), /^1,020 .*The herders' guild · Hill Gazette, as of 5 Mar 2030/);
  assert.match(name('0-1-2'), /^1,020 .*The herders' guild · Ridge Courier, as of 4 Mar 2030/);
  assert.match(name('0-2-3'), /^more than 1,000 .*The herders' guild · Meadow Post/);
  const outlets = await page.page
    .locator('.figures-table tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((r) => r.children[4].textContent));
  assert.deepEqual(outlets, ['D · Meadow Post', 'C · Ridge Courier', 'A · The Daily Lantern', 'C · Ridge Courier', 'D · Meadow Post', 'B · Hill Gazette']);
  assert.equal(await page.page.locator('.figures-table thead th').nth(4).textContent(), 'Outlet');
});

test('conflicts between outlets’ figures are named, and so is one source given different numbers', async () => {
  const page = await openSheep();
  const conflicts = await page.page.locator('.disagreements p:not([hidden])').allTextContents();
  // Five pairs, three named at once: the ferry's 200 over 3–4 March shares Monday 4th
  // with the guild's figures of that day.
  assert.equal(conflicts.length, 3);
  assert.equal(
    conflicts[0],
    "These figures cannot both be true: The ferry company · Ridge Courier: 200, as of 3–4 Mar 2030; The herders' guild · The Daily Lantern: 1,000, as of 4 Mar 2030.",
  );
  assert.ok(conflicts.every((c) => !c.includes('Hill Gazette')), 'the Gazette’s Tuesday meets no other day');
  assert.deepEqual(await page.page.locator('.same-source p:not([hidden])').allTextContents(), [
    "The herders' guild is reported as 1,000 by The Daily Lantern; 1,020 by Ridge Courier, Hill Gazette; and more than 1,000 by Meadow Post.",
  ]);
});

test('the article filter leaves only the chosen outlet’s reports, though their claims are carried elsewhere too', async () => {
  const page = await openSheep();
  await page.filterBy('article', 'c');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('article') === 'c');
  // The guild's claim passes (the Courier carries it), but only the Courier's report of it shows.
  await page.page.locator('svg.figures-chart a[data-figure="0-0-0"][hidden]').first().waitFor({ state: 'attached' });
  assert.deepEqual((await shownReports(page)).map((m) => m.key).sort(), ['0-1-2', '1-0-0']);
  assert.equal((await shownRows(page)).length, 2);
  assert.deepEqual(await page.page.locator('.disagreements p:not([hidden])').allTextContents(), [
    "These figures cannot both be true: The ferry company · Ridge Courier: 200, as of 3–4 Mar 2030; The herders' guild · Ridge Courier: 1,020, as of 4 Mar 2030.",
  ]);
  assert.equal(await page.page.locator('.same-source').isHidden(), true, 'the other outlets’ numbers are filtered out');
  // The keys move among the shown marks only.
  const stop = page.page.locator('svg.figures-chart a[data-figure][tabindex="0"]').filter({ visible: true });
  assert.equal(await stop.count(), 1);
  await stop.focus();
  await page.page.keyboard.press('End');
  const last = await page.page.evaluate(() => document.activeElement?.dataset.figure);
  assert.ok(['0-1-2', '1-0-0'].includes(last), last);
});

test('axe finds no WCAG A/AA violation in the Figures view of five outlets', async () => {
  const page = await openSheep(`&claim=${sheep.claims[0].id}`);
  assert.deepEqual(await axeViolations(page), []);
});

// The cheese roll: the first aid post's leader, Edna Pimm, counts five runners hurt in
// the Gazette and the Bulletin and eleven in the Evening Star; the Wobbleton captain's
// "dozens" on Radio Brackenvale (claims 4 and 12 of the story).
test('in the cheese roll, the first aiders’ count is named per outlet, and the article filter keeps one outlet’s', async () => {
  const page = await sheepApp.open('grindlewick-cheese-roll/?view=figures&quantity=hurt', { viewport: { width: 1366, height: 900 } }, '.figures-table');
  const marks = await shownReports(page);
  assert.deepEqual(marks.map((m) => m.key).sort(), ['12-0-0', '26-0-0', '4-0-0', '4-0-2', '4-1-1']);
  assert.match(marks.find((m) => m.key === '4-1-1').name, /^11 .*Edna Pimm, leader of the volunteer first aid post · The Wrenfold Evening Star, as of 10 May 2025/);
  assert.deepEqual(await page.page.locator('.same-source p:not([hidden])').allTextContents(), [
    'Edna Pimm, leader of the volunteer first aid post is reported as 5 by The Grindlewick Gazette, The Fernhollow Bulletin and 11 by The Wrenfold Evening Star.',
  ]);
  const conflicts = await page.page.locator('.disagreements p:not([hidden])').allTextContents();
  assert.equal(
    conflicts[0],
    'These figures cannot both be true: Edna Pimm, leader of the volunteer first aid post · The Grindlewick Gazette: 5, as of 10 May 2025; Edna Pimm, leader of the volunteer first aid post · The Wrenfold Evening Star: 11, as of 10 May 2025.',
  );

  await page.filterBy('article', 'star');
  await page.page.waitForFunction(() => new URLSearchParams(location.search).get('article') === 'star');
  await page.page.locator('svg.figures-chart a[data-figure="4-0-0"][hidden]').first().waitFor({ state: 'attached' });
  assert.deepEqual((await shownReports(page)).map((m) => m.key), ['4-1-1']);
  assert.equal((await shownRows(page)).length, 1);
  assert.equal(await page.page.locator('.disagreements').isHidden(), true, 'nothing of the Star’s to set against');
  assert.equal(await page.page.locator('.same-source').isHidden(), true);
});
