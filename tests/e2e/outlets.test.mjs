// Every outlet: the made-up six-outlet story (the Grindlewick cheese roll) published by
// `claimline site` beside the release build and read as a reader would, on a desktop
// and on a phone, one group per view. The expectations are the fixture's facts, written
// out here; the views being rebuilt for issue 23 add their checks to their own group.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, axeViolations, start } from './harness.mjs';
import { assertEachArticleOnceNoOverprint, headLabels, sixOutlets } from './many-articles.mjs';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURE = path.join(root, 'tests/fixtures/stories/grindlewick-cheese-roll.json');
const FOLDER = 'grindlewick-cheese-roll/';
/** Every claim id of the fixture. */
const IDS = new Set(JSON.parse(await readFile(FIXTURE, 'utf8')).claims.map((c) => c.id));

const TITLE = 'The Grindlewick cheese roll: who claims what';
/** The articles in order of publication, with their outlets and how many claims each
 * carries (counted by hand from the fixture). */
const ARTICLES = [
  { id: 'gazette', outlet: 'The Grindlewick Gazette', carries: 9 },
  { id: 'radio', outlet: 'Radio Brackenvale', carries: 6 },
  { id: 'courier', outlet: 'The Valley Courier', carries: 9 },
  { id: 'star', outlet: 'The Wrenfold Evening Star', carries: 8 },
  { id: 'clarion', outlet: 'The Knollside Clarion', carries: 8 },
  { id: 'bulletin', outlet: 'The Fernhollow Bulletin', carries: 10 },
];
/** The claims the Evening Star carries. */
const IN_STAR = [
  'crowd-about-two-thousand',
  'crumb-won-the-roll',
  'first-aid-treated-runners',
  'crumb-started-early',
  'cheese-about-four-kilograms',
  'two-taken-to-hospital',
  'cheese-made-last-autumn',
  'committee-says-start-was-fair',
];
const CLAIMS = 28;
/** The claim the outlets date differently: the council's word that the race may go ahead. */
const COUNCIL = 'council-lets-race-go-ahead';
/** The claim all six outlets carry. */
const BY_ALL = 'crowd-about-two-thousand';
/** Claims with a date of their own (`made` or `about`): each has a mark on the timeline. */
const DATED = [
  'crowd-about-two-thousand',
  'crumb-won-the-roll',
  'fitch-reached-cheese-first',
  'first-aid-treated-runners',
  'roll-held-since-1894',
  'field-of-runners',
  'roll-not-run-in-1947',
  'marshals-kept-crowd-back',
  'heavier-cheese-next-year',
  'dozens-hurt-on-slope',
  'runners-capped-at-60',
  'cheese-made-last-autumn',
  'council-to-review-safety-in-june',
  'wobbleton-to-run-own-roll',
  'path-closed-in-march',
  'outside-runners-since-1920s',
];
const QUANTITIES = [
  'Spectators on Grindle Knoll',
  'People hurt on the knoll',
  'Runners taken to hospital',
  'Runners in the main race',
  'Weight of the cheese in kilograms',
  'Pounds raised by hillside parking',
];
/** The crowd as the outlets give it, each in its own words. */
const CROWD_FIGURES = ['2,100', 'about 2,000', '2,000 (“2,000 turn out”)', 'more than 2,000', 'at least 1,900'];

