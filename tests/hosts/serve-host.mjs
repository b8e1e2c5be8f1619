// Serves a host app's built folder on 127.0.0.1, as its vendor's web server
// would: files as they are, index.html for app routes, the host's own headers
// (a Content-Security-Policy, say) on every page, and POST /submit as the
// back end that receives the native form's submission.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const isFile = async (file) => (await stat(file).catch(() => null))?.isFile() ?? false;

/** Starts the server; `submitted` resolves with the first POST /submit body. */
export async function serveHost(root, headers) {
  let receive;
  const submitted = new Promise((resolve) => (receive = resolve));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.method === 'POST' && path === '/submit') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      receive(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Saved</title><p>Saved</p>');
      return;
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end();
    // An app route (no file extension) gets the app's page, as single-page apps expect.
    if (!(await isFile(file)) && !extname(path)) file = join(root, 'index.html');
    if (!(await isFile(file))) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, ...(type.startsWith('text/html') ? headers : {}) });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    submitted,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
