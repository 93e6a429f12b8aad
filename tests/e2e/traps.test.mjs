// Nothing a reader does may trap the WebAssembly: leaving the timeline while its window
// is still settling, dragging, touching and pinching it, and coming back to it many
// times. The harness fails any page with an error; these also check nothing is lost.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start, windowInWords } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

async function openTimeline(query = '', options) {
  const page = await app.open(`?view=timeline${query}`, options);
  await page.page.locator('.timeline-svg a.mark').first().waitFor();
  return page;
}

const windowOf = (query) => {
  const q = new URLSearchParams(query);
  return q.get('from') && `${q.get('from')}/${q.get('to')}`;
};

/** Clicks a view link at once, in the page: well within the window's 300 ms settling. */
const leaveAtOnce = (page, view) =>
  page.page.evaluate((v) => document.querySelector(`nav.views a[data-view="${v}"]`).click(), view);

const frameLabel = (page) => page.page.locator('.timeline-frame').getAttribute('aria-label');

const button = (page, name) => page.page.getByRole('button', { name, exact: true });

// Each way of zooming (from a window it changes), then another view within the settle time.
const ZOOMS = {
  'the + button': (page) => button(page, 'Zoom in').click(),
  'Zoom out': (page) => button(page, 'Zoom out').click(),
  Busiest: (page) => button(page, 'Busiest').click(),
  'the + key': async (page) => {
    await page.page.locator('.timeline-frame').focus();
    await page.page.keyboard.press('+');
  },
  'Ctrl+wheel': async (page) => {
    const box = await page.page.locator('.timeline-frame').boundingBox();
    await page.page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.page.keyboard.down('Control');
    await page.page.mouse.wheel(0, -300);
    await page.page.keyboard.up('Control');
  },
};

for (const [name, zoom] of Object.entries(ZOOMS)) {
  test(`zooming with ${name}, then another view at once: no trap, and the zoom is kept`, async () => {
    // Busiest is the window the timeline opens on: start it from all the claims.
    const page = await openTimeline(name === 'Busiest' ? '&from=2024-06-01&to=2024-12-31' : '');
    const before = await frameLabel(page);
    const startQuery = page.query();
    await zoom(page);
    await page.page.waitForFunction((was) => document.querySelector('.timeline-frame').getAttribute('aria-label') !== was, before);
    const zoomed = await frameLabel(page);
    await leaveAtOnce(page, 'compare');
    await page.page.locator('.compare').waitFor();
    // The window reaches the address bar of the view left and of the one arrived at.
    await page.page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'compare');
    const kept = windowOf(page.query());
    assert.ok(kept && kept !== windowOf(startQuery), `the zoomed window is in the link: ${page.query()}`);
    await page.page.goBack();
    await page.page.locator('.timeline-svg a.mark').first().waitFor();
    assert.equal(windowOf(page.query()), kept, 'Back returns to the zoomed timeline');
    assert.equal(await frameLabel(page), zoomed, 'as it was drawn when the reader left');
  });
}

/** In one task of the page, zooms in one of three ways and clicks another view's tab:
 * nothing of the zoom (a redraw, a frame, the settling timer) runs in between. */
const zoomThenLeave = (page, how, view) =>
  page.page.evaluate(
    ([how, view]) => {
      const frame = document.querySelector('.timeline-frame');
      if (how === 'the + button') document.querySelector('[data-action="zoom-in"]').click();
      if (how === 'the + key') {
        frame.focus();
        frame.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
      }
      if (how === 'Ctrl+wheel') {
        const box = frame.getBoundingClientRect();
        const at = { clientX: box.left + box.width / 2, clientY: box.top + 40 };
        frame.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -300, ctrlKey: true, bubbles: true, cancelable: true }));
      }
      document.querySelector(`nav.views a[data-view="${view}"]`).click();
    },
    [how, view],
  );

