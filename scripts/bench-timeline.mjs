// Benchmark of the Timeline view in release builds (run scripts/bench.sh, or build them first):
//   node scripts/bench-timeline.mjs
// For the bundled story (dist/) and generated stories of 1,000 and 10,000 claims
// (target/bench/dist-1000, target/bench/dist-10000, published by scripts/bench.sh):
//   1. first draw: from a click on the Timeline link to the frame after the marks are drawn;
//   2. filter change in the Timeline: from a facet click to the frame after the redraw;
//   3. longest main-thread task and longest frame during a drag pan and a Ctrl+wheel zoom;
//   4. vis-timeline's first draw of the same generated stories, for scale;
//   5. the Compare and Figures views: first draw (their link → frame after the table is
//      drawn, the view's file fetched and put in) and a filter change in each.
// Figures are printed, never asserted: timings vary from machine to machine.
// BENCH_ONLY_START=1 measures only the start and the memory it leaves.
// Runs Debian's Chromium at 1280x900; the pages are served over local HTTP under a sub-path.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';
import { firstLoad } from './sizes.mjs';
import { STARTED } from './started.mjs';


const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'target', 'bench');
const PREFIX = '/claimline/';
const VIEWPORT = { width: 1280, height: 900 };
const FIRST_DRAWS = 10;
const FILTER_CLICKS = 30;
const GESTURE_RUNS = 3;
const VIS_RUNS = 5;

// BENCH_SIZES=1000 picks the generated stories to run (default: 1000,10000).
const SIZES = (process.env.BENCH_SIZES || '1000,10000').split(',').map(Number);
const BUILDS = [
  { label: 'bundled story', dist: path.join(ROOT, 'dist') },
  { label: '1,000 claims', dist: path.join(BENCH, 'dist-1000'), story: path.join(BENCH, 'story-1000.json'), size: 1000 },
  { label: '10,000 claims', dist: path.join(BENCH, 'dist-10000'), story: path.join(BENCH, 'story-10000.json'), size: 10000 },
].filter((b) => !b.size || SIZES.includes(b.size));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (n) => `${n.toFixed(1)} ms`;
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const median = (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  return { median, max: s.at(-1), min: s[0] };
}
const line = (values) => {
  const { median, max, min } = stats(values);
  return `median ${ms(median)}, max ${ms(max)}, min ${ms(min)} (${values.length} run${values.length === 1 ? '' : 's'})`;
};

// --- In the page (these functions are serialised by page.evaluate) ---

// Clicks `click` and resolves with the time to the end of the first frame after the DOM
// under `root` has changed, `ready` is there, and no further change came in the frame
// before: a drawing done in two steps (say, once the width is known) counts whole, and
// so do the frame's style, layout and paint (a task queued from the frame's animation
// callback runs after them).
function untilDrawn({ root: rootSelector, ready: readySelector, click }) {
  return new Promise((resolve, reject) => {
    const root = document.querySelector(rootSelector);
    const target = document.querySelector(click);
    if (!root || !target) return reject(new Error(`${root ? click : rootSelector} not found`));
    const ready = () => !readySelector || document.querySelector(readySelector);
    const timer = setTimeout(() => reject(new Error('no drawing within 10 s')), 10000);
    let waiting = false;
    let changed = false;
    const frame = () => {
      changed = false;
      requestAnimationFrame(() => {
        if (changed) return frame();
        observer.disconnect();
        clearTimeout(timer);
        setTimeout(() => resolve(performance.now() - t0), 0);
      });
    };
    const observer = new MutationObserver(() => {
      changed = true;
      if (!waiting && ready()) {
        waiting = true;
        frame();
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const t0 = performance.now();
    target.click();
  });
}

// Starts recording long tasks and the gaps between animation frames.
function startWatch() {
  const w = { start: performance.now(), tasks: [], gaps: [], last: 0, on: true, redraws: 0 };
  // Counts redraws, to tell a gesture that did nothing from one that was cheap.
  w.mutations = new MutationObserver(() => w.redraws++);
  w.mutations.observe(document.querySelector('svg.timeline-svg'), { childList: true, subtree: true, attributes: true });
  w.observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= w.start) w.tasks.push(e.duration);
  });
  // Buffered: tasks that ended before the observer's callback ran still count.
  w.observer.observe({ type: 'longtask', buffered: true });
  const tick = (now) => {
    if (w.last) w.gaps.push(now - w.last);
    w.last = now;
    if (w.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.benchWatch = w;
}

// Stops recording, after one more frame so a task at the gesture's end is seen.
function stopWatch() {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const w = window.benchWatch;
        w.on = false;
        for (const e of w.observer.takeRecords()) if (e.startTime >= w.start) w.tasks.push(e.duration);
        w.observer.disconnect();
        w.mutations.disconnect();
        resolve({
          longestTask: Math.max(0, ...w.tasks),
          tasks: w.tasks.length,
          longestFrame: Math.max(0, ...w.gaps),
          redraws: w.redraws,
        });
      }, 0),
    ),
  );
}

const settleFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

// --- Claimline ---

async function openClaims(page, url) {
  await page.goto(url);
  await page.waitForSelector(STARTED);
  await page.evaluate(settleFrame);
}

async function openTimeline(page, url) {
  await page.goto(`${url}?view=timeline`);
  await page.waitForSelector('svg.timeline-svg a.mark');
  await page.evaluate(settleFrame);
}

// From the last byte of the WebAssembly and of the story's data file to the claims
// drawn: instantiating, decoding the data file, indexing the story and the first draw;
// and the WebAssembly's memory once drawn (the story, its index and the page's state).
async function startups(page, url, runs = 5) {
  // The app's own claims: the published view in the page has the claims before it.
  await page.addInitScript((selector) => {
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasmMemory = e.detail.wasm.memory));
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        window.__claimsDrawnAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, STARTED);
  const times = [];
  let memory = 0;
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForSelector(STARTED);
    memory = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
    const time = await page.evaluate(() => {
      const ends = performance
        .getEntriesByType('resource')
        .filter((e) => /\/data\/story-|_bg\.wasm$/.test(e.name))
        .map((e) => e.responseEnd);
      return ends.length === 2 ? window.__claimsDrawnAt - Math.max(...ends) : null;
    });
    if (time !== null) times.push(time);
  }
  return { times, memory };
}

async function firstDraws(page, url) {
  const times = [];
  let marks = 0;
  for (let i = 0; i < FIRST_DRAWS; i++) {
    // A fresh page each time: the first draw is the one a reader waits for.
    await openClaims(page, url);
    times.push(
      await page.evaluate(untilDrawn, {
        root: 'body',
        ready: 'svg.timeline-svg a.mark',
        click: 'nav.views a[data-view="timeline"]',
      }),
    );
    marks = await page.evaluate(() => document.querySelectorAll('svg.timeline-svg a.mark').length);
  }
  return { times, marks };
}

// A view, its drawing's root and what shows it is drawn.
const TIMELINE = { view: 'timeline', root: 'svg.timeline-svg', ready: 'svg.timeline-svg a.mark' };
const COMPARE = { view: 'compare', root: '.compare', ready: '.compare .alignment' };
const FIGURES = { view: 'figures', root: '#figures-view', ready: '#figures-view .figures-table' };

async function filterChanges(page, url, { view, root, ready } = TIMELINE) {
  await page.goto(`${url}?view=${view}`);
  await page.waitForSelector(ready);
  await page.evaluate(settleFrame);
  const times = [];
  for (let i = 0; i < FILTER_CLICKS; i++) {
    times.push(await page.evaluate(untilDrawn, { root, click: 'fieldset.facet-side input[type=checkbox]' }));
    await page.evaluate(settleFrame);
  }
  return times;
}

async function compareFirstDraws(page, url) {
  const times = [];
  for (let i = 0; i < FIRST_DRAWS; i++) {
    await openClaims(page, url);
    times.push(
      await page.evaluate(untilDrawn, { root: 'body', ready: COMPARE.ready, click: 'nav.views a[data-view="compare"]' }),
    );
  }
  const quotes = await page.evaluate(() => document.querySelectorAll('.compare a.quote').length);
  return { times, quotes };
}

async function figuresFirstDraws(page, url) {
  const times = [];
  for (let i = 0; i < FIRST_DRAWS; i++) {
    await openClaims(page, url);
    times.push(
      await page.evaluate(untilDrawn, { root: 'body', ready: FIGURES.ready, click: 'nav.views a[data-view="figures"]' }),
    );
  }
  const marks = await page.evaluate(() => document.querySelectorAll('svg.figures-chart a[data-figure]:not([hidden])').length);
  return { times, marks };
}

// Runs `gesture` with the recorders on; returns their figures.
async function watched(page, gesture) {
  await page.evaluate(startWatch);
  await gesture();
  return page.evaluate(stopWatch);
}

// A point inside the frame and the viewport, with room to move either way, and not on a
// mark: pressing a link may start the browser's own drag of it instead of a pan.
async function framePoint(page) {
  return page.evaluate((height) => {
    const box = document.querySelector('.timeline-frame').getBoundingClientRect();
    const x = box.left + box.width / 2;
    for (let y = Math.max(box.top, 0) + 60; y < Math.min(box.bottom, height) - 20; y += 8) {
      const hit = document.elementFromPoint(x, y);
      if (hit?.closest('.timeline-frame') && !hit.closest('a, button, [data-days], [data-edge]')) {
        return { x, y, half: box.width / 2 };
      }
    }
    throw new Error('no free point on the timeline frame');
  }, VIEWPORT.height);
}

