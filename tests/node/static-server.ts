import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves files from `root` (and in-memory `pages`) on 127.0.0.1 with the
 * given headers on every response, for tests that need a real HTTP page.
 */
export async function serveStatic(root: string, pages: Record<string, string>, headers: Record<string, string> = {}) {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inline = pages[path];
    try {
      const body = inline ?? (await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
      const type = types[extname(path)] ?? (path.endsWith('/') ? types['.html'] : 'application/octet-stream');
      response.writeHead(200, { 'content-type': type, ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
