// The Timeline view as a reader uses it: switching to it, moving in time with mouse and
// keyboard, selecting on it, sharing it, and labels that stay readable.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { claimsBy, sources, start, statementOf, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const CLAIM = 'zelenskyy-over-3000-killed-or-wounded';

/** Opens the timeline and waits for its first marks. */
async function openTimeline(query = '', options) {
  const page = await app.open(`?view=timeline${query}`, options);
  await page.page.locator('.timeline-svg a.mark').first().waitFor();
  return page;
}

/** The ids of the claims drawn as marks (each once). */
async function drawnClaims(page) {
  const ids = await page.page.locator('.timeline-svg a.mark').evaluateAll((marks) => marks.map((m) => m.dataset.claim));
  return [...new Set(ids)];
}

/** The window the address bar holds, once it has one that differs from `previous`. */
async function windowInUrl(page, previous = null) {
  await page.page.waitForFunction(
    (before) => {
      const q = new URLSearchParams(location.search);
      const now = `${q.get('from')}/${q.get('to')}`;
      return q.get('from') && now !== before;
    },
    previous,
  );
  const q = new URLSearchParams(page.query());
  return `${q.get('from')}/${q.get('to')}`;
}

const spanDays = (window) => {
  const [from, to] = window.split('/').map((d) => Date.parse(d));
  return (to - from) / 86400000;
};

test('switching views keeps the filters and the selection, and the view is a real link', async () => {
  const page = await app.open(`?claimant=zelenskyy&claim=${CLAIM}`);
  const link = page.page.getByRole('link', { name: 'Timeline' });
  assert.match(await link.getAttribute('href'), /view=timeline/);
  assert.match(await link.getAttribute('href'), /claimant=zelenskyy/);
  await link.click();
  await page.page.locator('.timeline-svg a.mark').first().waitFor();
  const q = new URLSearchParams(page.query());
  assert.equal(q.get('view'), 'timeline');
  assert.equal(q.get('claimant'), 'zelenskyy');
  assert.equal(q.get('claim'), CLAIM);
  assert.equal(await page.page.getByRole('link', { name: 'Timeline' }).getAttribute('aria-current'), 'page');
  assert.equal(await page.detailHeading().textContent(), statementOf(CLAIM));
  const zelenskyy = claimsBy((c) => sources(c).includes('zelenskyy'));
  for (const id of await drawnClaims(page)) assert.ok(zelenskyy.includes(id), `${id} is not Zelenskyy's`);

  await page.page.goBack();
  await page.page.locator('ol.claims').waitFor();
  assert.equal(await page.currentClaim(), CLAIM);
  assert.equal(await page.checkbox('claimant', 'zelenskyy').isChecked(), true);
  // The timeline has left the page and takes its listeners with it: resizing and
  // scrolling now must not reach it (the harness fails the page on any error).
  await page.page.setViewportSize({ width: 1000, height: 700 });
  await page.page.mouse.wheel(0, 400);
  await page.page.goForward();
  await page.page.locator('.timeline-svg a.mark').first().waitFor();
});