// The ways back to the timeline: its tab, Back, and the Timeline tab's address opened
// as a link in a new page.
const COME_BACK = {
  'the Timeline tab': async (page) => {
    await page.page.locator('nav.views a[data-view="timeline"]').click();
    return page;
  },
  Back: async (page) => {
    await page.page.goBack();
    return page;
  },
  'a link': async (page) => {
    const href = await page.page.locator('nav.views a[data-view="timeline"]').getAttribute('href');
    return app.open(href.replace(/^\.\//, ''), {}, '.timeline-svg a.mark');
  },
};

for (const zoomName of ['the + button', 'the + key', 'Ctrl+wheel']) {
  for (const [backName, comeBack] of Object.entries(COME_BACK)) {
    test(`zooming with ${zoomName} and leaving in the same moment, back by ${backName}: the zoom is kept`, async () => {
      const page = await openTimeline();
      const start = await frameLabel(page);
      await zoomThenLeave(page, zoomName, 'compare');
      await page.page.locator('.compare').waitFor();
      await page.page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'compare');
      const kept = windowOf(page.query());
      assert.ok(kept, `the zoomed window is in the link of the view arrived at: ${page.query()}`);
      const back = await comeBack(page);
      await back.page.locator('.timeline-svg a.mark').first().waitFor();
      await back.page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'timeline');
      assert.equal(windowOf(back.query()), kept, 'the timeline comes back with the zoomed window');
      const label = await frameLabel(back);
      assert.notEqual(label, start, 'and draws it, not the window it opened on');
    });
  }
}

/** In one task of the page, zooms in one of two ways (or drags and lets go) and goes
 * Back: the history entry is left well within the window's 300 ms settling. */
const zoomThenBack = (page, how) =>
  page.page.evaluate((how) => {
    const frame = document.querySelector('.timeline-frame');
    if (how === 'the + button') document.querySelector('[data-action="zoom-in"]').click();
    if (how === 'the + key') {
      frame.focus();
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
    }
    if (how === 'a drag') {
      const box = frame.getBoundingClientRect();
      const at = (dx) => ({ pointerId: 1, pointerType: 'mouse', button: 0, clientX: box.left + box.width / 2 + dx, clientY: box.top + 40, bubbles: true });
      frame.dispatchEvent(new PointerEvent('pointerdown', at(0)));
      for (const dx of [-40, -80, -120, -160]) frame.dispatchEvent(new PointerEvent('pointermove', at(dx)));
      frame.dispatchEvent(new PointerEvent('pointerup', at(-160)));
    }
    history.back();
  }, how);

const days = (iso) => Date.parse(iso) / 86400000;

// A step is written into its own history entry at once: Back straight after it, then
// Forward, comes back to it. So is a drag, once the pointer lets go.
for (const how of ['the + button', 'the + key', 'a drag']) {
  test(`${how}, then Back at once and Forward: the timeline comes back as moved`, async () => {
    const START = '2024-08-01/2024-12-31';
    const page = await app.open(`?from=2024-08-01&to=2024-12-31`);
    await page.page.locator('nav.views a[data-view="timeline"]').click();
    await page.page.locator('.timeline-svg a.mark').first().waitFor();
    assert.equal(windowOf(page.query()), START);
    await zoomThenBack(page, how);
    await page.page.locator('ol.claims').waitFor();
    await page.page.waitForFunction(() => !new URLSearchParams(location.search).has('view'));
    await page.page.evaluate(() => history.forward());
    await page.page.locator('.timeline-svg a.mark').first().waitFor();
    await page.page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'timeline');
    const kept = windowOf(page.query());
    assert.notEqual(kept, START, `the moved window is in the timeline's entry: ${page.query()}`);
    assert.match(await frameLabel(page), new RegExp(`^Timeline, ${windowInWords(kept)}\\.`), 'and is drawn');
    const [from, to] = kept.split('/');
    const span = days(to) - days(from);
    if (how === 'a drag') assert.equal(span, days('2024-12-31') - days('2024-08-01'), 'a drag pans');
    else assert.ok(span < days('2024-12-31') - days('2024-08-01'), `a zoom narrows: ${kept}`);
  });
}

