// What a first visit downloads: every file of a release build (dist/), raw and gzip.
// The page fetches each of them on first load, so their sum is the first load.
//   node scripts/sizes.mjs [dir]   prints the table and fails when over the budget
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first-load budget of the product brief: 150 KB gzip, every view in. */
export const BUDGET_GZIP = 150 * 1024;

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

/** Each file's bytes, raw and gzip (level 9, as static hosts serve), and the total. */
export async function firstLoad(dist) {
  const files = [];
  for (const file of await listFiles(dist)) {
    const data = await readFile(file);
    files.push({ name: path.relative(dist, file), raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}

/** Prints the table; returns whether the total is within the budget. */
export async function report(dist, label = dist) {
  const { files, total } = await firstLoad(dist);
  const w = Math.max(20, ...files.map((f) => f.name.length)) + 2;
  const row = (name, raw, gzip) =>
    console.log(name.padEnd(w) + String(raw).padStart(12) + String(gzip).padStart(12) + kb(gzip).padStart(11));
  console.log(`\n== First load (${label}, gzip level 9)`);
  console.log('file'.padEnd(w) + 'raw bytes'.padStart(12) + 'gzip bytes'.padStart(12) + 'gzip'.padStart(11));
  for (const f of files) row(f.name, f.raw, f.gzip);
  row('first load (all)', total.raw, total.gzip);
  const within = total.gzip <= BUDGET_GZIP;
  console.log(
    `budget ${kb(BUDGET_GZIP)} (${BUDGET_GZIP} bytes) gzip: ${within ? 'WITHIN' : 'OVER'} ` +
      `(${((100 * total.gzip) / BUDGET_GZIP).toFixed(0)}% used)`,
  );
  return within;
}

// The size gate of the test command: bytes are deterministic, so this is a check, not a timing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  if (!(await report(dist))) {
    console.error(`first load of ${dist}/ is over the ${kb(BUDGET_GZIP)} gzip budget`);
    process.exit(1);
  }
}