test('zoom and pan by buttons, keyboard, wheel and drag move the window and the address', async () => {
  const page = await openTimeline();
  const frame = page.page.locator('.timeline-frame');
  const label = async () => frame.getAttribute('aria-label');

  const before = await label();
  await page.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const zoomed = await windowInUrl(page);
  assert.notEqual(await label(), before);

  await frame.focus();
  await page.page.keyboard.press('ArrowRight');
  const panned = await windowInUrl(page, zoomed);
  assert.ok(Date.parse(panned.split('/')[0]) > Date.parse(zoomed.split('/')[0]), `${zoomed} -> ${panned}`);
  await page.page.keyboard.press('-');
  const out = await windowInUrl(page, panned);
  assert.ok(spanDays(out) > spanDays(panned), `${panned} -> ${out}`);

  const box = await frame.boundingBox();
  const y = box.y + 40;
  await page.page.mouse.move(box.x + box.width / 2, y);
  await page.page.keyboard.down('Control');
  await page.page.mouse.wheel(0, -300);
  await page.page.keyboard.up('Control');
  const wheeled = await windowInUrl(page, out);
  assert.ok(spanDays(wheeled) < spanDays(out), `${out} -> ${wheeled}`);

  await page.page.mouse.move(box.x + box.width / 2, y);
  await page.page.mouse.down();
  await page.page.mouse.move(box.x + box.width / 2 - 200, y, { steps: 8 });
  await page.page.mouse.up();
  const dragged = await windowInUrl(page, wheeled);
  assert.ok(Date.parse(dragged.split('/')[0]) > Date.parse(wheeled.split('/')[0]), `${wheeled} -> ${dragged}`);
  assert.equal(await page.page.evaluate(() => history.length), 2, 'moving the window replaces the history entry');
});

test('selecting a claim on the timeline selects it in the detail and the address', async () => {
  const page = await openTimeline();
  const mark = page.page.locator('.timeline-svg a.mark').first();
  const id = await mark.getAttribute('data-claim');
  await mark.click();
  await page.detailHeading().filter({ hasText: statementOf(id) }).waitFor();
  assert.equal(new URLSearchParams(page.query()).get('claim'), id);
  assert.equal(await page.page.locator(`.timeline-svg a.mark[data-claim="${id}"]`).first().getAttribute('aria-current'), 'true');

  // The keyboard: Tab reaches a claim, arrows move between claims, Enter selects.
  await page.page.locator('.timeline-frame').focus();
  await page.page.keyboard.press('Tab');
  const first = await page.page.evaluate(() => document.activeElement.dataset.claim);
  assert.ok(first, 'Tab lands on a claim');
  await page.page.keyboard.press('ArrowRight');
  const second = await page.page.evaluate(() => document.activeElement.dataset.claim);
  assert.ok(second && second !== first, `${first} -> ${second}`);
  await page.page.keyboard.press('Enter');
  await page.detailHeading().filter({ hasText: statementOf(second) }).waitFor();
});

