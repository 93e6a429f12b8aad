// A small W3C WebDriver client over fetch: only the commands the smoke driver uses.
// Spec: https://www.w3.org/TR/webdriver2/ (errors come back as { value: { error, message } }).

// The key under which the protocol sends an element reference.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const COMMAND_MS = 30_000;

export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
  }
}

async function send(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_MS),
  });
  const { value } = await response.json();
  if (!response.ok || value?.error) throw new WebDriverError(`${method} ${path}`, value?.error, value?.message);
  return value;
}

/** True once the driver server answers /status with ready. */
export async function isReady(base) {
  try {
    return (await send(base, 'GET', '/status')).ready === true;
  } catch {
    return false;
  }
}

export class Session {
  /** Starts a browser session; `capabilities` go in alwaysMatch. */
  static async create(base, capabilities) {
    const value = await send(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId, value.capabilities);
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body) {
    return send(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  /** Runs `fn` (sent as source) with JSON arguments; resolves to its JSON result. */
  execute(fn, args = []) {
    return this.command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  async find(selector) {
    const value = await this.command('POST', '/element', { using: 'css selector', value: selector });
    return value[ELEMENT];
  }

  /** Element Click: scrolls the element into view and clicks its centre, as a pointer would. */
  async click(selector) {
    await this.command('POST', `/element/${await this.find(selector)}/click`, {});
  }

  /** A mouse drag through the Actions API: pressed 30 px below the element's top, in the
   * middle, moved `dx` px sideways in eight steps, released. */
  async drag(selector, dx) {
    const element = await this.find(selector);
    // An element origin is the centre of its part in view: the press goes 30 px below
    // its top, so the offset is from there.
    const y = await this.execute(
      (s) => {
        const e = document.querySelector(s);
        e.scrollIntoView({ block: 'start' });
        const r = e.getBoundingClientRect();
        const middle = (Math.max(0, r.top) + Math.min(window.innerHeight, r.bottom)) / 2;
        return Math.round(r.top + 30 - middle);
      },
      [selector],
    );
    const step = { type: 'pointerMove', origin: 'pointer', x: Math.round(dx / 8), y: 0, duration: 25 };
    const actions = [
      { type: 'pointerMove', origin: { [ELEMENT]: element }, x: 0, y },
      { type: 'pointerDown', button: 0 },
      ...Array(8).fill(step),
      { type: 'pointerUp', button: 0 },
    ];
    await this.command('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
    await this.command('DELETE', '/actions');
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  /** The open dialog's text, or null when there is none. */
  async alertText() {
    try {
      return await this.command('GET', '/alert/text');
    } catch (error) {
      if (error.error === 'no such alert') return null;
      throw error;
    }
  }

  dismissAlert() {
    return this.command('POST', '/alert/dismiss', {});
  }

  delete() {
    return send(this.base, 'DELETE', `/session/${this.id}`);
  }
}
