// The size gate: it passes a build within its budgets and fails one over any of them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BUDGET_GZIP, ON_DEMAND_BUDGET_GZIP, PAGE_BUDGET_GZIP, firstLoad } from '../../scripts/sizes.mjs';

const gate = fileURLToPath(new URL('../../scripts/sizes.mjs', import.meta.url));

/** Runs the gate on a folder; resolves to its exit code. */
async function runGate(dir) {
  try {
    await promisify(execFile)(process.execPath, [gate, dir]);
    return 0;
  } catch (error) {
    return error.code;
  }
}

const PAGE = '<!doctype html><link rel=preload href=./app_bg.wasm as=fetch><link href="data/story-1.clm" rel=preload>';

/** A fake build whose first load gzips to about `bytes` (random bytes barely compress). */
async function fakeBuild(bytes, page = PAGE) {
  const dir = await mkdtemp(path.join(tmpdir(), 'size-gate-'));
  await writeFile(path.join(dir, 'index.html'), page);
  await writeFile(path.join(dir, 'app_bg.wasm'), randomBytes(bytes));
  return dir;
}

test('a first load within the budget passes the gate', async () => {
  const dir = await fakeBuild(BUDGET_GZIP - 4096);
  try {
    const { total } = await firstLoad(dir);
    assert.ok(total.gzip <= BUDGET_GZIP, `${total.gzip} bytes`);
    assert.equal(await runGate(dir), 0);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a first load over the budget fails the gate', async () => {
  const dir = await fakeBuild(BUDGET_GZIP + 1024);
  try {
    const { total } = await firstLoad(dir);
    assert.ok(total.gzip > BUDGET_GZIP, `${total.gzip} bytes`);
    assert.equal(await runGate(dir), 1);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the files the page links count at start, in sub-folders too; the rest on demand', async () => {
  const dir = await fakeBuild(1000);
  try {
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'data', 'story-1.clm'), randomBytes(500));
    await writeFile(path.join(dir, 'data', 'comparison-1.clm'), randomBytes(300));
    const { files, total, page, onDemand } = await firstLoad(dir);
    const kinds = Object.fromEntries(files.map((f) => [f.name, f.kind]));
    assert.deepEqual(kinds, {
      'app_bg.wasm': 'start',
      'data/comparison-1.clm': 'on demand',
      'data/story-1.clm': 'start',
      'index.html': 'page',
    });
    assert.equal(total.raw, 1000 + 500);
    assert.equal(page.raw, PAGE.length);
    assert.deepEqual(onDemand.map((f) => f.raw), [300]);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a page over its own budget fails the gate', async () => {
  const dir = await fakeBuild(1000, PAGE + randomBytes(PAGE_BUDGET_GZIP).toString('base64'));
  try {
    assert.equal(await runGate(dir), 1);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a file fetched on demand over its budget fails the gate', async () => {
  const dir = await fakeBuild(1000);
  try {
    await writeFile(path.join(dir, 'compare.clm'), randomBytes(ON_DEMAND_BUDGET_GZIP - 1024));
    assert.equal(await runGate(dir), 0);
    await writeFile(path.join(dir, 'compare.clm'), randomBytes(ON_DEMAND_BUDGET_GZIP + 1024));
    assert.equal(await runGate(dir), 1);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the module and glue the inline loader fetches count at start, preloaded or not', async () => {
  const loader = "<script type=module>import init from './app.js';\nawait init({ module_or_path: './app_bg.wasm' });</script>";
  const dir = await fakeBuild(1000, `<!doctype html>${loader}`);
  try {
    await writeFile(path.join(dir, 'app.js'), 'export default 1;');
    const { files } = await firstLoad(dir);
    const kinds = Object.fromEntries(files.map((f) => [f.name, f.kind]));
    assert.deepEqual(kinds, { 'app.js': 'start', 'app_bg.wasm': 'start', 'index.html': 'page' });
  } finally {
    await rm(dir, { recursive: true });
  }
});