test('changing lanes or dates just after a zoom keeps the zoom', async () => {
  const page = await openTimeline();
  const opened = page.query();
  await page.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.timelineAt(opened);
  const zoomed = await frameLabel(page);
  await page.page.evaluate(() => document.querySelector('[data-action="lanes-side"]').click());
  await page.page.getByRole('button', { name: 'By side' }).and(page.page.locator('[aria-pressed="true"]')).waitFor();
  // Whatever the zoom left waiting has run by now.
  await page.timersRun();
  assert.equal(await frameLabel(page), zoomed, 'the zoomed window is still shown');
  assert.ok(windowOf(page.query()), 'and is in the link');
  const sideways = page.query();
  await page.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.timelineAt(sideways);
  const again = await frameLabel(page);
  await page.page.evaluate(() => document.querySelector('[data-action="dates-about"]').click());
  await page.page.locator('[data-action="dates-about"][aria-pressed="true"]').waitFor();
  await page.timersRun();
  assert.equal(await frameLabel(page), again);
});

test('dragging, touch panning and pinching throw nothing', async () => {
  const page = await openTimeline('', { hasTouch: true });
  const frame = page.page.locator('.timeline-frame');
  const box = await frame.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + 40];
  const before = await frameLabel(page);
  // A drag that starts on a mark: the press focuses the frame while the pointer moves.
  const mark = await page.page.locator('.timeline-svg a.mark .shape').first().boundingBox();
  await page.page.mouse.move(mark.x + 2, mark.y + 2);
  await page.page.mouse.down();
  await page.page.mouse.move(mark.x - 150, mark.y + 2, { steps: 8 });
  await page.page.mouse.up();
  assert.notEqual(await frameLabel(page), before, 'the drag panned');

  const cdp = await page.page.context().newCDPSession(page.page);
  const touch = async (moves) => {
    const points = (at) => at.map(([px, py], id) => ({ x: px, y: py, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(moves[0]) });
    for (const at of moves.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(at) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const panned = await frameLabel(page);
  await touch([0, 1, 2, 3, 4, 5].map((i) => [[x - i * 30, y]]));
  await page.page.waitForFunction((was) => document.querySelector('.timeline-frame').getAttribute('aria-label') !== was, panned);
  const touched = await frameLabel(page);
  await touch([0, 1, 2, 3, 4].map((i) => [[x - 40 - i * 25, y], [x + 40 + i * 25, y]]));
  await page.page.waitForFunction((was) => document.querySelector('.timeline-frame').getAttribute('aria-label') !== was, touched);
  // What the gestures left waiting runs too: the page must meet no error then either.
  await page.timersRun();
});

// Leaving kept two lane indexes (about 5 KB here) per visit: 12 pages of memory over
// 150 visits. What remains (about 2 pages over 150, the Compare view's too) is below the
// bound.
test('coming back to the timeline many times leaves next to nothing behind', async () => {
  const page = await openTimeline();
  // Trunk's loader hands the WebAssembly's exports, its memory among them, to this event.
  const memory = () => page.page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  const cycle = async (times) => {
    for (let i = 0; i < times; i++) {
      await page.page.evaluate(() => document.querySelector('nav.views a[data-view="claims"]').click());
      await page.page.locator('ol.claims').waitFor();
      await page.page.evaluate(() => document.querySelector('nav.views a[data-view="timeline"]').click());
      await page.page.locator('.timeline-svg a.mark').first().waitFor();
    }
  };
  // Warm up first: the allocator keeps what the first visits asked for.
  await cycle(20);
  const before = await memory();
  await cycle(150);
  const after = await memory();
  const PAGE = 65536;
  assert.ok(after - before <= 4 * PAGE, `memory grew from ${before} to ${after} bytes over 150 visits`);
});
