// The timeline shows what it was asked to show: the selected claim on its own and in
// view, labels that tell claims apart by their figures, nothing drawn over anything at
// a phone's width or a desktop's, pan and zoom that stay near the claims, a shared
// window that reopens exactly, Home and End, and an axis that stays in sight.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

const HEADLINE = 'zelenskyy-over-3000-killed-or-wounded';
const SSO_77 = 'sso-77-killed-40-wounded-in-three-days';
const SSO_50 = 'sso-50-killed-47-injured-in-three-days';
const WIDTHS = [390, 1366];

async function openTimeline(query = '', width = 1366) {
  const page = await app.open(`?view=timeline${query}`, { viewport: { width, height: 900 } });
  await page.page.locator('.timeline-svg a.mark').first().waitFor();
  return page;
}

const boxes = (page, selector) =>
  page.page.locator(selector).evaluateAll((all) =>
    all.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const width of WIDTHS) {
  for (const claim of [HEADLINE, SSO_77]) {
    test(`at ${width} px a shared link's claim is drawn on its own, current and in view: ${claim}`, async () => {
      const page = await openTimeline(`&claim=${claim}`, width);
      const current = page.page.locator(`.timeline-svg a.mark[aria-current="true"][data-claim="${claim}"]`);
      assert.ok((await current.count()) >= 1, 'drawn as a mark of its own, not in a "+N"');
      await page.page.waitForFunction((id) => {
        const mark = document.querySelector(`.timeline-svg a.mark[aria-current][data-claim="${id}"] .shape`);
        const r = mark?.getBoundingClientRect();
        return r && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
      }, claim);
    });
  }
}

test('a claim selected in the list, then the timeline, is drawn current', async () => {
  const page = await app.open('');
  await page.selectClaim(SSO_77);
  await page.page.locator('nav.views a[data-view="timeline"]').click();
  const current = page.page.locator('.timeline-svg a.mark[aria-current="true"]');
  await current.first().waitFor();
  const claims = await current.evaluateAll((marks) => marks.map((mark) => mark.dataset.claim));
  assert.deepEqual([...new Set(claims)], [SSO_77], 'the claim chosen in the list, and it alone, is current');
});

