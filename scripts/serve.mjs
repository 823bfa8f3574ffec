// Minimal static server for dist/ (no dependencies). Used by `npm start`/`preview` and the
// end-to-end tests, which read `requests` to prove nothing is fetched while offline. Text files
// are sent gzip-compressed when the browser accepts it, as every static host does (the
// performance script's slow-link figures depend on it).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types by extension (also stored with each file of the precache pack, scripts/sw.mjs). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pagefind': 'application/octet-stream', '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.pack': 'application/octet-stream',
};

/** Types worth compressing (Pagefind's index files and the images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * Serve `root`. `routes` (path → { type, body }) adds pages that are not in the build: the
 * performance script's reference pages (Pagefind's own UI on the same index).
 */
export async function serve(root, port = 0, host = '127.0.0.1', { routes = {} } = {}) {
  const base = resolve(root);
  const gzipped = new Map(); // file → { mtimeMs, body }
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const extra = routes[url.pathname];
    if (extra) { res.writeHead(200, { 'content-type': extra.type }).end(extra.body); return; }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
      const { mtimeMs } = info;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      if (file.endsWith('sw.js')) headers['cache-control'] = 'no-cache';
      let body;
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let hit = gzipped.get(file);
        if (hit?.mtimeMs !== mtimeMs) gzipped.set(file, (hit = { mtimeMs, body: gzipSync(await readFile(file)) }));
        body = hit.body;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      } else body = await readFile(file);
      res.writeHead(200, headers).end(body);
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => 'Not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { url: `http://${host}:${address.port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '4321'] = process.argv.slice(2);
  const s = await serve(root, Number(port), process.env.HOST ?? '127.0.0.1');
  console.log(`Sổ tay Xếp loại: ${s.url.replace('127.0.0.1', 'localhost')}/`);
}
