// A tiny static server for the built pages: 127.0.0.1 and a random free
// port, so it never clashes with `npm start` or another run. `mounts` serves
// other folders under a URL prefix (the reporting bench's cached cohorts).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };

/**
 * @param {Record<string, string>} mounts URL prefix ('/cohorts/10000/') → folder
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serve(dir, mounts = {}) {
  const folders = [...Object.entries(mounts), ['/', dir]].map(([prefix, folder]) => [prefix, normalize(folder + sep)]);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, root] = folders.find(([prefix]) => pathname.startsWith(prefix));
    let path = normalize(join(root, pathname.slice(prefix.length)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
