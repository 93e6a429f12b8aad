// Sums twiggy's per-item sizes by crate and by the app's own modules.
//   node scripts/anatomy.mjs target/anatomy/top.json
import { readFile } from 'node:fs/promises';

const parsed = JSON.parse(await readFile(process.argv[2], 'utf8'));
// Names and debug info are kept only for this count; the shipped module has neither.
const items = (Array.isArray(parsed) ? parsed : parsed.items).filter(
  ({ name }) => !/^"(function names|\.debug_[a-z_]+|producers|target_features|name)"|^custom section/.test(name),
);

// The crate a symbol's code belongs to. Generic code is charged to the crate of the
// type it was made for when that is the app's own ("core::ptr::drop_in_place<tachys::…>"
// is tachys), since that is where a change would save it.
function owner(name) {
  if (/^data(\[\d+\]| segment)/.test(name)) return 'data segments (strings, the story, tables)';
  if (/^(code|elem|type|import|export|func|table|global|memory)\[/.test(name) || name.startsWith('"function names"'))
    return 'wasm sections and names';
  // Drop crate disambiguators ("core[c593…]::") and a leading "<T as " of trait impls.
  const path = name
    .replace(/\[[0-9a-f]{16}\]/g, '')
    .replace(/^<+/, '')
    .replace(/^(dyn |&(mut )?)/, '')
    .replace(/^&?(mut )?[A-Z]\w* as /, '');
  const inner = path.match(/^(?:core|alloc)::(?:ptr::drop_in_place|[a-z_:]+)<(?:&(?:mut )?)?([a-z_][a-z0-9_]*)::/);
  const first = path.match(/^([a-z_][a-z0-9_]*)::/);
  if (first && (first[1] === 'core' || first[1] === 'alloc') && inner && inner[1] !== 'core' && inner[1] !== 'alloc')
    return inner[1];
  if (first) return first[1];
  return 'other (unnamed functions, wasm-bindgen glue)';
}

// "claimline::components::facets::…" → "claimline::components::facets".
function appModule(name) {
  const path = name.replace(/^<+/, '');
  const m = path.match(/^(claimline(?:_core)?(?:::[a-z_][a-z0-9_]*){0,2})/);
  return m && m[1];
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
for (const { name, shallow_size: size } of items) {
  total += size;
  const crate = owner(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  const module = appModule(name);
  if (module) byModule.set(module, (byModule.get(module) ?? 0) + size);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const table = (title, map, limit) => {
  console.log(`\n== ${title}`);
  const rows = [...map].sort((a, b) => b[1] - a[1]);
  for (const [key, size] of rows.slice(0, limit)) console.log(kb(size) + '  ' + key);
  const rest = rows.slice(limit).reduce((t, [, s]) => t + s, 0);
  if (rest) console.log(kb(rest) + `  (${rows.length - limit} more)`);
};
console.log(`\n== WebAssembly anatomy (wasm-opt -Oz, names kept): ${kb(total).trim()} raw in all`);
table('raw bytes by crate', byCrate, 20);
table("raw bytes by the app's own modules", byModule, 30);