async function dragPan(page) {
  const { x, y, half } = await framePoint(page);
  const reach = Math.min(200, half - 20);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // One sweep right and back over 3 s, one move about every frame.
  const t0 = Date.now();
  for (let t = 0; t < 3000; t = Date.now() - t0) {
    await page.mouse.move(x + reach * Math.sin((2 * Math.PI * t) / 3000), y);
    await sleep(16);
  }
  await page.mouse.move(x, y);
  await page.mouse.up();
}

async function zoomSweep(page) {
  const { x, y } = await framePoint(page);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  // 20 notches in, then 20 out, 50 ms apart: about 2 s.
  for (const dy of [...Array(20).fill(-100), ...Array(20).fill(100)]) {
    await page.mouse.wheel(0, dy);
    await sleep(50);
  }
  await page.keyboard.up('Control');
}

async function gestures(page, url) {
  const runs = { pan: [], zoom: [] };
  for (let i = 0; i < GESTURE_RUNS; i++) {
    await openTimeline(page, url);
    runs.pan.push(await watched(page, () => dragPan(page)));
    await openTimeline(page, url);
    runs.zoom.push(await watched(page, () => zoomSweep(page)));
  }
  return runs;
}

// The window the Timeline opens on, as the app writes it to the address bar once it
// rests: "Busiest" moves to that same window.
async function openingWindow(page, url) {
  await openTimeline(page, url);
  await page.click('[data-action="busiest"]');
  await page.waitForURL(/[?&]from=/);
  const params = new URL(page.url()).searchParams;
  return [params.get('from'), params.get('to')];
}

function printGesture(name, runs) {
  const longest = Math.max(...runs.map((r) => r.longestTask));
  const count = runs.reduce((n, r) => n + r.tasks, 0);
  const task = count ? `${count} task(s) ≥ 50 ms, longest ${ms(longest)}` : 'none ≥ 50 ms';
  const frames = runs.map((r) => r.longestFrame);
  const redraws = Math.min(...runs.map((r) => r.redraws));
  console.log(`${name} (≥ ${redraws} redraws a run): long tasks ${task}; longest frame ${line(frames)}`);
  if (!redraws) console.log('  the timeline did not redraw in some run: the gesture missed it');
}

async function benchClaimline(browser, build) {
  const { total } = await firstLoad(build.dist);
  console.log(`\n== Claimline, ${build.label} (first load ${(total.gzip / 1024).toFixed(1)} KB gzip)`);
  const server = await serve(build.dist, 0, PREFIX);
  const page = await browser.newPage({ viewport: VIEWPORT });
  await guard(page);
  try {
    const data = (await firstLoad(build.dist)).files.find((f) => f.name.startsWith('data/story-'));
    console.log(`story data file: ${data.raw} bytes raw, ${data.gzip} gzip`);
    const start = await startups(page, server.url);
    console.log(`start (WASM and data file received → claims drawn: decode, index, first draw): ${line(start.times)}`);
    console.log(`WebAssembly memory once drawn: ${(start.memory / 1024 / 1024).toFixed(1)} MB`);
    // BENCH_ONLY_START=1: the start and its memory, nothing else.
    if (process.env.BENCH_ONLY_START) return { first: 0, window: null };
    if (!wants('timeline')) {
      await benchCompare(page, server.url);
      await benchFigures(page, server.url);
      return { first: 0, window: null };
    }
    const first = await firstDraws(page, server.url);
    console.log(`first draw (Timeline link → frame after marks, ${first.marks} marks): ${line(first.times)}`);
    console.log(`filter change in the Timeline (side facet on/off): ${line(await filterChanges(page, server.url))}`);
    const runs = await gestures(page, server.url);
    printGesture('drag pan, 3 s', runs.pan);
    printGesture('Ctrl+wheel zoom in and out, 2 s', runs.zoom);
    await benchCompare(page, server.url);
    await benchFigures(page, server.url);
    const opening = build.size ? await openingWindow(page, server.url) : null;
    return { first: stats(first.times).median, window: opening };
  } finally {
    await page.close();
    await server.close();
  }
}

// BENCH_ONLY=compare (or figures) measures only that view (after the start), and skips
// vis-timeline.
function wants(part) {
  return !process.env.BENCH_ONLY || process.env.BENCH_ONLY === part;
}

async function benchFigures(page, url) {
  if (!wants('figures')) return;
  const figures = await figuresFirstDraws(page, url);
  console.log(`Figures, first draw (Figures link → frame after the table, ${figures.marks} marks in both charts): ${line(figures.times)}`);
  console.log(`Figures, filter change (side facet on/off): ${line(await filterChanges(page, url, FIGURES))}`);
}

