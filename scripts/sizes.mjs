// The size gate: what a published story's page downloads, raw and gzip, against the
// product's three budgets. Bytes are deterministic, so this is a check, not a timing.
//   - first load: every file `index.html` links or loads as a script (the app's JS, WASM
//     and CSS, its icon, the story's data file it preloads, its manifest, `page.js`):
//     150 KB gzip, every view in;
//   - the page itself, `index.html`: 20 KB gzip;
//   - each file the page fetches only when a view needs it (every other file, such as
//     the Compare view's data): 40 KB gzip.
//   node scripts/sizes.mjs [dir]   prints the table and fails when any is over
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP = 150 * 1024;
export const PAGE_BUDGET_GZIP = 20 * 1024;
export const ON_DEMAND_BUDGET_GZIP = 40 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out.sort();
}

/** The local files the page fetches as it loads (`<link href>`, `<script src>`, and
 * what its inline loader imports and instantiates), as paths in `dir`. */
function linkedAtStart(html) {
  const hrefs = [...html.matchAll(/<(?:link\b[^>]*?\shref|script\b[^>]*?\ssrc)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((href) => !/^[a-z]+:/i.test(href));
  // And what the inline loader imports and instantiates.
  const loaded = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].flatMap(([, body]) =>
    [...body.matchAll(/['"](\.\/[^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]),
  );
  return new Set([...hrefs, ...loaded].map((href) => path.normalize(href)));
}

/** Each file's bytes, raw and gzip (level 9, as static hosts serve), in three groups. */
export async function firstLoad(dist) {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8').catch(() => '');
  const atStart = linkedAtStart(html);
  const files = [];
  for (const file of await listFiles(dist)) {
    const data = await readFile(file);
    const name = path.relative(dist, file);
    const kind = name === 'index.html' ? 'page' : atStart.has(path.normalize(name)) ? 'start' : 'on demand';
    files.push({ name, kind, raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  const sum = (group) => group.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const total = sum(files.filter((f) => f.kind === 'start'));
  const page = sum(files.filter((f) => f.kind === 'page'));
  return { files, total, page, onDemand: files.filter((f) => f.kind === 'on demand') };
}

/** Prints the table; returns what is over its budget (nothing when all are within). */
export async function report(dist, label = dist) {
  const { files, total, page, onDemand } = await firstLoad(dist);
  const w = Math.max(20, ...files.map((f) => f.name.length)) + 2;
  const row = (name, kind, raw, gzip) =>
    console.log(name.padEnd(w) + kind.padEnd(11) + String(raw).padStart(10) + String(gzip).padStart(12) + kb(gzip).padStart(10));
  console.log(`\n== What the page downloads (${label}, gzip level 9)`);
  console.log('file'.padEnd(w) + 'fetched'.padEnd(11) + 'raw bytes'.padStart(10) + 'gzip bytes'.padStart(12) + 'gzip'.padStart(10));
  for (const f of files) row(f.name, f.kind, f.raw, f.gzip);
  row('first load', 'start', total.raw, total.gzip);
  const over = [];
  const check = (what, bytes, budget) => {
    const within = bytes <= budget;
    console.log(`${what}: ${kb(bytes)} of ${kb(budget)} (${budget} bytes) gzip: ${within ? 'WITHIN' : 'OVER'} (${((100 * bytes) / budget).toFixed(0)}%)`);
    if (!within) over.push(`${what} is over its ${kb(budget)} gzip budget`);
  };
  check('first load', total.gzip, BUDGET_GZIP);
  check('index.html', page.gzip, PAGE_BUDGET_GZIP);
  for (const f of onDemand) check(`on demand ${f.name}`, f.gzip, ON_DEMAND_BUDGET_GZIP);
  return over;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const over = await report(dist);
  if (over.length) {
    for (const line of over) console.error(`${dist}/: ${line}`);
    process.exit(1);
  }
}
