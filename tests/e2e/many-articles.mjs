// Stories of many articles for the end-to-end tests: the made-up six-outlet story, the
// same story grown to any number of articles, `claimline site` to publish them beside
// the build under test, and what the timeline's head shows of their articles.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DIST } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
export const SIX_OUTLETS_FILE = path.join(root, 'tests/fixtures/stories/grindlewick-cheese-roll.json');
export const sixOutlets = JSON.parse(await readFile(SIX_OUTLETS_FILE, 'utf8'));

/** The story with its articles repeated until there are `count`: each copy is its
 * article under a new id (`gazette-2`), published the same day and carrying the same
 * claims in the same words, so the story still checks. */
export function withArticles(story, count) {
  const copies = [];
  for (let n = 0; story.articles.length + copies.length < count; n++) {
    const article = story.articles[n % story.articles.length];
    copies.push({ from: article.id, article: { ...article, id: `${article.id}-${2 + Math.floor(n / story.articles.length)}` } });
  }
  const claims = story.claims.map((claim) => ({
    ...claim,
    appearances: [
      ...claim.appearances,
      ...copies.flatMap(({ from, article }) =>
        claim.appearances.filter((a) => a.article === from).map((a) => ({ ...a, article: article.id })),
      ),
    ],
  }));
  return { ...story, title: `${story.title} (${count} articles)`, articles: [...story.articles, ...copies.map((c) => c.article)], claims };
}

/** `claimline site` on these stories (file paths, or story objects written out first),
 * into a fresh folder: its path, and `remove` to delete it. */
export async function publish(...stories) {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimline-many-'));
  const files = [];
  for (const [i, story] of stories.entries()) {
    if (typeof story === 'string') {
      files.push(story);
    } else {
      const file = path.join(dir, `story-${i}.json`);
      await writeFile(file, JSON.stringify(story, null, 2));
      files.push(file);
    }
  }
  const out = path.join(dir, 'site');
  await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', ...files, '--app', DIST, '--out', out], {
    cwd: root,
  });
  return { site: out, remove: () => rm(dir, { recursive: true }) };
}

/** The timeline head's publication labels: each one's box on screen and what it names
 * (its text, or for a group its title, its accessible name: "3 articles: C, D, E"). */
export function headLabels(page) {
  return page.page.locator('.timeline-axis .publication text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      const group = text.closest('.publication-group');
      return {
        text: text.textContent,
        named: group ? group.querySelector('title').textContent : text.textContent,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      };
    }),
  );
}

/** No two labels overprint, and each of the story's articles is named by exactly one. */
export function assertEachArticleOnceNoOverprint(story, labels, where) {
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
      assert.ok(apart, `"${a.text}" and "${b.text}" overprint ${where}`);
    }
  }
  for (const article of story.articles) {
    const id = article.id.toUpperCase();
    const grouped = (l) => l.named.match(/^\d+ articles: (.*)$/)?.[1].split(', ').includes(id);
    const naming = labels.filter((l) => l.named === `${id} published` || grouped(l));
    assert.equal(naming.length, 1, `${article.id} ${where}: ${labels.map((l) => l.named).join(' | ')}`);
  }
}