async function benchCompare(page, url) {
  if (!wants('compare')) return;
  const compare = await compareFirstDraws(page, url);
  console.log(`Compare, first draw (Compare link → frame after the table, ${compare.quotes} marked runs): ${line(compare.times)}`);
  console.log(`Compare, filter change (side facet on/off): ${line(await filterChanges(page, url, COMPARE))}`);
}

// --- vis-timeline ---

const day = 24 * 60 * 60 * 1000;
const nextDay = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + day).toISOString().slice(0, 10);

// One item per claim with a `made` date, in the lane of its first claimant, as the
// app's claimant lanes do; a span of days is a range (vis-timeline's end is exclusive).
function visData(story) {
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  const groups = new Map();
  const items = [];
  for (const claim of story.claims) {
    if (!claim.made) continue;
    const actor = claim.appearances[0]?.chain[0]?.actors[0] ?? 'unknown';
    if (!groups.has(actor)) groups.set(actor, { id: actor, content: names.get(actor) ?? actor });
    const item = { id: claim.id, group: actor, content: claim.statement, start: claim.made.start };
    if (claim.made.end !== claim.made.start) item.end = nextDay(claim.made.end);
    items.push(item);
  }
  return { items, groups: [...groups.values()] };
}

// A directory with the page, the library and the items, all served locally.
async function prepareVis() {
  const dir = path.join(BENCH, 'vis');
  await mkdir(dir, { recursive: true });
  const lib = path.join(ROOT, 'node_modules', 'vis-timeline');
  await copyFile(path.join(ROOT, 'scripts', 'bench-timeline', 'index.html'), path.join(dir, 'index.html'));
  await copyFile(path.join(lib, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'), path.join(dir, 'vis-timeline-graph2d.min.js'));
  await copyFile(path.join(lib, 'styles', 'vis-timeline-graph2d.min.css'), path.join(dir, 'vis-timeline-graph2d.min.css'));
  for (const build of BUILDS.filter((b) => b.story)) {
    const data = visData(JSON.parse(await readFile(build.story, 'utf8')));
    await writeFile(path.join(dir, `items-${build.size}.json`), JSON.stringify(data));
  }
  return dir;
}

async function benchVis(browser, url, build, range, runs = VIS_RUNS) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await guard(page);
  const times = [];
  let count = 0;
  let drawn = 0;
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(url);
      count = await page.evaluate((file) => window.loadData(file), `items-${build.size}.json`);
      await page.evaluate(settleFrame);
      const result = await page.evaluate((r) => window.drawTimeline(r), range);
      times.push(result.ms);
      drawn = result.drawn;
    }
  } finally {
    await page.close();
  }
  return { times, count, drawn };
}

// Nothing may leave the machine: any request off localhost is refused and reported.
function guard(page) {
  return page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/])/, (route) => {
    console.log(`refused a request off localhost: ${route.request().url()}`);
    return route.abort();
  });
}

for (const build of BUILDS) {
  if (!(await stat(build.dist).catch(() => null))) {
    console.error(`${path.relative(ROOT, build.dist)} is missing: run scripts/bench.sh (or build it) first`);
    process.exit(1);
  }
}

const browser = await launchChromium();
try {
  const claimline = new Map();
  for (const build of BUILDS) claimline.set(build, await benchClaimline(browser, build));

  if (process.env.BENCH_ONLY_START || process.env.BENCH_ONLY) process.exit(0);
  const vis = await serve(await prepareVis(), 0, '/vis/');
  try {
    const ratios = [];
    for (const build of BUILDS.filter((b) => b.story)) {
      const ours = claimline.get(build);
      console.log(`\n== vis-timeline, ${build.label}`);
      const all = await benchVis(browser, vis.url, build);
      console.log(`first draw, its own fit-all window (${all.count} items, ${all.drawn} drawn in the window): ${line(all.times)}`);
      // The same window the app opens on, so both draw about as much.
      // Over a minute a run at 10,000 claims: one run is enough to show it.
      const runs = build.size >= 10000 ? 1 : VIS_RUNS;
      const same = await benchVis(browser, vis.url, build, [ours.window[0], nextDay(ours.window[1])], runs);
      console.log(`first draw, the app's opening window ${ours.window.join(' to ')} (${same.drawn} drawn in it): ${line(same.times)}`);
      ratios.push({ build, ours: ours.first, all: stats(all.times).median, same: stats(same.times).median });
    }
    console.log('\n== First draw, Claimline / vis-timeline (medians; target ≤ 0.20)');
    for (const r of ratios) {
      console.log(
        `${r.build.label}: ${ms(r.ours)} / ${ms(r.all)} = ${(r.ours / r.all).toFixed(2)}` +
          ` (against vis-timeline in the same window: ${ms(r.same)}, ${(r.ours / r.same).toFixed(2)})`,
      );
    }
  } finally {
    await vis.close();
  }
} finally {
  await browser.close();
}
