// Writes a large story for benchmarks: the bundled story with its claims repeated
// (fresh ids, dates spread over a year) until there are N of them.
//   node scripts/generate-story.mjs 10000 target/bench/story-10000.json
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [count = '10000', out = 'target/bench/story-10000.json'] = process.argv.slice(2);
const story = JSON.parse(await readFile(new URL('../src/data/story.json', import.meta.url), 'utf8'));
const base = story.claims;
const day = (offset) => new Date(Date.UTC(2024, 0, 1 + (offset % 365))).toISOString().slice(0, 10);

story.claims = Array.from({ length: Number(count) }, (_, i) => {
  const claim = structuredClone(base[i % base.length]);
  if (i >= base.length) {
    claim.id = `${claim.id}-${i}`;
    if (claim.made?.precision === 'day') claim.made.start = claim.made.end = day(i);
  }
  return claim;
});
story.title = `${story.title} (${count} generated claims)`;
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(story));
console.log(`wrote ${out}: ${story.claims.length} claims`);
