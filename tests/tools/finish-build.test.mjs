// The post-build hook: minified glue that still works, integrity hashes that match the
// files as shipped, and the inline loader allowed by its hash.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { finishBuild } from '../../scripts/finish-build.mjs';

const GLUE = `/**
 * Adds two numbers, the long way round.
 * @param {number} first
 * @param {number} second
 */
export function add(first, second) {
    const total = first + second;
    return total;
}
export default function init() { return 'ready'; }
`;
const LOADER = "import init from './app-1.js';\ninit();";

const sha = (algorithm, data) => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;

async function fakeStage() {
  const dir = await mkdtemp(path.join(tmpdir(), 'finish-build-'));
  await writeFile(path.join(dir, 'app-1.js'), GLUE);
  await writeFile(path.join(dir, 'main.css'), 'body{margin:0}');
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><meta content="script-src 'self' LOADER_HASH; style-src 'self' STYLE_HASH" http-equiv=Content-Security-Policy>` +
      `<link href=./main.css integrity=${sha('sha384', 'stale')} rel=stylesheet>` +
      `<script type=module>${LOADER}</script>` +
      `<link crossorigin href=./app-1.js integrity=${sha('sha384', GLUE)} rel=modulepreload>`,
  );
  return dir;
}

test('the glue is minified and still exports what it did', async () => {
  const dir = await fakeStage();
  try {
    await finishBuild(dir);
    const glue = await readFile(path.join(dir, 'app-1.js'), 'utf8');
    assert.ok(glue.length < GLUE.length / 2, glue);
    assert.ok(!glue.includes('the long way round'), 'comments dropped');
    const module = await import(pathToFileURL(path.join(dir, 'app-1.js')).href);
    assert.equal(module.add(2, 3), 5);
    assert.equal(module.default(), 'ready');
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('every integrity hash matches its file as shipped', async () => {
  const dir = await fakeStage();
  try {
    await finishBuild(dir);
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    for (const file of ['app-1.js']) {
      const expected = sha('sha384', await readFile(path.join(dir, file)));
      assert.ok(html.includes(`href=./${file} integrity=${expected} `), `${file} in ${html}`);
    }
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the inline loader is allowed by its hash, and only it', async () => {
  const dir = await fakeStage();
  try {
    const { loaders } = await finishBuild(dir);
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    assert.equal(loaders, 1);
    assert.ok(html.includes(`script-src 'self' '${sha('sha256', LOADER)}';`), html);
    assert.ok(!html.includes('LOADER_HASH'));
    await assert.rejects(finishBuild(dir), /no LOADER_HASH placeholder/);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the stylesheet is put into the page and allowed by its hash; its file stays', async () => {
  const dir = await fakeStage();
  try {
    await finishBuild(dir);
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes('<style>body{margin:0}</style>'), html);
    assert.ok(!html.includes('rel=stylesheet'), html);
    assert.ok(html.includes(`style-src 'self' '${sha('sha256', 'body{margin:0}')}'`), html);
    assert.equal(await readFile(path.join(dir, 'main.css'), 'utf8'), 'body{margin:0}');
  } finally {
    await rm(dir, { recursive: true });
  }
});
