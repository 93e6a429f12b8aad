// A seeded random walk through the page: every kind of thing a reader does (view and
// claim links, facet boxes, buttons, keys, drags, Ctrl+wheel, touch pans and pinches,
// Back and Forward, resizes, typing a search), each followed at once, after a paint or
// two, or once the page's timers have all run. The same seed walks the same way.
import { STARTED, story } from './harness.mjs';

/** A small seeded generator (mulberry32): the same seed, the same walk. */
export function random(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below) => Math.floor(next() * below),
    pick: (list) => list[Math.floor(next() * list.length)],
    between: (low, high) => low + next() * (high - low),
  };
}

const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', '+', '-'];
// Words a reader might search for, from the story itself, and figures written as a reader types them.
const SEARCHES = [...new Set(story.claims.flatMap((c) => c.statement.split(/\W+/)).filter((w) => w.length > 4))]
  .slice(0, 40)
  .concat(['3000', '3 000', 'zz-no-such-word', '']);

/** The indices of the elements matching `selector` that a reader could see and reach. */
async function visible(page, selector) {
  return page.locator(selector).evaluateAll((all) =>
    all.flatMap((e, i) => {
      const box = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      const shown = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)');
      return shown ? [i] : [];
    }),
  );
}

/** Clicks one of the visible elements matching `selector`; says which, or that there was none. */
async function clickOne(page, rng, selector) {
  const indices = await visible(page, selector);
  if (indices.length === 0) return `nothing to click for ${selector}`;
  const element = page.locator(selector).nth(rng.pick(indices));
  const name = (await element.evaluate((e) => e.getAttribute('aria-label') || e.textContent || e.id || e.tagName)).trim().slice(0, 50);
  // A redraw can replace the element between looking and clicking: that is not a fault.
  await element.click({ timeout: 1000 }).catch(() => {});
  return `click ${selector} "${name}"`;
}

/** Where the timeline's frame is on screen, or null when the timeline is not shown. */
async function frameBox(page) {
  const frame = page.locator('.timeline-frame');
  if ((await frame.count()) === 0) return null;
  await frame.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => {});
  const box = await frame.boundingBox();
  return box && box.width > 0 ? box : null;
}