const WIDTHS = [
  { name: 'on a desktop (1280 px)', options: {} },
  { name: 'on a phone (390 × 844)', options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
];

let site;
let app;
before(async () => {
  site = path.join(await mkdtemp(path.join(tmpdir(), 'claimline-outlets-')), 'site');
  // Two stories, so the fixture gets a folder of its own as a newsroom's would.
  await promisify(execFile)(
    'cargo',
    ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', FIXTURE, path.join(root, 'stories/kursk.json'), '--app', DIST, '--out', site],
    { cwd: root },
  );
  app = await start(site);
});
afterEach(async () => app.finish());
after(async () => {
  await app.stop();
  await rm(path.dirname(site), { recursive: true });
});

const open = (view, options) => app.open(`${FOLDER}${view ? `?view=${view}` : ''}`, options);

for (const { name, options } of WIDTHS) {
  describe(`the claims list ${name}`, () => {
    test('shows every claim of the story, axe-clean', async () => {
      const page = await open('', options);
      assert.equal(await page.page.locator('h1').textContent(), TITLE);
      const listed = await page.listedClaims();
      assert.equal(listed.length, CLAIMS);
      assert.deepEqual(new Set(listed), IDS);
      assert.equal(await page.total(), `All ${CLAIMS} claims`);
      assert.deepEqual(await axeViolations(page), []);
    });

    test('the article filter offers all six articles, each with a count', async () => {
      const page = await open('', options);
      for (const { id, outlet, carries } of ARTICLES) {
        const label = page.page.locator(`label[for="facet-article-${id}"]`);
        const text = await label.textContent();
        assert.ok(text.includes(`${id.toUpperCase()} · ${outlet}`), text);
        const count = Number(await label.locator('.count').textContent());
        // However "only in" is counted, an article's claims are among those it carries.
        assert.ok(count >= 1 && count <= carries, `${id}: ${count} of ${carries}`);
      }
    });
  });

  describe(`the timeline ${name}`, () => {
    test('draws a mark for every dated claim and one publication mark per article, axe-clean', async () => {
      const page = await open('timeline', options);
      await page.page.locator('svg.timeline-svg a.mark').first().waitFor();
      const drawn = new Set(
        await page.page.locator('svg.timeline-svg a.mark').evaluateAll((marks) => marks.map((m) => m.dataset.claim)),
      );
      for (const id of DATED) assert.ok(drawn.has(id), `no mark for ${id}`);
      const published = (await page.page.locator('.timeline-axis .publication').allTextContents()).join(' ');
      for (const { id } of ARTICLES) assert.ok(published.includes(id.toUpperCase()), `no publication mark for ${id}`);
      assert.deepEqual(await axeViolations(page), []);
    });

    test('the head names each article once, its labels never overprinting', async () => {
      const page = await app.open(`${FOLDER}?view=timeline&from=2025-05-01&to=2025-05-20`, options);
      await page.page.locator('.timeline-axis .publication text').first().waitFor();
      assertEachArticleOnceNoOverprint(sixOutlets, await headLabels(page), name);
    });

    test('by outlet, each outlet has a lane and the council’s word sits in each at the date it gives, axe-clean', async () => {
      const page = await app.open(`${FOLDER}?view=timeline&lanes=outlet&from=2025-05-01&to=2025-05-20&claim=${COUNCIL}`, options);
      await page.page.getByRole('button', { name: 'By outlet', pressed: true }).waitFor();
      const lanes = page.page.locator('.timeline-svg g.lane');
      await lanes.first().waitFor();
      assert.deepEqual(
        await lanes.locator('.lane-label').allTextContents(),
        ARTICLES.map(({ id, outlet }) => `${id.toUpperCase()} · ${outlet}`),
      );
      const when = (article) =>
        lanes.nth(ARTICLES.findIndex((a) => a.id === article)).locator(`a.mark[data-claim="${COUNCIL}"]`).getAttribute('aria-label');
      // The Gazette puts the council's word on Thursday 8 May, the Courier and the
      // Bulletin on the Friday (each worked out from its weekday); the radio gives no
      // day: no later than its broadcast.
      assert.match(await when('gazette'), /^8 May 2025, inferred\. /);
      assert.match(await when('courier'), /^9 May 2025, inferred\. /);
      assert.match(await when('bulletin'), /^9 May 2025, inferred\. /);
      assert.match(await when('radio'), /^undated, no later than 11 May 2025\. /);
      assert.equal(await page.page.locator(`.timeline-svg a.mark[data-claim="${COUNCIL}"]`).count(), 4);
      assert.deepEqual(await axeViolations(page), []);
    });

    test('by claimant, the council’s word spans the days its outlets give, and a claim dated only by its figure’s period is placed by it', async () => {
      const window = 'from=2025-05-01&to=2025-05-20';
      const page = await app.open(`${FOLDER}?view=timeline&${window}`, options);
      const council = page.page.locator(`.timeline-svg a.mark[data-claim="${COUNCIL}"]`);
      await council.waitFor();
      assert.equal(await council.count(), 1);
      // Thursday in the Gazette, Friday in the Courier and the Bulletin: neither alone.
      assert.match(await council.getAttribute('aria-label'), /^8–9 May 2025, inferred\. /);
      const about = await app.open(`${FOLDER}?view=timeline&dates=about&${window}`, options);
      // "Hundreds of runners have been hurt … since the first roll": since 1894.
      const hurt = about.page.locator('.timeline-svg a.mark[data-claim="hundreds-hurt-since-first-roll"]');
      await hurt.waitFor();
      assert.match(await hurt.getAttribute('aria-label'), /^since Jan 1894, inferred\. /);
    });
  });

  describe(`Compare ${name}`, () => {
    test('the detail’s Compare link sets side by side the two outlets that carry the claim, not the default pair', async () => {
      // Only the Courier and the Evening Star carry it; the default pair is the Gazette's and the radio's.
      const claim = 'crumb-started-early';
      const page = await app.open(`${FOLDER}?claim=${claim}`, options);
      await page.page.locator('#detail a[data-view="compare"]', { hasText: 'Compare wordings' }).click();
      for (const article of ['courier', 'star']) {
        await page.page.locator(`.texts article[data-text="${article}"] a.run[aria-current]`).first().waitFor({ state: 'attached' });
      }
      const query = new URLSearchParams(page.query());
      assert.deepEqual([query.get('view'), query.get('claim'), query.get('articles')], ['compare', claim, 'courier,star']);
    });

    test('opens with the story’s claims in the texts, the claim every outlet carries among them, axe-clean', async () => {
      const page = await open('compare', options);
      const quotes = page.page.locator('.compare a[data-claim]');
      await quotes.first().waitFor();
      const shown = new Set(await quotes.evaluateAll((links) => links.map((a) => a.dataset.claim)));
      assert.ok(shown.has(BY_ALL), 'the claim all six carry');
      for (const id of shown) assert.ok(IDS.has(id), `${id} is no claim of the story`);
      assert.deepEqual(await axeViolations(page), []);
    });

    test('the coverage table: a column per outlet by publication, each outlet’s version of the claim all six carry', async () => {
      const page = await open('compare', options);
      const table = page.page.locator('.coverage-region:visible table.carried');
      await table.waitFor();
      const heads = (await table.locator('th[scope=col]').allInnerTexts()).slice(1);
      assert.deepEqual(
        heads.map((h) => h.split('\n')[0]),
        ARTICLES.map(({ id, outlet }) => `${id.toUpperCase()} · ${outlet}`),
      );
      for (const [i, { id, carries }] of ARTICLES.entries()) {
        assert.match(heads[i], new RegExp(`^${carries} claims:`, 'm'), id);
      }
      assert.equal(await table.locator('tbody tr').count(), CLAIMS);
      const crowd = table.locator(`tr[data-claims="${BY_ALL}"]`);
      const cells = await crowd.locator('td').allInnerTexts();
      assert.equal(cells.length, 6);
      for (const cell of cells) assert.notEqual(cell, 'not carried');
      assert.match(
        cells[1],
        /^The Grindlewick cheese roll committee\s+via Hillcountry Press Agency \(news agency report\)/,
        'Radio Brackenvale has the committee’s word through the agency',
      );
      assert.match(cells[3], /^In its own voice/, 'the Evening Star says it itself');
      const marks = await crowd.locator('.row-marks li').allTextContents();
      assert.ok(marks.includes('Sources differ') && marks.includes('Figures differ'), marks.join());
      assert.match(await table.locator('tr[data-claims="roll-not-run-in-1947"] th').innerText(), /Only in GAZETTE of 6/);
      // By default the two that share the most claims (four), in publication order.
      const texts = page.page.locator('.texts article.text');
      assert.deepEqual(await texts.evaluateAll((all) => all.map((t) => t.dataset.text)), ['gazette', 'radio']);
    });

    test('any two texts by link: the Courier and the Evening Star', async () => {
      const page = await open('compare&articles=star,courier', options);
      const texts = page.page.locator('.texts article.text');
      await texts.first().waitFor();
      assert.deepEqual(await texts.evaluateAll((all) => all.map((t) => t.dataset.text)), ['courier', 'star']);
      assert.equal(await page.page.locator('.alignment tbody').count(), 4, 'the four claims both carry');
      assert.deepEqual(await axeViolations(page), []);
    });
  });

  describe(`Figures ${name}`, () => {
    test('opens on the crowd, every outlet’s figure in the table, and names figures that cannot both be true, axe-clean', async () => {
      const page = await open('figures', options);
      await page.page.locator('.figures-table').waitFor();
      const quantities = await page.page.locator('.quantities a').allTextContents();
      for (const label of QUANTITIES) assert.ok(quantities.some((q) => q.startsWith(label)), label);
      const table = await page.page.locator('.figures-table tbody').textContent();
      for (const figure of CROWD_FIGURES) assert.ok(table.includes(figure), figure);
      // 2,100 and "about 2,000" for the same Saturday: the view names the clash.
      const clashes = await page.page.locator('.disagreements p:not([hidden])').allTextContents();
      assert.ok(clashes.some((c) => c.includes('2,100') && c.includes('about 2,000')), clashes.join('\n'));
      assert.deepEqual(await axeViolations(page), []);
    });
  });
}

describe('the article filter on a desktop', () => {
  test('“only the Evening Star” lists only claims the Evening Star carries', async () => {
    const page = await open('');
    const before = await page.total();
    await page.filterBy('article', 'star');
    await page.page.waitForFunction((was) => document.querySelector('.tally .total')?.textContent !== was, before);
    const listed = await page.listedClaims();
    assert.ok(listed.length >= 1);
    for (const id of listed) assert.ok(IN_STAR.includes(id), `${id} is not in the Star`);
  });
});
