// The smoke steps, written once and run in every engine (firefox.test.mjs, webkit.test.mjs).
// Each step is a reader's path through the release build, asserted against the bundled
// story's data. A new view adds its steps to STEPS; every driver then runs them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { WAIT_MS } from './driver.mjs';

/** The stories the suite publishes, each in the folder its file's name gives; the
 * steps run in the bundled story's, and one opens the second story's beside it. */
export const STORY_FILES = [
  'stories/kursk.json',
  'tests/fixtures/stories/harbour-regatta.json',
  'tests/fixtures/stories/grindlewick-cheese-roll.json',
];
export const BUNDLED_FOLDER = 'kursk';
const read = (file) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8').then(JSON.parse);
/** The bundled story, read from the file it is published from: expectations come from data. */
export const story = await read(STORY_FILES[0]);
const second = await read(STORY_FILES[1]);
/** The made-up story of six outlets, each with its own version of the claims they share. */
const outlets = await read(STORY_FILES[2]);

const total = story.claims.length;
const allIds = story.claims.map((c) => c.id);
const idsWhere = (predicate) => story.claims.filter(predicate).map((c) => c.id);
const claimedBy = (actor) => idsWhere((c) => c.appearances.some((a) => a.chain[0].actors.includes(actor)));
const statementOf = (id) => story.claims.find((c) => c.id === id).statement;

/**
 * Retries `check` (which asserts) until it passes, for state the app redraws after an
 * event; after `ms` the last assertion error is thrown as is.
 */