/** Touches, as a phone sends them: each point is [x, y] of one finger, per move. */
async function touch(cdp, moves) {
  const points = (at) => at.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(moves[0]) });
  for (const at of moves.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(at) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The reader's moves: each takes the page and the generator and says what it did. */
const MOVES = [
  { weight: 3, run: (p, rng) => clickOne(p.page, rng, 'nav.views a[data-view], .quantities a[data-quantity]') },
  { weight: 4, run: (p, rng) => clickOne(p.page, rng, 'a[data-claim]') },
  { weight: 3, run: (p, rng) => clickOne(p.page, rng, '.facets input[type="checkbox"]') },
  { weight: 4, run: (p, rng) => clickOne(p.page, rng, 'button:not([disabled]), summary') },
  {
    weight: 5,
    async run(p, rng) {
      const key = rng.pick(KEYS);
      await p.page.keyboard.press(key);
      return `key ${key}`;
    },
  },
  {
    weight: 3,
    async run(p, rng) {
      const box = await frameBox(p.page);
      if (!box) return 'no timeline to drag';
      const [x, y] = [box.x + rng.between(20, box.width - 20), box.y + rng.between(10, Math.min(box.height, 300) - 10)];
      const dx = rng.between(-400, 400);
      await p.page.mouse.move(x, y);
      await p.page.mouse.down();
      await p.page.mouse.move(x + dx, y + rng.between(-20, 20), { steps: 6 });
      await p.page.mouse.up();
      return `drag ${Math.round(dx)} px`;
    },
  },
  {
    weight: 2,
    async run(p, rng) {
      const box = await frameBox(p.page);
      if (!box) return 'no timeline to wheel';
      const dy = rng.between(-400, 400);
      await p.page.mouse.move(box.x + rng.between(10, box.width - 10), box.y + 30);
      await p.page.keyboard.down('Control');
      await p.page.mouse.wheel(0, dy);
      await p.page.keyboard.up('Control');
      return `ctrl+wheel ${Math.round(dy)}`;
    },
  },
  {
    weight: 2,
    async run(p, rng) {
      const box = await frameBox(p.page);
      if (!box) return 'no timeline to touch';
      const y = box.y + 30;
      const x = box.x + box.width / 2;
      if (rng.next() < 0.5) {
        const dx = rng.between(-250, 250);
        await touch(p.cdp, [0, 1, 2, 3, 4, 5].map((i) => [[x + (dx * i) / 5, y]]));
        return `touch pan ${Math.round(dx)} px`;
      }
      const spread = rng.between(-60, 120);
      await touch(p.cdp, [0, 1, 2, 3, 4].map((i) => [[x - 40 - (spread * i) / 4, y], [x + 40 + (spread * i) / 4, y + 5]]));
      return `pinch ${Math.round(spread)} px`;
    },
  },
  {
    weight: 2,
    async run(p, rng) {
      const back = rng.next() < 0.6;
      await (back ? p.page.goBack({ timeout: 2000 }) : p.page.goForward({ timeout: 2000 })).catch(() => {});
      // Back from the first entry leaves the app for the blank page it opened from: the
      // reader comes straight back, so the walk goes on in the app.
      if (!p.page.url().startsWith(p.baseUrl)) {
        await p.page.goForward({ timeout: 2000 }).catch(() => {});
        await p.page.locator(STARTED).waitFor({ timeout: 5000 }).catch(() => {});
        return `${back ? 'back' : 'forward'}, out of the app and in again`;
      }
      return back ? 'back' : 'forward';
    },
  },
  {
    weight: 1,
    async run(p, rng) {
      const width = Math.round(rng.between(360, 1440));
      await p.page.setViewportSize({ width, height: Math.round(rng.between(640, 960)) });
      return `resize to ${width} px`;
    },
  },
  {
    weight: 2,
    async run(p, rng) {
      const search = p.page.locator('#search');
      if ((await visible(p.page, '#search')).length === 0) return 'search not in view';
      const text = rng.pick(SEARCHES);
      await search.fill('', { timeout: 1000 }).catch(() => {});
      await search.pressSequentially(text, { delay: rng.between(0, 40), timeout: 3000 }).catch(() => {});
      return `search "${text}"`;
    },
  },
];

const TOTAL_WEIGHT = MOVES.reduce((sum, m) => sum + m.weight, 0);

function pickMove(rng) {
  let at = rng.next() * TOTAL_WEIGHT;
  return MOVES.find((m) => (at -= m.weight) < 0) ?? MOVES[0];
}

/**
 * Walks `steps` steps from `seed` on an open page (`app.open` with hasTouch); after each
 * step checks `trouble()` and throws on the first problem, naming the seed, the step
 * and the steps just before it.
 */
export async function walk(page, seed, steps, trouble) {
  const rng = random(seed);
  const cdp = await page.page.context().newCDPSession(page.page);
  const done = [];
  for (let step = 1; step <= steps; step++) {
    const move = pickMove(rng);
    const said = await move.run({ page: page.page, cdp, baseUrl: page.baseUrl }, rng);
    // Mostly quick successions: at once, or after a paint or two; now and then a rest
    // until the page's timers (the timeline's settling) have all run.
    const rests = rng.next() >= 0.75;
    const paints = rng.int(3);
    if (rests) await page.timersRun();
    for (let i = 0; i < paints && !rests; i++) await page.nextPaint();
    done.push(`${step}: ${said}, then ${rests ? 'a rest' : `${paints} paints`}`);
    const problems = trouble();
    if (problems.length > 0) {
      throw new Error(`walk seed ${seed} failed at step ${step}:\n  ${problems.join('\n  ')}\nlast steps:\n  ${done.slice(-8).join('\n  ')}\nrerun: WALK_SEEDS=${seed} WALK_STEPS=${steps} node --test tests/e2e/walk.test.mjs`);
    }
  }
  return done;
}
