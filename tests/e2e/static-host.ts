// A plain static file server, as a school's server or GitHub Pages is: dist/ mounted under a
// sub-path (/qantar/), nothing else answered, no build tool in between. It records every path
// asked for (so a test can see that nothing left the sub-path) and can be told to serve other
// bytes for a file (a new build's sw.js, to test updates without a second build). Every answer is
// `no-store`, so a reload that works offline was answered by the service worker, not the HTTP cache.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { ROOT } from './browser.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticHost {
  /** The game's address: the origin and the sub-path, ending in '/'. */
  readonly url: string;
  /** Every path asked for, in order. */
  readonly requests: string[];
  /** Serve `transform(original)` for the file at `path` (relative to dist/) from now on. */
  override(path: string, transform: (original: string) => string): void;
  /** Cut the line (every request is dropped unanswered, as with no network) or restore it. */
  cut(down: boolean): void;
  close(): Promise<void>;
}

export async function hostStatic(prefix = '/qantar/'): Promise<StaticHost> {
  const dist = resolve(ROOT, 'dist');
  const requests: string[] = [];
  const overrides = new Map<string, (original: string) => string>();
  let down = false;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    requests.push(path);
    if (down) {
      req.socket.destroy();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const inside = path.slice(prefix.length) || 'index.html';
    const file = resolve(dist, inside);
    if (!file.startsWith(dist + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const transform = overrides.get(inside);
    const body = transform ? Buffer.from(transform(readFileSync(file, 'utf8'))) : readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static host has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    requests,
    override: (path, transform) => overrides.set(path, transform),
    cut: (value) => {
      down = value;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
