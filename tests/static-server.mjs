// The one static file server of the tests: serves a built folder on
// 127.0.0.1 at a free port, as a vendor's web server would. Used for the
// Storybook build (tests/storybook-axe.mjs) and the host apps' builds
// (tests/hosts/run-hosts.mjs). Files are served as they are, never from
// outside the folder; each caller adds only what its pages need.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const isFile = async (file) => (await stat(file).catch(() => null))?.isFile() ?? false;

/** Reads a request's whole body as UTF-8 text. */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts serving `root`. Options:
 * - `htmlHeaders`: added to every HTML response (a page's Content-Security-Policy, say);
 * - `appRoutes`: a path with no file extension and no file gets `index.html`, as single-page apps expect;
 * - `onPost(path, body)`: receives each POST; the HTML it returns is the response (nothing returned: 404);
 * - `cacheControl`: a `cache-control` value for every file (for a folder that does not change during a run).
 *
 * @param {string} root
 * @param {import('./static-server.d.mts').StaticServerOptions} [options]
 * @returns {Promise<import('./static-server.d.mts').StaticServer>}
 */
export async function serveStatic(root, { htmlHeaders = {}, appRoutes = false, onPost, cacheControl } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    if (req.method === 'POST') {
      const page = onPost?.(path, await readBody(req));
      if (page === undefined) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': types['.html'] }).end(page);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    // A page that names no icon makes Chromium ask for this one; a 404 would read as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (appRoutes && !extname(path) && !(await isFile(file))) file = join(base, 'index.html');
    if (!(await isFile(file))) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      ...(cacheControl ? { 'cache-control': cacheControl } : {}),
      ...(type === types['.html'] ? htmlHeaders : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
