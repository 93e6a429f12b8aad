// Short import names: the module and its glue still fit together, and still compute
// what they did; glue of another shape stops the build rather than ship a broken page.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { finishBuild } from '../../scripts/finish-build.mjs';
import { importModules, renameGlueImports, shortName, shortenImports } from '../../scripts/wasm-names.mjs';
import { FIVE, glueFor, runGlue, SEVEN, tinyModule } from './tiny-wasm.mjs';

test('short names run a…z, A…Z, then two letters', () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53, 104].map(shortName), ['a', 'b', 'z', 'A', 'Z', 'aa', 'ab', 'ba']);
});

test('renamed imports and glue still compute what they did, with the custom section gone', async () => {
  const original = tinyModule('./app_bg.js');
  assert.equal(await runGlue(glueFor('./app_bg.js'), original), 12);
  assert.equal(WebAssembly.Module.customSections(new WebAssembly.Module(original), 'producers').length, 1);

  const { bytes: shortened, renames } = shortenImports(original, './app_bg.js', 'a');
  assert.deepEqual([...renames], [[SEVEN, 'a'], [FIVE, 'b']]);
  const module = new WebAssembly.Module(shortened);
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: 'a', name: 'a', kind: 'function' },
    { module: 'a', name: 'b', kind: 'function' },
    { module: 'env', name: 'memory', kind: 'memory' },
  ]);
  assert.equal(WebAssembly.Module.customSections(module, 'producers').length, 0);
  assert.ok(shortened.length < original.length - 2 * SEVEN.length);

  const glue = renameGlueImports(glueFor('./app_bg.js'), './app_bg.js', 'a', renames);
  assert.ok(!glue.includes(SEVEN) && !glue.includes(FIVE), glue);
  assert.equal(await runGlue(glue, shortened), 12);
});

test('the import modules are read from the module', () => {
  assert.deepEqual(importModules(tinyModule('./x_bg.js')), ['./x_bg.js', 'env']);
});

test('glue that does not name each import once as a key stops the build', () => {
  const renames = new Map([[SEVEN, 'a'], [FIVE, 'b']]);
  const missing = glueFor('./app_bg.js').replace(`${FIVE}:`, '__wbg_other_0000000000000000:');
  assert.throws(() => renameGlueImports(missing, './app_bg.js', 'a', renames), new RegExp(`the import ${FIVE} 0 times`));
  const twice = glueFor('./app_bg.js').replace('return 5;', `return { ${SEVEN}: 5 };`);
  assert.throws(() => renameGlueImports(twice, './app_bg.js', 'a', renames), new RegExp(`the import ${SEVEN} 2 times`));
  const used = glueFor('./app_bg.js').replace('return 5;', `return import0.${SEVEN}();`);
  assert.throws(() => renameGlueImports(used, './app_bg.js', 'a', renames), /other than as a key/);
  assert.throws(() => renameGlueImports(glueFor('./other_bg.js'), './app_bg.js', 'a', renames), /import module \.\/app_bg\.js 0 times/);
});

test('the build renames the shipped module and its glue together', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wasm-names-'));
  try {
    // Trunk hashes the files' names after wasm-bindgen named the glue's module.
    await writeFile(path.join(dir, 'app-1_bg.wasm'), tinyModule('./app_bg.js'));
    await writeFile(path.join(dir, 'app-1.js'), glueFor('./app_bg.js'));
    await writeFile(
      path.join(dir, 'index.html'),
      `<!doctype html><meta content="script-src 'self' LOADER_HASH" http-equiv=Content-Security-Policy>` +
        `<link crossorigin href=./app-1.js integrity=sha384-stale rel=modulepreload>` +
        `<link href=./app-1_bg.wasm integrity=sha384-stale rel=preload as=fetch>` +
        `<script type=module>import init from './app-1.js';</script>`,
    );
    await finishBuild(dir);
    const wasm = await readFile(path.join(dir, 'app-1_bg.wasm'));
    const glue = await readFile(path.join(dir, 'app-1.js'), 'utf8');
    // (wasm-opt drops the memory import, which nothing uses.)
    assert.deepEqual(
      WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map(({ module, name }) => `${module}.${name}`),
      ['a.a', 'a.b'],
    );
    assert.ok(!glue.includes(SEVEN) && !glue.includes(FIVE), glue);
    assert.equal(await runGlue(glue, wasm), 12);
  } finally {
    await rm(dir, { recursive: true });
  }
});
