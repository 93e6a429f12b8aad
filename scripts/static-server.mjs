// A tiny static file server with no dependencies, for serving dist/ locally and in tests.
// It serves under a URL prefix (e.g. /claimline/) to prove the build works from a sub-path.
//   node scripts/static-server.mjs <dir> [port] [prefix]
//   import { serve } from './static-server.mjs'; const { url, close } = await serve(dir, 0, '/x/');
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // needed by WebAssembly.instantiateStreaming
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.clm': 'application/octet-stream', // a story's data file (docs/DATA.md)
};

function normalizePrefix(prefix = '/') {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

// Maps a request path to a file inside root, or null when it is outside the prefix or root.
function resolveFile(root, prefix, pathname) {
  if (!pathname.startsWith(prefix)) return null;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  if (rel.includes('\0') || rel.split(/[\\/]/).includes('..')) return null;
  const file = path.resolve(root, rel);
  return file.startsWith(root + path.sep) ? file : null;
}

export async function serve(dir, port = 0, prefix = '/') {
  const root = path.resolve(dir);
  const base = normalizePrefix(prefix);
  const server = createServer(async (req, res) => {
    const { pathname, search } = new URL(req.url, 'http://localhost');
    const send = (status, headers, body) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' }, '');
    // A static host redirects /claimline to /claimline/ so relative asset URLs resolve.
    if (base !== '/' && pathname === base.slice(0, -1)) return send(301, { Location: base + search }, '');
    const file = resolveFile(root, base, pathname);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const body = await readFile(file);
      // Compress as static hosts do, so audits measure what a reader downloads.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        send(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, gzipSync(body, { level: 9 }));
      } else {
        send(200, { 'Content-Type': type, Vary: 'Accept-Encoding' }, body);
      }
    } catch {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://localhost:${server.address().port}${base}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, port: server.address().port, close, server };
}

// Command line use only; importing this module starts nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port), prefix);
  console.log(`Serving ${dir} at ${url}`);
}
