// Stories as data: a second story (a made-up one) published by `claimline site` beside
// the same app build and read in every view; two stories in one folder with their
// index page; and what a reader sees when a story's data file is missing or damaged.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, STARTED, axeViolations, start } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const REGATTA_FILE = path.join(root, 'tests/fixtures/stories/harbour-regatta.json');
const regatta = JSON.parse(await readFile(REGATTA_FILE, 'utf8'));

/** `claimline site` on these story files, into a fresh folder; its path. */
async function publish(...stories) {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'claimline-site-')), 'site');
  await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', ...stories, '--app', DIST, '--out', out], {
    cwd: root,
  });
  return out;
}

let site;
let app;
before(async () => {
  site = await publish(REGATTA_FILE, path.join(root, 'stories/kursk.json'));
  app = await start(site);
});
afterEach(async () => app.finish());
after(async () => {
  await app.stop();
  await rm(path.dirname(site), { recursive: true });
});

const shared = regatta.claims.filter((c) => c.appearances.length > 1);

test('the index page lists both stories with their outlets and links to each', async () => {
  const page = await app.open('', {}, 'main.stories');
  const links = page.page.locator('main.stories h2 a');
  assert.deepEqual(await links.allTextContents(), [regatta.title, 'North Korean soldiers fighting for Russia in Kursk']);
  assert.deepEqual(await axeViolations(page), []);
  const text = await page.page.locator('main.stories').textContent();
  for (const outlet of ['The Saltmarsh Herald', 'Radio Estuary']) assert.ok(text.includes(outlet), outlet);
  await links.first().click();
  await page.page.locator(STARTED).waitFor();
  assert.equal(await page.page.locator('h1').textContent(), regatta.title);
});

test('the second story is read in every view, with its own title and language and no word of the first', async () => {
  const page = await app.open('harbour-regatta/');
  assert.equal(await page.page.title(), `${regatta.title} · Claimline`);
  assert.equal(await page.page.locator('html').getAttribute('lang'), regatta.language);
  assert.equal((await page.listedClaims()).length, regatta.claims.length);
  const description = await page.page.locator('meta[name=description]').getAttribute('content');
  assert.equal(description, regatta.description);
  assert.deepEqual(await axeViolations(page), []);
  const whole = (await page.page.content()).toLowerCase();
  for (const word of ['kursk', 'korea', 'ukrain', 'zelensk']) assert.ok(!whole.includes(word), word);

  // A shared claim: its detail, then the timeline and the Compare view with it selected.
  const claim = shared[0];
  await page.claimLink(claim.id).click();
  await page.detailHeading().filter({ hasText: claim.statement }).waitFor();
  await page.page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await page.page.locator('svg.timeline-svg a.mark').first().waitFor();
  assert.ok((await page.page.locator('svg.timeline-svg a.mark').count()) > 0);
  await page.page.locator(`a.mark[data-claim="${claim.id}"][aria-current]`).waitFor();
  await page.page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.page.locator('.compare .alignment').waitFor();
  assert.equal(await page.page.locator('.alignment tbody').count(), shared.length);
  const texts = await page.page.locator('.texts article.text').count();
  assert.equal(texts, 2);
  assert.ok(new URL(page.page.url()).search.includes(`claim=${claim.id}`));
});

test('a shared link to a claim of the second story opens on that claim', async () => {
  const claim = regatta.claims.at(-1);
  const page = await app.open(`harbour-regatta/?claim=${claim.id}`);
  await page.detailHeading().filter({ hasText: claim.statement }).waitFor();
  assert.equal(await page.currentClaim(), claim.id);
});

/** A copy of the second story's folder with `change` made to its data files. */
async function broken(name, change) {
  const dir = path.join(site, name);
  await cp(path.join(site, 'harbour-regatta'), dir, { recursive: true });
  const data = path.join(dir, 'data');
  for (const file of await readdir(data)) await change(path.join(data, file), file);
  return `${name}/`;
}

/** The browser reports a missing file's 404 itself: there, the case under test, not a fault. */
function expectedMissing(page) {
  page.trouble.splice(0, page.trouble.length, ...page.trouble.filter((t) => !/404/.test(t)));
}

test('a missing story file gets a message on the page, never a blank page', async () => {
  const where = await broken('missing', async (file, name) => name.startsWith('story-') && rm(file));
  const page = await app.open(where, {}, '[role=alert]');
  assert.deepEqual(await axeViolations(page), []);
  const alert = await page.page.locator('[role=alert]').textContent();
  assert.match(alert, /The story could not be opened/);
  assert.match(alert, /missing from the server \(404\)/);
  assert.match(alert, /data\/story-[0-9a-f]{16}\.clm/);
  assert.equal(await page.page.locator('h1').textContent(), regatta.title, 'the head is there without the data');
  expectedMissing(page);
});

test('a damaged story file, or one of another format version, says so', async () => {
  const damaged = await broken('damaged', async (file, name) => {
    if (!name.startsWith('story-')) return;
    const bytes = await readFile(file);
    bytes[bytes.length >> 1] ^= 0xff;
    await writeFile(file, bytes);
  });
  let page = await app.open(damaged, {}, '[role=alert]');
  assert.match(await page.page.locator('[role=alert]').textContent(), /damaged: it is cut short or its bytes were changed/);

  const newer = await broken('newer', async (file, name) => {
    if (!name.startsWith('story-')) return;
    const bytes = await readFile(file);
    bytes.writeUInt16LE(99, 4);
    await writeFile(file, bytes);
  });
  page = await app.open(newer, {}, '[role=alert]');
  assert.match(await page.page.locator('[role=alert]').textContent(), /written for version 99 of Claimline's format/);
});

test('a missing Compare view file leaves every other view working, and Compare says so', async () => {
  const where = await broken('no-comparison', async (file, name) => name.startsWith('compare-') && rm(file));
  const page = await app.open(`${where}?view=compare`, {}, '[role=alert]');
  assert.match(await page.page.locator('.compare [role=alert]').textContent(), /The comparison could not be opened/);
  await page.page.getByRole('link', { name: 'Claims', exact: true }).click();
  assert.equal((await page.listedClaims()).length, regatta.claims.length);
  expectedMissing(page);
});
