// The first-load size gate: it passes a build within the budget and fails one over it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BUDGET_GZIP, firstLoad } from '../../scripts/sizes.mjs';

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

/** A fake build whose files gzip to about `bytes` (random bytes barely compress). */
async function fakeBuild(bytes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'size-gate-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
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

test('every file counts, in sub-folders too', async () => {
  const dir = await fakeBuild(1000);
  try {
    await writeFile(path.join(dir, 'extra.css'), randomBytes(500));
    const { files, total } = await firstLoad(dir);
    assert.deepEqual(files.map((f) => f.name).sort(), ['app_bg.wasm', 'extra.css', 'index.html']);
    assert.equal(total.raw, 1000 + 500 + '<!doctype html>'.length);
  } finally {
    await rm(dir, { recursive: true });
  }
});
