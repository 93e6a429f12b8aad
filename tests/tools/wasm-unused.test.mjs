// The exported classes the page never uses: gone from the module and the glue, with
// everything else as it was; glue of another shape stops the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { finishBuild } from '../../scripts/finish-build.mjs';
import { dropGlueClasses, removeExportsArguments } from '../../scripts/wasm-unused.mjs';
import { glueFor, runGlue, tinyModule } from './tiny-wasm.mjs';

/** A class over the module's exports, as wasm-bindgen writes one. */
const SINK_CLASS = `export class IntoUnderlyingSink {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingSinkFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
    }
    write(chunk) {
        const ret = wasm.intounderlyingsink_write(this.__wbg_ptr, chunk);
        return ret;
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
`;
const SINK_FINALIZATION = `const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
`;
const glueWithSink = (module) => `${SINK_CLASS}\n${glueFor(module)}\n${SINK_FINALIZATION}`;
const SINK_EXPORTS = ['intounderlyingsink_write', '__wbg_intounderlyingsink_free'];

const exportsOf = (wasm) => WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map(({ name }) => name);

test('the class, its disposer and its registry leave the glue, the rest stays', async () => {
  const glue = dropGlueClasses(glueWithSink('./app_bg.js'));
  assert.equal(glue, `\n${glueFor('./app_bg.js')}\n`);
  assert.equal(await runGlue(glue, tinyModule('./app_bg.js')), 12);
});

test('glue without the classes is left as it is', () => {
  assert.equal(dropGlueClasses(glueFor('./app_bg.js')), glueFor('./app_bg.js'));
});

test('a class not in the shape expected stops the build', () => {
  const noRegistry = `${SINK_CLASS}\n${glueFor('./app_bg.js')}`;
  assert.throws(() => dropGlueClasses(noRegistry), /class IntoUnderlyingSink is not in the shape expected/);
  const usedElsewhere = `${glueWithSink('./app_bg.js')}\nexport const sink = new IntoUnderlyingSink();\n`;
  assert.throws(() => dropGlueClasses(usedElsewhere), /still uses the class IntoUnderlyingSink/);
});

test("wasm-opt drops the classes' exports and keeps the others", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wasm-unused-'));
  try {
    const file = path.join(dir, 'app_bg.wasm');
    await writeFile(file, tinyModule('./app_bg.js', SINK_EXPORTS));
    assert.deepEqual(exportsOf(await readFile(file)), ['sum', ...SINK_EXPORTS]);
    execFileSync('wasm-opt', [...removeExportsArguments(), '-Oz', file, '-o', file]);
    assert.deepEqual(exportsOf(await readFile(file)), ['sum']);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the build ships the module and glue without the classes, still working', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wasm-unused-'));
  try {
    await writeFile(path.join(dir, 'app-1_bg.wasm'), tinyModule('./app_bg.js', SINK_EXPORTS));
    await writeFile(path.join(dir, 'app-1.js'), glueWithSink('./app_bg.js'));
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
    assert.deepEqual(exportsOf(wasm), ['sum']);
    assert.ok(!/IntoUnderlyingSink|intounderlyingsink/.test(glue), glue);
    assert.equal(await runGlue(glue, wasm), 12);
  } finally {
    await rm(dir, { recursive: true });
  }
});
