// What the page does beside the app, in plain script (a fraction of the bytes the same
// would cost in the WebAssembly, docs/SIZE.md): it registers the story's service
// worker (`sw.js`, written by `claimline site`), so the story opens offline after one
// visit; says, quietly, when a new publication is ready; copies or shares the open
// claim (its page's address, its citation, its CSL-JSON) and the view's embed code;
// and, when embedded (`embed=1`), styles the page compact, links out to the same view
// in the full app, and tells the page around it its height (docs/EMBED.md). The names
// it finds the app's markup by are the core's (`markup::seam`), checked by
// `tests/seam.rs`.
const version = document.querySelector('meta[name="claimline-version"]')?.content;
const asked = new URLSearchParams(location.search);

// The published view is the claims list: an address that names another view waits for
// the app with the list put away, rather than show it and take it back.
if ((asked.get('view') ?? 'claims') !== 'claims') document.querySelector('[data-predrawn] #claims')?.setAttribute('hidden', '');

if ('serviceWorker' in navigator && version) {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => reloading && location.reload());
  // A worker waiting while another serves the page: if it is of another publication
  // than this page, a reload brings it in; if of this one, it takes over at once.
  const arrived = (worker) => {
    if (!navigator.serviceWorker.controller) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (data === version) return worker.postMessage('take-over');
      const notice = document.createElement('p');
      notice.className = 'update';
      notice.setAttribute('role', 'status');
      const reload = document.createElement('button');
      reload.type = 'button';
      reload.textContent = 'Reload';
      reload.onclick = () => {
        reloading = true;
        worker.postMessage('take-over');
      };
      notice.append('A new version of this story is ready. ', reload);
      document.body.append(notice);
    };
    worker.postMessage('version', [channel.port2]);
  };
  navigator.serviceWorker.register('sw.js').then((registration) => {
    if (registration.waiting) arrived(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && arrived(worker));
    });
    // A tab left open hears of a new publication when the reader comes back to it.
    document.addEventListener('visibilitychange', () => document.hidden || registration.update().catch(() => {}));
  }, () => {});
}

if (asked.get('embed') === '1') {
  document.documentElement.classList.add('embedded');
  // The view as it is when followed, without `embed`: the app keeps the address current.
  document.getElementById('open-full')?.addEventListener('click', ({ currentTarget }) => {
    const full = new URL(location.href);
    full.searchParams.delete('embed');
    currentTarget.href = full.href;
  });
}

if (parent !== window) {
  let told = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== told) parent.postMessage({ claimline: 'height', height: (told = height) }, '*');
  }).observe(document.body);
}

// The claim the address names (the app keeps it current), and its own page.
const claimPage = () => {
  const id = new URLSearchParams(location.search).get('claim');
  return id && /^[a-z0-9-]+$/.test(id) ? [id, new URL(`claims/${id}.html`, location.href).href] : null;
};

// A claim's takeaway file (`publish::takeaway`): share text, citation, CSL-JSON and
// each article's citation, each ended by U+001E, with U+001F where the claim's link goes. Its name is the same in
// every publication: asked for with this page's version, the worker gives this one's.
const takeaway = async ([id, link], part) => {
  const file = new URL(`claims/${id}.txt`, location.href);
  if (version) file.searchParams.set('v', version);
  const response = await fetch(file);
  if (!response.ok) throw new Error(response.status);
  // By their codes: the build's minifier mangles such escapes in strings.
  const [end, here] = [String.fromCharCode(30), String.fromCharCode(31)];
  return (await response.text()).split(end)[part].replaceAll(here, link);
};

const attribute = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const embedCode = () => {
  const view = new URL(location.href);
  view.searchParams.set('embed', '1');
  const title = `${document.querySelector('#masthead h1')?.textContent ?? ''} · Claimline`;
  return `<iframe src="${attribute(view.href)}" title="${attribute(title)}" width="600" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>`;
};

const copied = { link: 'link to the claim’s page', citation: 'citation', csl: 'CSL-JSON', embed: 'embed code' };

document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('#detail [data-action]');
  const action = button?.dataset.action;
  const what = action?.startsWith('copy-') && action.slice(5);
  if (!copied[what] && action !== 'share') return;
  const claim = claimPage();
  const status = button.closest('.share')?.querySelector('.share-status');
  const say = (...nodes) => status?.replaceChildren(...nodes);
  let text;
  try {
    if (action === 'share') {
      if (claim) await navigator.share({ title: document.title, text: await takeaway(claim, 0), url: claim[1] });
      return;
    }
    // An article's own citation follows the share text, citation and CSL-JSON.
    const report = button.dataset.report;
    const part = what === 'csl' ? 2 : report ? 3 + Number(report) : 1;
    text = what === 'embed' ? embedCode() : what === 'link' ? claim[1] : await takeaway(claim, part);
  } catch {
    // A share put away is no error; a file that did not load is said so.
    if (action !== 'share') say(`The ${copied[what]} could not be loaded; try again when online.`);
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    say(`The ${copied[what]} is copied.`);
  } catch {
    const label = document.createElement('label');
    label.htmlFor = 'link-fallback';
    label.textContent = `Copying was refused; copy the ${copied[what]} here:`;
    const field = document.createElement('input');
    Object.assign(field, { id: 'link-fallback', type: 'text', readOnly: true, value: text });
    field.addEventListener('focus', () => field.select());
    say(label, field);
  }
});
