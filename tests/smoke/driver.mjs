// What the smoke steps may ask of a browser, and the parts both engines share.
//
// A driver is one engine behind these calls (see firefox-driver.mjs, webkit-driver.mjs):
//   open(query, { fresh })  loads the app's URL + query and waits until the app has drawn
//                           its count; fresh: in a new profile/session, else in the current
//                           tab (a fresh one when there is none yet)
//   click(selector)         a real click: scrolled into view, pointer input, fails if hidden
//   drag(selector, dx)      a real mouse drag: pressed 30 px below the element's top, in
//                           the middle, moved dx px sideways in steps, released
//   text(selector)          the element's textContent, null when there is no such element
//   attr(selector, name)    the attribute's value, null when absent
//   query()                 location.search
//   evaluate(fn, ...args)   fn (self-contained) run in the page; returns its JSON result
//   waitFor(fn, ...args)    until fn returns something truthy in the page; throws after a timeout
//   trouble()               problems seen so far on the open page (errors, CSP, foreign requests)
//   finish()                trouble of every page since the last finish; closes them
//   close()                 ends the browser and anything started for it
//
// Selectors are CSS. Functions passed to evaluate/waitFor are sent as source text, so
// they may use only their arguments and the page's globals.

export const WAIT_MS = 10_000;

/** Calls `attempt` until it returns something truthy; throws `describe()` after `ms`. */
export async function poll(attempt, describe, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await attempt();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Installed in every page before (Firefox) or right after (WebKit) the app starts:
 * records what would otherwise pass unnoticed. `withErrors` adds uncaught errors,
 * rejections and console.error calls, for an engine whose driver cannot report them.
 */
export function installProbe(withErrors) {
  if (window.__smokeTrouble) return;
  const seen = (window.__smokeTrouble = []);
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
  if (!withErrors) return;
  window.addEventListener('error', (e) => seen.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${e.reason}`));
  const error = console.error;
  console.error = (...args) => {
    seen.push(`console error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
}

/**
 * The page's own record, from resource timing, which every engine keeps from the start
 * of the load: what the probe saw; every resource loaded from another origin; and every
 * file the document links to that was never loaded (blocked by the CSP or missing),
 * which also covers the load in an engine whose probe starts after it.
 */
export function pageReport() {
  const loaded = performance.getEntriesByType('resource').map((e) => e.name);
  const foreign = loaded
    .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== location.origin)
    .map((url) => `foreign request: ${url}`);
  const linked = [
    ...[...document.querySelectorAll('link[href]')]
      .filter((l) => /\b(stylesheet|modulepreload|preload|icon)\b/.test(l.rel))
      .map((l) => l.href),
    ...[...document.querySelectorAll('script[src]')].map((s) => s.src),
  ];
  const unloaded = linked.filter((url) => !loaded.includes(url)).map((url) => `not loaded: ${url}`);
  return [...(window.__smokeTrouble ?? ['probe missing: the page was not watched']), ...foreign, ...unloaded];
}
