/**
 * A minimal static file server for a built site under a base path, the way GitHub Pages serves
 * it: "/base/x/" serves dist/x/index.html, a missing file gets dist/404.html with status 404.
 * Hand-written (about 40 lines) because it must mimic Pages exactly and a test-only dependency for
 * it would be larger than the code.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { lookup } from 'mrmime';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(dist: string, base: string, port = 0): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': lookup(extname(file)) ?? 'application/octet-stream' }).end(body);
    } catch {
      const body = await readFile(join(dist, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
