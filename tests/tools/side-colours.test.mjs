// The sides' colours, read from the style sheet itself: twelve distinct inks and
// highlights in each colour scheme, each readable where it is used.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const SIDES = 12;
const sheet = await readFile(new URL('../../style/main.css', import.meta.url), 'utf8');

/** Every rule's selector and declarations, each with the scheme it applies in: `dark`
 * inside a `prefers-color-scheme: dark` block, `light` outside any media block, and
 * `other` in other media blocks (print, narrow screens). */
function rules(css) {
  const found = [];
  const open = []; // For each open block: whether it is a dark scheme block.
  let text = '';
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') {
      const head = text.trim();
      open.push({ head, dark: /prefers-color-scheme:\s*dark/.test(head) });
      text = '';
    } else if (ch === '}') {
      const block = open.pop();
      if (block && !block.head.startsWith('@')) {
        const declarations = Object.fromEntries(
          text.split(';').map((d) => d.split(':').map((p) => p.trim())).filter((d) => d.length === 2 && d[0]),
        );
        found.push({ selector: block.head, declarations, scheme: scheme(open) });
      }
      text = '';
    } else {
      text += ch;
    }
  }
  return found;
}

function scheme(open) {
  if (open.some((b) => b.dark)) return 'dark';
  return open.some((b) => b.head.startsWith('@media')) ? 'other' : 'light';
}

const all = rules(sheet);

/** The value a custom property takes on `selector` in `scheme` (the last rule wins). */
function property(selector, name, scheme) {
  const value = all
    .filter((r) => r.scheme === scheme && r.selector === selector && r.declarations[name] !== undefined)
    .map((r) => r.declarations[name])
    .at(-1);
  assert.ok(value, `${selector} sets ${name} in the ${scheme} scheme`);
  return value;
}

/** A colour's relative luminance, as WCAG 2 defines it. */
function luminance(hex) {
  assert.match(hex, /^#[0-9a-f]{6}$/i, `${hex} is a six-digit colour`);
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** CIE L*a*b* under D65, for telling how far apart two colours look. */
function lab(hex) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function difference(a, b) {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The closest two of some colours, by their difference. */
function closest(colours) {
  let best = { apart: Infinity };
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b, j) => {
      const apart = difference(a, b);
      if (apart < best.apart) best = { apart, pair: [i, i + 1 + j] };
    }),
  );
  return best;
}

const sides = Array.from({ length: SIDES }, (_, i) => `.side-${i}`);

for (const scheme of ['light', 'dark']) {
  test(`twelve side inks read as marks and text on the page in the ${scheme} scheme`, () => {
    const grounds = ['--bg', '--surface'].map((name) => property(':root', name, scheme));
    const inks = sides.map((side) => property(side, '--ink', scheme));
    for (const [i, ink] of inks.entries()) {
      for (const ground of grounds) {
        const ratio = contrast(ink, ground);
        assert.ok(ratio >= 4.5, `side ${i}'s ink ${ink} on ${ground}: ${ratio.toFixed(2)}:1`);
      }
    }
    const { apart, pair } = closest(inks);
    assert.ok(apart >= 12, `sides ${pair} are told apart by colour (ΔE ${apart?.toFixed(1)})`);
  });

  test(`twelve side highlights keep the text readable in the ${scheme} scheme`, () => {
    const text = property(':root', '--text', scheme);
    const highlights = sides.map((side) => property(side, '--hl', scheme));
    for (const [i, highlight] of highlights.entries()) {
      const ratio = contrast(text, highlight);
      assert.ok(ratio >= 4.5, `text on side ${i}'s highlight ${highlight}: ${ratio.toFixed(2)}:1`);
    }
    const { apart, pair } = closest(highlights);
    assert.ok(apart >= 7, `sides ${pair} are told apart by highlight (ΔE ${apart?.toFixed(1)})`);
  });
}