test('a shared timeline link restores lanes, dates, window and selection', async () => {
  const query = `&lanes=side&dates=about&from=2024-10-01&to=2024-12-31&claim=${CLAIM}`;
  const page = await openTimeline(query);
  assert.equal(await page.page.getByRole('button', { name: 'By side' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.page.getByRole('button', { name: 'Time it is about' }).getAttribute('aria-pressed'), 'true');
  assert.match(await page.page.locator('.timeline-frame').getAttribute('aria-label'), /1 Oct 2024 to 31 Dec 2024/);
  assert.equal(await page.detailHeading().textContent(), statementOf(CLAIM));
  const lanes = await page.page.locator('.timeline-svg .lane-label').allTextContents();
  assert.ok(lanes.length >= 2 && lanes.length <= 5, `lanes by side: ${lanes}`);
  const q = new URLSearchParams(page.query());
  assert.deepEqual([q.get('from'), q.get('to'), q.get('lanes'), q.get('dates')], ['2024-10-01', '2024-12-31', 'side', 'about']);
});

test('lanes by outlet: a lane per article, each holding only the claims that article carries', async () => {
  const page = await openTimeline('&lanes=outlet');
  assert.equal(await page.page.getByRole('button', { name: 'By outlet' }).getAttribute('aria-pressed'), 'true');
  const outlet = (article) => story.actors.find((a) => a.id === article.outlet).name;
  const expected = story.articles.map((a) => `${a.id.toUpperCase()} · ${outlet(a)}`);
  const lanes = page.page.locator('.timeline-svg g.lane');
  assert.deepEqual(await lanes.locator('.lane-label').allTextContents(), expected);
  for (const [i, article] of story.articles.entries()) {
    const carried = claimsBy((c) => c.appearances.some((a) => a.article === article.id));
    const drawn = await lanes.nth(i).locator('a.mark').evaluateAll((marks) => marks.map((m) => m.dataset.claim));
    assert.ok(drawn.length > 0, `${article.id} has marks`);
    for (const id of drawn) assert.ok(carried.includes(id), `${id} is not in article ${article.id}`);
  }
  // The switch back is a step in history, and the address says it.
  await page.page.getByRole('button', { name: 'By claimant' }).click();
  await page.page.waitForFunction(() => !new URLSearchParams(location.search).has('lanes'));
  await page.page.goBack();
  await page.page.getByRole('button', { name: 'By outlet', pressed: true }).waitFor();
});

test('the periods the story refers to sit below the axis, each opening the claim it rests on', async () => {
  const page = await openTimeline();
  const periods = page.page.locator('.timeline-svg a.period');
  assert.equal(await periods.count(), story.periods.length);
  const axis = await page.page.locator('.timeline-axis').boundingBox();
  const firstLane = await page.page.locator('.timeline-svg .lane-label').first().boundingBox();
  for (const [i, period] of story.periods.entries()) {
    const bar = periods.nth(i);
    assert.equal(await bar.getAttribute('data-claim'), period.claim);
    assert.match(await bar.getAttribute('aria-label'), new RegExp(`^Context: ${period.label}, `));
    const box = await bar.boundingBox();
    assert.ok(box.y >= axis.y + axis.height && box.y + box.height <= firstLane.y, 'between the axis and the lanes');
  }
  await periods.first().click();
  await page.detailHeading().filter({ hasText: statementOf(story.periods[0].claim) }).waitFor();
  assert.equal(new URLSearchParams(page.query()).get('claim'), story.periods[0].claim);
});

test('filters shrink the timeline', async () => {
  const page = await openTimeline();
  await page.page.getByRole('button', { name: 'Fit all' }).click();
  const all = await drawnClaims(page);
  await page.filterBy('claimant', 'zelenskyy');
  await page.page.waitForFunction(() => !document.querySelector('.timeline-svg .lane-label')?.textContent.includes('Russia'));
  const zelenskyy = claimsBy((c) => sources(c).includes('zelenskyy'));
  const shown = await drawnClaims(page);
  assert.ok(shown.length > 0 && shown.length < all.length, `${all.length} -> ${shown.length}`);
  for (const id of shown) assert.ok(zelenskyy.includes(id), id);
});

test('a claim dated to a span is drawn wider than one dated to a day', async () => {
  const page = await openTimeline();
  const was = page.query();
  await page.page.getByRole('button', { name: 'Fit all' }).click();
  await page.timelineAt(was);
  const width = (kind) =>
    page.page.locator(`.timeline-svg a.mark.${kind} .shape`).first().evaluate((s) => s.getBoundingClientRect().width);
  const [range, point] = [await width('range'), await width('point')];
  assert.ok(range > point, `range ${range}px, point ${point}px`);
});

test('no two label boxes overlap at three zoom levels', async () => {
  const page = await openTimeline();
  for (const step of ['Fit all', 'Busiest', 'Zoom in']) {
    const was = page.query();
    await page.page.getByRole('button', { name: step, exact: true }).click();
    await page.timelineAt(was);
    const boxes = await page.page.locator('.timeline-svg .label, .timeline-svg .cluster rect').evaluateAll((all) =>
      all.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent || '+', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    assert.ok(boxes.length > 0, step);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        assert.ok(!overlap, `${step}: "${a.name}" overlaps "${b.name}"`);
      }
    }
  }
});

test('on a 360 px phone the timeline page does not scroll sideways', async () => {
  const page = await openTimeline('', { viewport: { width: 360, height: 740 } });
  const width = await page.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  const labels = await page.page.locator('.timeline-svg .lane-label').count();
  assert.ok(labels > 0);
});
