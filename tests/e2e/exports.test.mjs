// The story to take away: the page's head links its exports, and each one parses and
// holds what it says (every claim, every figure, every quote anchored in its article).
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { axeViolations, start, story } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

/** The rows of a CSV file, each a list of cells (quoted cells may hold commas). */
function rows(text) {
  const out = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return out;
}

test('the head links every export, and each parses and holds the whole story', async () => {
  const page = await app.open('');
  const links = await page.page.locator('header .exports a[download]').evaluateAll((all) => all.map((a) => a.href));
  assert.equal(links.length, 5);
  const fetched = await Promise.all(links.map((href) => page.page.evaluate((u) => fetch(u).then((r) => r.text()), href)));
  const [claims, figures, json, claimsLd, quotes] = fetched;

  const claimRows = rows(claims);
  assert.equal(claimRows.length, 1 + story.claims.length, 'a header and a row per claim');
  assert.deepEqual(claimRows.slice(1).map((r) => r[0]), story.claims.map((c) => c.id));
  const version = claimRows[1].at(-1);
  assert.match(version, /^[0-9a-f]{16}$/, 'each row names the story version');
  const figureCount = story.claims.reduce((n, c) => n + c.figures.length, 0);
  assert.equal(rows(figures).length, 1 + figureCount, 'a header and a row per figure');
  for (const row of [...claimRows, ...rows(figures)]) {
    for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell), `no formula: ${cell}`);
  }

  const whole = JSON.parse(json);
  assert.equal(whole.name, story.title);
  assert.equal(whole.version, version);
  assert.deepEqual(whole.story.claims.map((c) => c.id), story.claims.map((c) => c.id));

  const ld = JSON.parse(claimsLd);
  assert.equal(ld['@context'], 'https://schema.org');
  const ldClaims = ld.hasPart.filter((p) => p['@type'] === 'Claim');
  assert.equal(ldClaims.length, story.claims.length);
  assert.ok(ldClaims.every((c) => c.author.length > 0 && c.appearance.length > 0));

  const annotations = JSON.parse(quotes);
  const items = annotations.first.items;
  assert.equal(items.length, story.claims.flatMap((c) => c.appearances.flatMap((a) => a.quotes)).length);
  for (const item of items) {
    const id = item.target.source.split(':').at(-1);
    const text = [...story.articles.find((a) => a.id === id).paragraphs.join('\n\n')];
    const [quote, position] = item.target.selector;
    assert.equal(text.slice(position.start, position.end).join(''), quote.exact);
    assert.equal(text.slice(position.start - [...quote.prefix].length, position.start).join(''), quote.prefix);
  }
});

test('a claim’s own page previews who said it, where and when, and opens the app on it', async () => {
  const id = 'zelenskyy-over-3000-killed-or-wounded';
  const claim = story.claims.find((c) => c.id === id);
  const page = await app.open(`claims/${id}.html`, {}, 'h1');
  const preview = await page.page.locator('meta[property="og:title"]').getAttribute('content');
  // The claim first, then who makes it and who reports it; the date is left out
  // when the whole would not stay under 200 characters.
  assert.equal(
    preview,
    'More than 3,000 North Korean soldiers are believed to have been killed or wounded in Russia’s Kursk region, ' +
      'according to preliminary data, says Volodymyr Zelenskyy, reported by ABC News',
  );
  assert.equal(await page.page.locator('h1').textContent(), claim.statement);
  assert.ok((await page.page.locator('main mark').count()) > 0, 'its quotes, marked in their paragraphs');
  assert.deepEqual(await axeViolations(page), []);
  await page.page.locator('.open-in-app a').click();
  await page.page.locator('#detail-heading').filter({ hasText: claim.statement }).waitFor();
  assert.equal(new URLSearchParams(await page.page.evaluate(() => location.search)).get('claim'), id);
});
