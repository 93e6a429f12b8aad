// The smoke driver for WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver
// (classic WebDriver). MiniBrowser needs an X display, so this starts its own Xvfb and
// WebKitWebDriver and always stops both, with the browsers they started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { installProbe, pageReport, poll, WAIT_MS } from './driver.mjs';
import { isReady, Session } from './webdriver.mjs';
import { STARTED } from '../../scripts/started.mjs';

const WEBDRIVER_PATH = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = process.env.XVFB_PATH || '/usr/bin/Xvfb';
// The window is larger than the page's wide-layout breakpoint, so the filters are unfolded.
const WINDOW = { width: 1280, height: 900 };
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
  pageLoadStrategy: 'normal',
  // Leave a dialog open so the next check reads its text (the default dismisses it).
  unhandledPromptBehavior: 'ignore',
  timeouts: { pageLoad: WAIT_MS, script: WAIT_MS, implicit: 0 },
};

/** Starts `command` in a process group of its own, so stopping it stops its children too. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.stderr.unref?.();
  child.unref();
  // How it ended (exit code, signal, or why it could not start), once it has.
  let ended = null;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve((ended ??= `${command} exited: ${signal ?? code}`)));
    child.once('error', (error) => resolve((ended ??= `${command} failed: ${error.message}`)));
  });
  return {
    child,
    exited,
    ended: () => ended,
    stderr: () => stderr,
    stop() {
      if (ended === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** Xvfb chooses a free display itself and writes its number to the pipe given by -displayfd. */
async function startXvfb() {
  const xvfb = start(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let timer;
  try {
    const display = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.child.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.exited.then((how) => reject(new Error(`${how} ${xvfb.stderr()}`)));
      timer = setTimeout(() => reject(new Error(`Xvfb gave no display: ${xvfb.stderr()}`)), WAIT_MS);
    });
    return { ...xvfb, display };
  } catch (error) {
    xvfb.stop();
    throw error;
  } finally {
    clearTimeout(timer);
    xvfb.child.stdio[3].destroy();
  }
}

/** A port nobody listens on now (the OS picks it; WebKitWebDriver takes it right after). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function launchWebKit(baseUrl) {
  const processes = [];
  // Their own process groups spare them a Ctrl-C meant for this process, so stop them
  // on every way out: close(), a failed start, exit, or a signal (then re-raised).
  const stopAll = () => processes.splice(0).reverse().forEach((p) => p.stop());
  const onSignal = (signal) => {
    unhook();
    stopAll();
    process.kill(process.pid, signal);
  };
  const unhook = () => {
    process.off('exit', stopAll);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  process.once('exit', stopAll);
  for (const signal of SIGNALS) process.once(signal, onSignal);

  let session = null;
  let collected = [];
  try {
    const xvfb = await startXvfb();
    processes.push(xvfb);
    const port = await freePort();
    const webdriver = start(WEBDRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display },
    });
    processes.push(webdriver);
    const base = `http://127.0.0.1:${port}`;
    await poll(
      async () => {
        if (webdriver.ended()) throw new Error(`${webdriver.ended()} ${webdriver.stderr()}`);
        return isReady(base);
      },
      () => `WebKitWebDriver not ready on ${base}: ${webdriver.stderr()}`,
    );

    // The current page's record; an open dialog is kept in `collected`, as dismissing it
    // loses it.
    async function pageTrouble() {
      const dialog = await session.alertText();
      if (dialog !== null) {
        collected.push(`dialog: ${dialog}`);
        await session.dismissAlert();
      }
      return session.execute(pageReport).catch((e) => [`page unreadable: ${e.message}`]);
    }

    async function harvest() {
      if (session) collected.push(...(await pageTrouble()));
    }

    async function newSession() {
      await harvest();
      await session?.delete();
      // A new session is a new MiniBrowser with its own ephemeral profile.
      session = await Session.create(base, CAPABILITIES);
      await session.setWindowRect(WINDOW);
    }

    const driver = {
      engine: 'webkit',
      async open(query, { fresh = false, ready = STARTED } = {}) {
        if (fresh || !session) await newSession();
        else await harvest();
        await session.navigate(baseUrl + query);
        // Classic WebDriver cannot run a script before the page's own, so the probe starts
        // once the page has loaded: an error thrown during the load is seen only as an app
        // that never draws; pageReport's resource checks still cover the load.
        await session.execute(installProbe, [true]);
        // The published default view has a tally too: wait for the app's own.
        await driver.waitFor((selector) => document.querySelector(selector) !== null, ready);
      },
      click: (selector) => session.click(selector),
      drag: (selector, dx) => session.drag(selector, dx),
      text: (selector) => session.execute((s) => document.querySelector(s)?.textContent ?? null, [selector]),
      attr: (selector, name) =>
        session.execute((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name]),
      query: () => session.execute(() => location.search),
      evaluate: (fn, ...args) => session.execute(fn, args),
      waitFor: (fn, ...args) => poll(() => session.execute(fn, args), () => `${fn} never held`),
      async trouble() {
        const page = session ? await pageTrouble() : [];
        return [...collected, ...page];
      },
      async finish() {
        await harvest();
        await session?.delete();
        session = null;
        const problems = collected;
        collected = [];
        return problems;
      },
      async close() {
        try {
          await session?.delete();
        } finally {
          session = null;
          unhook();
          stopAll();
        }
      },
    };
    return driver;
  } catch (error) {
    unhook();
    stopAll();
    throw error;
  }
}
