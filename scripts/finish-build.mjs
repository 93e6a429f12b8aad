// Trunk post-build hook: the last steps on the release page before it reaches dist/.
//   1. Minify the JavaScript: the glue (Trunk's own minifier gives up on wasm-bindgen's
//      output, and the file ships as written; Terser halves it) and `web/page.js`.
//   2. Optimise the WebAssembly once more, without the exported classes the page never
//      uses (and the glue without them: scripts/wasm-unused.mjs), give its imports short
//      names (and the glue its keys to match: scripts/wasm-names.mjs), and drop its
//      preload (see below).
//   3. Bring each asset's Subresource Integrity hash in index.html up to date, since
//      step 1 changed a file Trunk had already hashed. (Its name keeps Trunk's content
//      hash, which still changes whenever the code does.)
//   4. Put the stylesheet into the page, allowed by its hash in place of STYLE_HASH.
//   5. Allow the inline loader script by its hash in the Content-Security-Policy, in
//      place of the LOADER_HASH placeholder: scripts come from the page's own origin
//      only, plus exactly that one.
//   node scripts/finish-build.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { importModules, renameGlueImports, shortenImports } from './wasm-names.mjs';
import { dropGlueClasses, removeExportsArguments } from './wasm-unused.mjs';

const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** The value of `name` in one tag's markup, quoted or not (minified HTML drops quotes). */
function attribute(tag, name) {
  const found = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return found && (found[1] ?? found[2] ?? found[3]);
}

/** The local files the page links to or loads as scripts with an integrity hash. */
function hashedLinks(html) {
  return [...html.matchAll(/<(?:link|script)\b[^>]*>/g)]
    .map(([tag]) => ({ tag, href: attribute(tag, 'href') ?? attribute(tag, 'src'), integrity: attribute(tag, 'integrity') }))
    .filter((link) => link.href && link.integrity && !/^[a-z]+:/i.test(link.href));
}

export async function finishBuild(dir) {
  const page = path.join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  if (!html.includes('LOADER_HASH')) throw new Error(`no LOADER_HASH placeholder in ${page}`);

  // The WebAssembly first: its glue's import keys follow its renamed imports.
  const links = hashedLinks(html).sort((a, b) => b.href.endsWith('.wasm') - a.href.endsWith('.wasm'));
  const glueRenames = new Map();
  for (const link of links) {
    const file = path.join(dir, link.href);
    if (link.href.endsWith('.wasm')) {
      // A second wasm-opt run, as its own process: reading the module back lays it out
      // afresh, and that layout compresses smaller (docs/SIZE.md).
      execFileSync('wasm-opt', [...removeExportsArguments(), '-Oz', file, '-o', file]);
      const glue = link.href.replace(/_bg\.wasm$/, '.js');
      // The glue's own module, named as wasm-bindgen wrote it (before Trunk's hash).
      const modules = importModules(await readFile(file)).filter((name) => name.endsWith('_bg.js'));
      if (modules.length !== 1) throw new Error(`${file} imports from ${modules.length} glue modules, not one`);
      const [module] = modules;
      const { bytes, renames } = shortenImports(await readFile(file), module, 'a');
      await writeFile(file, bytes);
      glueRenames.set(path.normalize(glue), { module, renames });
      // Not preloaded: the claims are in the page already, and the module fetched at
      // once would share a slow line with the page itself (Lighthouse mobile LCP 1.8 s
      // with it, 0.9 s without). The loader fetches it as it runs.
      html = html.replace(link.tag, '');
      continue;
    }
    if (link.href.endsWith('.js')) {
      let source = await readFile(file, 'utf8');
      const imports = glueRenames.get(path.normalize(link.href));
      if (imports) source = renameGlueImports(dropGlueClasses(source), imports.module, 'a', imports.renames);
      const { code } = await minify(source, {
        module: true,
        compress: { passes: 2 },
        mangle: true,
      });
      await writeFile(file, code);
    }
    const algorithm = link.integrity.split('-')[0];
    const integrity = `${algorithm}-${digest(algorithm, await readFile(file))}`;
    html = html.replace(link.tag, link.tag.replace(link.integrity, integrity));
  }

  // The stylesheet goes into the page: one render-blocking request fewer before the
  // claims show (its file stays, for the claims' own pages).
  if (html.includes('STYLE_HASH')) {
    const sheet = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).find((tag) => attribute(tag, 'rel') === 'stylesheet');
    if (!sheet) throw new Error(`no stylesheet link in ${page}`);
    const css = (await readFile(path.join(dir, attribute(sheet, 'href')), 'utf8')).trim();
    html = html.replace(sheet, `<style>${css}</style>`);
    html = html.replace('STYLE_HASH', `'sha256-${digest('sha256', css)}'`);
  }

  const loaders = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const allowed = loaders.map(([, body]) => `'sha256-${digest('sha256', body)}'`).join(' ');
  await writeFile(page, html.replace('LOADER_HASH', allowed));
  return { loaders: loaders.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  const { loaders } = await finishBuild(dir);
  console.log(`finish-build: ${dir}: glue minified, integrity updated, ${loaders} inline script(s) allowed`);
}
