// The story taken elsewhere: embedded in a frame on another page, and read offline
// after one visit, with a new publication picked up.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, STARTED, start, statementOf, story } from './harness.mjs';

const CLAIM = 'zelenskyy-over-3000-killed-or-wounded';
const COPY = new URL('../../target/e2e-offline/', import.meta.url).pathname;

let app;
before(async () => {
  // A copy of the build, so a test may publish it again.
  await rm(COPY, { recursive: true, force: true });
  await cp(DIST, COPY, { recursive: true });
  app = await start(COPY);
});
afterEach(async () => app.finish());
after(async () => app.stop());

test('the embed code shows the view compact in a frame, tells the host its height, and links keep working', async () => {
  const page = await app.open(`?claim=${CLAIM}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.page.getByRole('button', { name: 'Embed', exact: true }).click();
  await page.page.locator('.share-status', { hasText: 'is copied.' }).waitFor();
  const code = await page.page.evaluate(() => navigator.clipboard.readText());
  assert.match(code, /^<iframe src="[^"]*embed=1[^"]*" title="[^"]+ · Claimline" width="600" height="400"/);
  // A host page of the same server (the harness allows no other origin) with the frame.
  const host = `<!doctype html><title>Host</title><link rel="icon" href="favicon.svg"><p>Host page</p>${code}`;
  await writeFile(`${COPY}host.html`, host);
  // The host listens from its first script on, so no message can come before it.
  await page.page.addInitScript(() => {
    window.__heights = [];
    addEventListener('message', (e) => e.data?.claimline === 'height' && window.__heights.push(e.data.height));
  });
  await page.page.goto(`${app.url}host.html`);
  const frame = page.page.frameLocator('iframe');
  await frame.locator(STARTED).waitFor({ state: 'attached' }); // the filters are hidden
  assert.equal(await frame.locator('aside.facets').isVisible(), false, 'no filters embedded');
  assert.equal(await frame.locator('.reading').isVisible(), false, 'no reading guide embedded');
  const out = frame.locator('#open-full');
  assert.ok(await out.isVisible(), 'a link out to the whole story');
  assert.equal(await frame.locator('#detail h2').textContent(), statementOf(CLAIM));
  // The frame tells its height once the claim is drawn: more than its 400 px.
  await page.page.waitForFunction(() => window.__heights.some((h) => h > 400));
  // A view link inside works in the frame and stays embedded.
  await frame.locator('nav.views a[data-view="timeline"]').click();
  await frame.locator('#timeline-lanes').waitFor();
  const inner = page.page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(inner && inner.url().includes('view=timeline'), inner?.url());
  assert.ok(await frame.locator('html.embedded').count(), 'still compact');
  // The link out opens the same view, whole.
  const [full] = await Promise.all([page.page.context().waitForEvent('page'), out.click()]);
  await full.waitForLoadState();
  assert.ok(full.url().includes('view=timeline') && !full.url().includes('embed'), full.url());
  await full.close();
});

// The host's listener exactly as docs/EMBED.md gives it.
const documented = (await readFile(new URL('../../docs/EMBED.md', import.meta.url), 'utf8'))
  .split('```js\n')
  .map((block) => block.split('```')[0])
  .find((block) => block.startsWith("addEventListener('message'"));

for (const query of [`?claim=${CLAIM}`, '?view=figures', '?view=timeline']) {
  test(`a frame of ${query} under the documented height listener settles at its content's height`, async () => {
    assert.ok(documented, 'docs/EMBED.md gives the listener');
    const frameTag = `<iframe src="./${query}&amp;embed=1" title="Story" width="600" height="400" style="border:0;max-width:100%"></iframe>`;
    const host = `<!doctype html><title>Host</title><link rel="icon" href="favicon.svg">${frameTag}<script>${documented}</script>`;
    await writeFile(`${COPY}host-listening.html`, host);
    const page = await app.open('host-listening.html', {}, 'iframe');
    await page.page.frameLocator('iframe').locator(STARTED).waitFor({ state: 'attached' });
    // Settled: the frame is as tall as the page in it says, so no further message comes.
    await page.page.waitForFunction(() => {
      const frame = document.querySelector('iframe');
      const body = frame.contentDocument?.body;
      return !!body && frame.style.height === `${Math.ceil(body.getBoundingClientRect().height)}px`;
    });
    const { frame, content } = await page.page.evaluate(() => {
      const frame = document.querySelector('iframe');
      // What the page shows in its flow: the head, the view links and the view (an open
      // claim is a sheet fixed to the frame's foot, so its box follows the frame's).
      const parts = frame.contentDocument.querySelectorAll('#masthead, #views, #main > :not(#detail)');
      return {
        frame: frame.getBoundingClientRect().height,
        content: Math.max(...[...parts].map((e) => e.getBoundingClientRect().bottom)),
      };
    });
    assert.ok(frame >= content && frame < 3 * content, `the frame is ${frame} px for ${content} px of content`);
  });
}

// Without the listener the frame keeps the code's 600 × 400: the view (its list, or
// the Figures view's quantities and chart) fills most of it, from the top 40 % down.
for (const [query, view] of [
  ['', 'ol.claims > li.claim'],
  ['?view=figures', '.figures-plot'],
]) {
  test(`at 600 × 400, embedded ${query || 'list'} shows its view and no sideways scroll`, async () => {
    const page = await app.open(`${query}${query ? '&' : '?'}embed=1`, { viewport: { width: 600, height: 400 } }, view);
    const { top, overflow } = await page.page.evaluate(() => ({
      top: document.getElementById('main').getBoundingClientRect().top,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.ok(top <= 160, `the view begins at ${top} px of 400`);
    assert.equal(overflow, 0, 'no sideways scroll');
  });
}

test('after one visit the story opens offline, at its address and at a claim’s link; a new publication is offered', async () => {
  const page = await app.open('');
  const context = page.page.context();
  await page.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.page.reload();
  await page.page.locator(STARTED).waitFor();
  await page.page.goto(`${app.url}?claim=${CLAIM}`);
  await page.page.locator(STARTED).waitFor();
  assert.equal(await page.detailHeading().textContent(), statementOf(CLAIM));
  await page.page.goto(`${app.url}claims/${CLAIM}.html`);
  assert.equal(await page.page.locator('h1').textContent(), statementOf(CLAIM));
  await context.setOffline(false);

  // A new publication: the page names another version, and its worker another list.
  const index = await readFile(`${COPY}index.html`, 'utf8');
  const worker = await readFile(`${COPY}sw.js`, 'utf8');
  const [, version] = worker.match(/const VERSION = "([0-9a-f]+)";/);
  await writeFile(`${COPY}sw.js`, worker.replaceAll(version, 'f'.repeat(16)));
  await writeFile(`${COPY}index.html`, index.replaceAll(version, 'f'.repeat(16)));
  try {
    await page.page.goto(app.url);
    await page.page.locator(STARTED).waitFor();
    // This page is of the new publication already, so its worker takes over quietly;
    // a tab of the old one is offered a reload instead.
    const old = await app.open('');
    await writeFile(`${COPY}sw.js`, worker.replaceAll(version, 'e'.repeat(16)));
    await old.page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const notice = old.page.locator('p.update[role="status"]');
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.textContent(), /A new version of this story is ready/);
    await Promise.all([old.page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await old.page.locator(STARTED).waitFor();
  } finally {
    await writeFile(`${COPY}sw.js`, worker);
    await writeFile(`${COPY}index.html`, index);
  }
});

test('after a new publication, Copy citation gives its wording, though one of its files cannot be fetched', async () => {
  const page = await app.open(`?claim=${CLAIM}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  // The first publication's worker keeps its files, the claims' takeaways among them.
  await page.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The claim's statement corrected, and published again over the same folder.
  const corrected = 'Zelenskyy said more than 3,000 North Korean soldiers were killed or wounded, as corrected.';
  const edited = structuredClone(story);
  edited.claims.find((c) => c.id === CLAIM).statement = corrected;
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'claimline-story-')), 'kursk.json');
  await writeFile(file, JSON.stringify(edited));
  const root = new URL('../../', import.meta.url).pathname;
  await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', file, '--app', DIST, '--out', COPY], { cwd: root });
  // A file of the new publication that cannot be fetched: its worker cannot keep it.
  const other = story.claims.find((c) => c.id !== CLAIM).id;
  await rm(`${COPY}claims/${other}.html`);

  await page.page.reload();
  await page.page.locator(STARTED).waitFor();
  assert.equal(await page.detailHeading().textContent(), corrected);
  await page.page.getByRole('button', { name: 'Copy citation', exact: true }).click();
  await page.page.locator('.share-status', { hasText: 'is copied.' }).waitFor();
  const citation = await page.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(citation.includes(corrected), citation);
});