async function eventually(check, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Ids of the claims the list shows, in order. */
const listed = (d) =>
  d.evaluate(() => [...document.querySelectorAll('ol.claims > li.claim')].map((li) => li.id.replace(/^claim-/, '')));

const count = (d) => d.text('.tally .total');
const isChecked = (d, selector) => d.evaluate((s) => document.querySelector(s)?.checked ?? null, selector);

const ZELENSKYY = '#facet-claimant-zelenskyy';
// The last claim: selecting it needs the list scrolled, as a reader would.
const CLAIM = story.claims.at(-1).id;

export const STEPS = [
  {
    name: 'a second story, published beside the first, opens with its own claims, detail and comparison',
    async run(d) {
      await d.open('../harbour-regatta/');
      assert.equal(await d.text('h1'), second.title);
      assert.equal(await count(d), `All ${second.claims.length} claims`);
      const both = second.claims.find((c) => c.appearances.length > 1);
      await d.click(`#claim-${both.id} h3 a`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), both.statement));
      await d.click('a[data-view="compare"]');
      await d.waitFor(() => document.querySelector('.compare .alignment') !== null);
      assert.equal(await d.query(), `?view=compare&claim=${both.id}`);
      const title = await d.evaluate(() => document.title);
      assert.equal(title, `${both.statement} · Claimline`);
    },
  },
  {
    name: 'the six-outlet story opens in every view: its claims, six publication marks, Compare and Figures',
    async run(d) {
      const folder = '../grindlewick-cheese-roll/';
      await d.open(folder);
      assert.equal(await d.text('h1'), outlets.title);
      assert.equal(await count(d), `All ${outlets.claims.length} claims`);
      assert.deepEqual((await listed(d)).sort(), outlets.claims.map((c) => c.id).sort());
      await d.open(`${folder}?view=timeline`);
      await d.waitFor(() => document.querySelector('svg.timeline-svg a.mark') !== null);
      const published = await d.text('.timeline-axis .publication');
      for (const { id } of outlets.articles) assert.ok(published.includes(id.toUpperCase()), `${id} in ${published}`);
      // The claim all six outlets carry is in any two texts set side by side.
      await d.open(`${folder}?view=compare`);
      await d.waitFor(() => document.querySelector('.compare a[data-claim="crowd-about-two-thousand"]') !== null);
      await d.open(`${folder}?view=figures`);
      await d.waitFor(() => document.querySelector('.figures-table') !== null);
      const table = await d.text('.figures-table tbody');
      for (const figure of ['2,100', 'about 2,000', 'more than 2,000', 'at least 1,900']) assert.ok(table.includes(figure), figure);
    },
  },
  {
    name: 'the story loads from a sub-path with every claim listed',
    async run(d) {
      await d.open('');
      assert.equal(await count(d), `All ${total} claims`);
      assert.deepEqual(await listed(d), allIds);
    },
  },
  {
    name: 'a claimant facet filters the list and writes the query',
    async run(d) {
      const expected = claimedBy('zelenskyy');
      assert.ok(expected.length > 0 && expected.length < total, 'the facet must narrow the list');
      await d.open('');
      assert.equal(await isChecked(d, ZELENSKYY), false);
      await d.click(ZELENSKYY);
      await eventually(async () => assert.deepEqual(await listed(d), expected));
      assert.equal(await count(d), `${expected.length} of ${total} claims`);
      assert.equal(await isChecked(d, ZELENSKYY), true);
      assert.equal(await d.query(), '?claimant=zelenskyy');
    },
  },
  {
    name: 'a clicked claim opens, and its link reopens it in a fresh session',
    async run(d) {
      const statement = statementOf(CLAIM);
      await d.open('');
      assert.notEqual(await d.text('#detail-heading'), statement);
      await d.click(`#claim-${CLAIM} h3 a`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statement));
      assert.equal(await d.query(), `?claim=${CLAIM}`);
      assert.equal(await d.attr(`#claim-${CLAIM} h3 a`, 'aria-current'), 'true');

      await d.open(await d.query(), { fresh: true });
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statement));
      assert.equal(await d.attr(`#claim-${CLAIM} h3 a`, 'aria-current'), 'true');
      assert.equal(await d.query(), `?claim=${CLAIM}`);
    },
  },
  {
    name: 'an unknown claim id gets a notice',
    async run(d) {
      await d.open('?claim=no-such-thing');
      await eventually(async () => assert.equal(await d.text('#detail-heading'), 'No such claim'));
      assert.equal(await count(d), `All ${total} claims`);
    },
  },
  {
    name: 'a hostile link breaks nothing and injects nothing',
    async run(d) {
      const hostile = '<img src=x onerror=alert(1)>';
      await d.open(`?claim=${hostile}&side=%3Csvg%20onload%3Dalert(1)%3E&q=%E0%A4%A`);
      assert.match(await count(d), new RegExp(`^(All ${total}|\\d+ of ${total}) claims$`));
      const injected = await d.evaluate(
        () => document.querySelectorAll('img, svg[onload], [onerror], [onload], script:not([type="module"])').length,
      );
      assert.equal(injected, 0, 'nothing from the link is rendered as HTML');
      // The unknown id is shown, as text, exactly.
      assert.equal(await d.text('.detail code'), hostile);
      assert.equal(await d.text('#detail-heading'), 'No such claim');

      await d.click(ZELENSKYY);
      await eventually(async () => assert.equal(await isChecked(d, ZELENSKYY), true));
      assert.match(await d.query(), /[?&]claimant=zelenskyy(&|$)/);
      // "Clear all" drops every filter the link brought, the search too.
      await d.click('.tally button');
      await eventually(async () => assert.equal(await count(d), `All ${total} claims`));
      assert.deepEqual(await listed(d), allIds);
    },
  },
  {
    name: 'a shared timeline link opens as shared, and a claim selects on it',
    async run(d) {
      await d.open('?view=timeline&lanes=side&from=2024-12-15&to=2024-12-24');
      await d.waitFor(() => document.querySelectorAll('.timeline-svg a.mark').length > 0);
      assert.equal(await d.attr('[data-action="lanes-side"]', 'aria-pressed'), 'true');
      assert.match(await d.attr('.timeline-frame', 'aria-label'), /15 Dec 2024 to 24 Dec 2024/);
      const id = await d.attr('.timeline-svg a.mark', 'data-claim');
      assert.ok(allIds.includes(id), `a mark names a claim: ${id}`);
      await d.click(`.timeline-svg a.mark[data-claim="${id}"] .shape`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(id)));
      const query = new URLSearchParams(await d.query());
      assert.deepEqual([query.get('view'), query.get('claim')], ['timeline', id]);
    },
  },
  {
    name: 'a timeline zoomed and left at once keeps its zoom, and a drag pans it, without an error',
    async run(d) {
      await d.open('?view=timeline');
      await d.waitFor(() => document.querySelectorAll('.timeline-svg a.mark').length > 0);
      const label = () => d.attr('.timeline-frame', 'aria-label');
      const window = async () => {
        const q = new URLSearchParams(await d.query());
        return q.get('from') && `${q.get('from')}/${q.get('to')}`;
      };
      const opened = await label();
      // Zoom, then another view in the same moment: well inside the 300 ms the window
      // takes to settle into the address bar.
      await d.evaluate(() => {
        document.querySelector('[data-action="zoom-in"]').click();
        document.querySelector('nav.views a[data-view="compare"]').click();
      });
      await d.waitFor(() => document.querySelector('.compare .texts') !== null);
      // The zoom reaches the address bar with the view it left for.
      await d.waitFor(() => new URLSearchParams(location.search).get('view') === 'compare');
      const zoomed = await window();
      assert.ok(zoomed, `the zoom reached the address bar: ${await d.query()}`);
      await d.evaluate(() => history.back());
      await d.waitFor(() => document.querySelectorAll('.timeline-svg a.mark').length > 0);
      await eventually(async () => assert.equal(await window(), zoomed));
      const back = await label();
      assert.notEqual(back, opened, 'the zoomed window is drawn');

      await d.drag('.timeline-frame', -200);
      await eventually(async () => assert.notEqual(await label(), back, 'the drag panned'));
      await eventually(async () => assert.notEqual(await window(), zoomed, 'and reached the address bar'));
    },
  },
  {
    name: 'a Figures link shows the figures of a quantity, who gives them and which disagree, and a mark selects',
    async run(d) {
      const id = 'us-official-several-hundred-nk-casualties';
      await d.open('?view=figures&quantity=nk-killed-or-wounded');
      await d.waitFor(() => document.querySelector('.figures-table') !== null);
      assert.match(await d.text('.disagreements p:not([hidden])'), /cannot both be true: .*several hundred since October/);
      // Published at two widths; the one on show depends on the window.
      const wide = await d.evaluate(() => document.querySelector('svg.figures-chart').getBoundingClientRect().width > 0);
      const chart = wide ? 'svg.figures-chart:first-of-type' : 'svg.figures-chart + svg.figures-chart';
      const marks = await d.evaluate((c) => document.querySelectorAll(`${c} a[data-figure]`).length, chart);
      assert.equal(marks, 3);
      await d.click(`${chart} a[data-claim="${id}"] .glyph`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(id)));
      const query = new URLSearchParams(await d.query());
      assert.deepEqual([query.get('view'), query.get('quantity'), query.get('claim')], ['figures', 'nk-killed-or-wounded', id]);
    },
  },
  {
    name: 'a shared Compare link opens both articles with the claim selected, and its row selects',
    async run(d) {
      const id = 'nk-troops-in-russia-up-to-12000';
      await d.open(`?view=compare&claim=${id}`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(id)));
      const [first, second] = story.articles.map((a) => a.id);
      const shared = idsWhere((c) => [first, second].every((x) => c.appearances.some((a) => a.article === x)));
      // The detail can be drawn before the view's file is in: wait for its rows and marks.
      await eventually(async () => {
        const rows = await d.evaluate(() => [...document.querySelectorAll('.alignment tbody')].map((r) => r.dataset.claims));
        assert.deepEqual(rows, shared);
        const marked = await d.evaluate(() => document.querySelectorAll('.texts a.quote.selected').length);
        assert.ok(marked >= 2, `the selected claim is marked in both texts (${marked})`);
      });
      assert.match(await d.text(`#compare-${id} .flag`), /between 11,000 and 12,000.*up to 12,000/);
      const other = shared.find((x) => x !== id);
      await d.click(`#compare-${other} th a[data-claim]`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(other)));
      const query = new URLSearchParams(await d.query());
      assert.deepEqual([query.get('view'), query.get('claim')], ['compare', other]);
    },
  },
  {
    name: 'a claim’s own page shows the claim with its preview, and opens the app on it',
    async run(d) {
      const id = 'zelenskyy-over-3000-killed-or-wounded';
      await d.open(`claims/${id}.html`, { ready: 'main.claim-page h1' });
      assert.equal(await d.text('main.claim-page h1'), statementOf(id));
      const preview = await d.evaluate(() => document.querySelector('meta[property="og:title"]').content);
      // The claim first, then who makes it and who reports it.
      assert.ok(preview.startsWith(statementOf(id).slice(0, -1)), preview);
      assert.ok(preview.endsWith(', says Volodymyr Zelenskyy, reported by ABC News'), preview);
      // Its link to the app, followed as a reader would (opened, so the page is watched).
      const href = await d.evaluate(() => document.querySelector('.open-in-app a').getAttribute('href'));
      assert.equal(href, `../?claim=${id}`);
      await d.open(`?claim=${id}`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(id)));
    },
  },
  {
    name: 'the embedded page is compact, with a link out to the whole story',
    async run(d) {
      const id = 'zelenskyy-over-3000-killed-or-wounded';
      await d.open(`?claim=${id}&embed=1`);
      await eventually(async () => assert.equal(await d.text('#detail-heading'), statementOf(id)));
      const shown = await d.evaluate(() =>
        ['aside.facets', '.reading', '#open-full'].map((s) => getComputedStyle(document.querySelector(s)).display !== 'none'),
      );
      assert.deepEqual(shown, [false, false, true]);
    },
  },
];