test('labels tell two claims of one claimant apart by their figures, and the tooltip lists them', async () => {
  // By the times they are about: the post giving 77 killed is not dated.
  const page = await openTimeline('&dates=about&from=2024-12-12&to=2024-12-31');
  const label = async (id) =>
    page.page.locator(`.timeline-svg a.mark[data-claim="${id}"] .label`).first().textContent();
  const [seventySeven, fifty] = [await label(SSO_77), await label(SSO_50)];
  assert.notEqual(seventySeven, fifty);
  assert.match(seventySeven, /77/);
  assert.match(fifty, /50|47/);
  await page.page.locator(`.timeline-svg a.mark[data-claim="${SSO_77}"] .shape`).first().hover();
  const tip = page.page.locator('.tooltip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /killed: 77/);
  assert.match(await tip.textContent(), /wounded: 40/);
});

for (const width of WIDTHS) {
  test(`at ${width} px nothing is drawn over anything`, async () => {
    const page = await openTimeline('', width);
    for (const step of ['Busiest', 'Fit all']) {
      const was = page.query();
      await page.page.getByRole('button', { name: step, exact: true }).click();
      await page.timelineAt(was);
      const frame = await page.page.locator('.timeline-frame').boundingBox();
      const publications = await boxes(page, '.timeline-axis .publication text');
      const ticks = await boxes(page, '.timeline-axis text.tick');
      const lanes = await boxes(page, '.timeline-svg .lane-label');
      for (const p of publications) {
        for (const other of [...lanes, ...ticks]) assert.ok(!overlap(p, other), `${step}: "${p.text}" over "${other.text}"`);
      }
      for (const lane of lanes) {
        assert.ok(lane.right <= frame.x + frame.width + 0.5, `${step}: lane name "${lane.text}" runs off the frame`);
      }
      // Labels that still say something: a word, not an ellipsis alone.
      const labels = await page.page.locator('.timeline-svg .label').allTextContents();
      for (const text of labels) assert.match(text, /\w/, `${step}: a label says something: "${text}"`);
    }
  });
}

test('the tooltip of a mark low in the frame is not cut by it', async () => {
  const page = await openTimeline('', 390);
  const last = page.page.locator('.timeline-svg a.mark .shape').last();
  await last.scrollIntoViewIfNeeded();
  await last.hover();
  const tip = page.page.locator('.tooltip');
  await tip.waitFor();
  const frame = await page.page.locator('.timeline-frame').boundingBox();
  const box = await tip.boundingBox();
  assert.ok(box.x >= frame.x - 0.5 && box.x + box.width <= frame.x + frame.width + 0.5, 'inside the frame sideways');
  const clipped = await page.page.locator('.timeline-frame').evaluate((f) => getComputedStyle(f).overflowY);
  assert.equal(clipped, 'visible', 'free to reach below the frame');
});

test('25 ArrowRight presses or a long drag never leave an empty window', async () => {
  const page = await openTimeline();
  const frame = page.page.locator('.timeline-frame');
  const opened = page.query();
  await frame.focus();
  for (let i = 0; i < 25; i++) await page.page.keyboard.press('ArrowRight');
  await page.timelineAt(opened);
  assert.ok((await page.page.locator('.timeline-svg a.mark, .timeline-svg .cluster').count()) > 0, 'claims in view');
  const box = await frame.boundingBox();
  const y = box.y + 60;
  const pressed = page.query();
  // The drag starts inside the frame, which then keeps the pointer far beyond it.
  await page.page.mouse.move(box.x + 10, y);
  await page.page.mouse.down();
  await page.page.mouse.move(box.x + 20, y);
  for (let i = 1; i <= 10; i++) await page.page.mouse.move(box.x + 20 + i * 400, y);
  await page.page.mouse.up();
  await page.timelineAt(pressed);
  assert.ok((await page.page.locator('.timeline-svg a.mark, .timeline-svg .cluster').count()) > 0, 'claims in view');
  // The edge says where the rest are.
  assert.match(await page.page.locator('.timeline-axis .edge').first().textContent(), /\d+ (earlier|later)/);
});

test('a shared window reopens with the very ticks and labels the sender saw', async () => {
  const page = await openTimeline();
  const opened = page.query();
  await page.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.timelineAt(opened);
  const zoomed = page.query();
  const frame = await page.page.locator('.timeline-frame').boundingBox();
  await page.page.mouse.move(frame.x + frame.width / 2, frame.y + 60);
  await page.page.mouse.down();
  await page.page.mouse.move(frame.x + frame.width / 2 - 137, frame.y + 60, { steps: 5 });
  await page.page.mouse.up();
  // Let go, the window is snapped to the whole days of its link, and drawn so.
  await page.timelineAt(zoomed);
  const seen = await page.page.locator('.timeline-axis text.tick, .timeline-svg .label').allTextContents();
  const link = page.query();
  const receiver = await openTimeline(link.replace(/^\?view=timeline/, ''));
  assert.equal(receiver.query(), link);
  assert.deepEqual(await receiver.page.locator('.timeline-axis text.tick, .timeline-svg .label').allTextContents(), seen);
});

test('Home and End go to the first and the last claim', async () => {
  const page = await openTimeline();
  await page.page.locator('.timeline-frame').focus();
  await page.page.keyboard.press('End');
  // Focus reaches the mark once the window has moved to it and been drawn.
  await page.page.waitForFunction(() => document.activeElement?.matches('a.mark'));
  const last = await page.page.evaluate(() => document.activeElement.dataset.claim);
  assert.equal(await page.page.locator('.timeline-axis .edge.later').count(), 0, 'nothing later than the last claim');
  await page.page.keyboard.press('Home');
  await page.page.waitForFunction((was) => document.activeElement?.matches('a.mark') && document.activeElement.dataset.claim !== was, last);
  assert.equal(await page.page.locator('.timeline-axis .edge.earlier').count(), 0, 'nothing earlier than the first claim');
});

test('on a phone the time axis stays in sight while the lanes scroll', async () => {
  const page = await openTimeline('', 390);
  await page.page.evaluate(() => {
    window.scrolled = new Promise((ended) => document.addEventListener('scrollend', ended, { once: true }));
  });
  await page.page.mouse.wheel(0, 1500);
  await page.page.evaluate(() => window.scrolled);
  const axis = await page.page.locator('.timeline-axis').boundingBox();
  const frame = await page.page.locator('.timeline-frame').boundingBox();
  assert.ok(frame.y < -500, 'the lanes have scrolled up');
  assert.ok(axis.y >= -1 && axis.y < 5, `the axis is at the top: ${axis.y}`);
  assert.ok((await page.page.locator('.timeline-axis text.tick').count()) > 0);
});

test('a span the text leaves open ("since October") is drawn open-ended and read as "since"', async () => {
  const SINCE = 'us-official-several-hundred-nk-casualties';
  const page = await openTimeline(`&dates=about&claim=${SINCE}`);
  const mark = page.page.locator(`.timeline-svg a.mark.since[data-claim="${SINCE}"]`);
  await mark.first().waitFor();
  assert.match(await mark.first().getAttribute('aria-label'), /^since Oct 2024, inferred\. /);
  assert.match(await page.page.locator('#detail').textContent(), /since Oct 2024/);
});
