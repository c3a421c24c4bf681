/**
 * A minimal static file server for a built site under a base path, the way GitHub Pages serves
 * it: "/base/x/" serves dist/x/index.html, a missing file gets dist/404.html with status 404.
 * Hand-written (about 40 lines) because it must mimic Pages exactly and a test-only dependency for
 * it would be larger than the code.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Answer as GitHub Pages does for speed: text gzipped when the browser accepts it, and
   * "Cache-Control: max-age=600". The benchmark uses it so Lighthouse sees real transfer sizes.
   */
  likePages?: boolean;
}

const TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

export async function serveStatic(dist: string, base: string, port = 0, options: ServeOptions = {}): Promise<RunningServer> {
  const send = (req: { headers: Record<string, string | string[] | undefined> }, res: import('node:http').ServerResponse, status: number, type: string, body: Buffer) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (options.likePages) {
      headers['cache-control'] = 'max-age=600';
      if (TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'Accept-Encoding';
        body = gzipSync(body, { level: 6 });
      }
    }
    res.writeHead(status, headers).end(body);
  };
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
      send(req, res, 200, lookup(extname(file)) ?? 'application/octet-stream', body);
    } catch {
      const body = await readFile(join(dist, '404.html')).catch(() => Buffer.from('not found'));
      send(req, res, 404, 'text/html', body);
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
