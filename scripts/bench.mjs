// Benchmark and audit of a release build (run `trunk build --release` first):
//   node scripts/bench.mjs [dir]   (dir defaults to dist/)
//   a. size of every file, raw and gzip, against the first-load budget (sizes.mjs);
//   b. Lighthouse scores with mobile defaults, of the page and of its Compare view
//      (skip with BENCH_SKIP_LIGHTHOUSE=1);
//   c. time from a facet click to the next frame after the list redraws.
// BENCH_ONLY_REDRAW=1 measures c alone (for the generated 10,000-claim story).
// Runs Debian's Chromium; the page is served under a sub-path, as on a real host.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';
import { report } from './sizes.mjs';
import { STARTED } from './started.mjs';


const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const PREFIX = '/claimline/';
const REDRAWS = 30;

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// b. Lighthouse, programmatically, in headless Chromium started by chrome-launcher.
async function audit(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  let lhr;
  try {
    ({ lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }));
  } finally {
    await chrome.kill();
  }
  if (lhr.runtimeError) console.log(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  console.log(`\n== Lighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}) ${url}`);
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  for (const id of cats) {
    const score = lhr.categories[id]?.score;
    console.log(pad(id, 18) + lpad(score == null ? 'n/a' : Math.round(score * 100), 5));
  }
  console.log('metrics:');
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    const a = lhr.audits[id];
    console.log('  ' + pad(a.title, 28) + lpad(a.displayValue ?? 'n/a', 10));
  }
  // Failed audits: scored below 1 (unscored, manual and not-applicable ones have score null).
  for (const id of cats.slice(1)) {
    const failed = lhr.categories[id].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
    console.log(`failed ${id} audits: ${failed.length ? '' : 'none'}`);
    for (const a of failed) console.log(`  - ${a.id}: ${a.title}`);
  }
}

// c. In the page: click a facet checkbox, then wait for the DOM change and the next frame.
function measureToggle() {
  return new Promise((resolve, reject) => {
    const box = document.querySelector('fieldset.facet-side input[type=checkbox]');
    const targets = [document.querySelector('ol.claims'), document.querySelector('.tally .total')].filter(Boolean);
    if (!box || !targets.length) return reject(new Error('facet checkbox or claim list not found'));
    const timer = setTimeout(() => reject(new Error('no DOM change within 5 s of the click')), 5000);
    let t0 = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      });
    });
    const watch = { childList: true, subtree: true, characterData: true, attributes: true };
    for (const t of targets) observer.observe(t, watch);
    t0 = performance.now();
    box.click();
  });
}

async function redraw(url) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    // The published view has the claims too: wait for the app's own.
    await page.waitForSelector(STARTED);
    const times = [];
    for (let i = 0; i < REDRAWS; i++) {
      times.push(await page.evaluate(measureToggle));
      // Let the frame finish before the next click.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    times.sort((a, b) => a - b);
    const median = (times[(REDRAWS - 1) >> 1] + times[REDRAWS >> 1]) / 2;
    console.log(`\n== Filter redraw (click on the first side facet, on/off, ${REDRAWS} times)`);
    console.log(`median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

const onlyRedraw = process.env.BENCH_ONLY_REDRAW === '1';
if (!onlyRedraw) await report(DIST, path.relative(ROOT, DIST) || DIST);
const server = await serve(DIST, 0, PREFIX);
try {
  if (onlyRedraw) {
    // Sizes and audits describe the bundled story only.
  } else if (process.env.BENCH_SKIP_LIGHTHOUSE === '1') {
    console.log('\n== Lighthouse skipped (BENCH_SKIP_LIGHTHOUSE=1)');
  } else {
    // The page as it opens, and the heaviest view: both articles' full texts.
    await audit(server.url);
    await audit(`${server.url}?view=compare`);
  }
  await redraw(server.url);
} finally {
  await server.close();
}
