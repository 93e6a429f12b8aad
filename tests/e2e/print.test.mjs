// Printing: a selected claim alone on one or two A4 pages, without the filters or the
// list, its quotes underlined and its citation and address on the paper; a view as a
// readable document.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { start, statementOf } from './harness.mjs';

let app;
before(async () => (app = await start()));
afterEach(async () => app.finish());
after(async () => app.stop());

/** Pages in a PDF: each page object says `/Type /Page`. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('a selected claim prints alone on one or two A4 pages', async () => {
  const id = 'zelenskyy-over-3000-killed-or-wounded';
  const page = await app.open(`?claim=${id}`);
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(id) }).waitFor();
  await page.page.emulateMedia({ media: 'print' });
  assert.equal(await page.page.locator('.facets').isVisible(), false, 'no filters');
  assert.equal(await page.page.locator('ol.claims').isVisible(), false, 'no list');
  assert.equal(await page.page.locator('#detail-heading').isVisible(), true);
  const printed = pages(await page.page.pdf({ format: 'A4' }));
  assert.ok(printed >= 1 && printed <= 2, `${printed} pages`);
});

test('a printed claim underlines its quotes and carries its citation and address', async () => {
  const id = 'zelenskyy-over-3000-killed-or-wounded';
  const page = await app.open(`?claim=${id}`);
  await page.page.locator('#detail-heading').filter({ hasText: statementOf(id) }).waitFor();
  const cite = page.page.locator('#detail .cite-as');
  assert.equal(await cite.isVisible(), false, 'on screen, Copy citation gives it');
  await page.page.emulateMedia({ media: 'print' });
  // Background colours are not printed by default: the quoted words need a line.
  const mark = await page.page.locator('#detail .in-context mark').first().evaluate((m) => {
    const style = getComputedStyle(m);
    return { line: style.textDecorationLine, visible: m.getBoundingClientRect().width > 0 };
  });
  assert.deepEqual(mark, { line: 'underline', visible: true });
  assert.equal(await cite.isVisible(), true);
  const address = new URL(`claims/${id}.html`, page.page.url()).href;
  const text = await cite.textContent();
  assert.ok(text.startsWith('Cite as: According to Volodymyr Zelenskyy'), text);
  assert.ok(text.endsWith(`In “North Korean soldiers fighting for Russia in Kursk”, Claimline: ${address}`), text);
  assert.equal(await cite.locator('a').getAttribute('href'), `claims/${id}.html`);
});

test('the claims list prints as a document, without the filters', async () => {
  const page = await app.open('');
  await page.page.emulateMedia({ media: 'print' });
  assert.equal(await page.page.locator('.facets').isVisible(), false);
  assert.equal(await page.page.locator('ol.claims').isVisible(), true);
  assert.ok(pages(await page.page.pdf({ format: 'A4' })) >= 1);
});
