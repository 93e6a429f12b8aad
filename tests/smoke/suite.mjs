// Runs STEPS in one engine with node's test runner: the release build, published with
// the bundled story and a second one by `claimline site` (one folder each), served over
// HTTP under a sub-path (as a static host would), one test per step, and every page
// checked for errors, CSP violations, dialogs, failed and foreign requests after each test.
//   CLAIMLINE_DIST=<dir> picks another build (default: dist/ at the repository root).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, describe, test } from 'node:test';
import { serve } from '../../scripts/static-server.mjs';
import { BUNDLED_FOLDER, STEPS, STORY_FILES } from './steps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(ROOT, process.env.CLAIMLINE_DIST || 'dist');
const SUB_PATH = '/news/claimline/';

// Bounds, so a hung browser fails the run instead of stalling it.
const START_MS = 60_000;
const STEP_MS = 30_000;

/** `launch(baseUrl)` resolves to a driver (see driver.mjs) for one engine. */
export function smokeSuite(engine, launch) {
  describe(`smoke in ${engine}`, () => {
    let server;
    let driver;
    let site;
    // Requests the server answered with an error (a missing file): seen here, on the
    // server, whichever engine made them.
    const failed = [];

    before(async () => {
      site = await mkdtemp(path.join(tmpdir(), 'claimline-smoke-'));
      const files = STORY_FILES.map((file) => path.join(ROOT, file));
      await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'claimline-cli', '--', 'site', ...files, '--app', DIST, '--out', site], {
        cwd: ROOT,
      });
      server = await serve(site, 0, SUB_PATH);
      server.server.on('request', (req, res) =>
        res.on('finish', () => res.statusCode >= 400 && failed.push(`HTTP ${res.statusCode}: ${req.url}`)),
      );
      driver = await launch(`${server.url}${BUNDLED_FOLDER}/`);
    }, { timeout: START_MS });

    after(async () => {
      await driver?.close();
      await server?.close();
      if (site) await rm(site, { recursive: true });
    }, { timeout: START_MS });

    afterEach(async () => {
      // No driver when the launch failed: that failure is the one to report.
      const problems = [...((await driver?.finish()) ?? []), ...failed.splice(0)];
      assert.deepEqual(problems, [], 'pages must run without errors, CSP violations, failed or foreign requests');
    }, { timeout: STEP_MS });

    for (const step of STEPS) test(step.name, { timeout: STEP_MS }, () => step.run(driver));

    // The checks above prove something only if they can see trouble: cause each kind once.
    test('the watchers report errors, CSP violations, unloaded files, failed requests and dialogs', { timeout: STEP_MS }, async () => {
      await driver.open('');
      await driver.evaluate(() => {
        setTimeout(() => {
          throw new Error('smoke probe: thrown');
        });
        console.error('smoke probe: logged');
        // Blocked by the page's img-src 'self': a violation, and no request is made.
        const img = document.createElement('img');
        img.src = 'http://127.0.0.2/smoke-probe.png';
        document.body.append(img);
        // Blocked by style-src 'self': never loaded, which is all an engine whose probe
        // starts late can see of a violation during the load.
        const sheet = document.createElement('link');
        sheet.rel = 'stylesheet';
        sheet.href = 'http://127.0.0.2/smoke-probe.css';
        document.head.append(sheet);
        fetch('smoke-probe-missing.txt');
        setTimeout(() => alert('smoke probe: dialog'), 50);
      });
      const wanted = [
        /thrown/,
        /logged/,
        /CSP violation: img-src/,
        /not loaded: .*smoke-probe\.css/,
        /HTTP 404: .*smoke-probe-missing/,
        /dialog: smoke probe/,
      ];
      let seen = [];
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && !wanted.every((w) => seen.some((s) => w.test(s)))) {
        await new Promise((r) => setTimeout(r, 100));
        seen = [...(await driver.trouble()), ...failed];
      }
      const problems = [...(await driver.finish()), ...failed.splice(0)];
      for (const w of wanted) assert.ok(problems.some((s) => w.test(s)), `${w} not in ${JSON.stringify(problems)}`);
    });
  });
}
