// A static file server on 127.0.0.1 for the end-to-end pages. activeTab only grants access to
// http(s) pages, so the browsers must load the pages from a real origin, not file://.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  origin: string;
  /**
   * Every request the server answered, with its `Sec-Purpose` header ("prefetch" for a
   * speculation-rules prefetch, which the browser makes on its own: no page request event shows it).
   */
  log: { path: string; purpose: string | null }[];
  url(path: string): string;
  close(): Promise<void>;
}

/** URL prefix (e.g. "/pages/") → directory on disk. */
export type Mounts = Record<string, string>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

export const E2E_PAGES = resolve(import.meta.dirname, '../pages');
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
export const HOSTILE_PAGES = resolve(import.meta.dirname, '../../fixtures/hostile');

function fileFor(mounts: Mounts, pathname: string): string | undefined {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const root = resolve(dir);
    const file = resolve(join(root, decodeURIComponent(pathname.slice(prefix.length))));
    // Refuse "../" escapes: the server must only ever expose the mounted folders.
    if (file === root || file.startsWith(root + sep)) return file;
  }
  return undefined;
}

type Log = StaticServer['log'];

async function handle(
  mounts: Mounts,
  log: Log,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const purpose = req.headers['sec-purpose'];
  log.push({ path: pathname, purpose: typeof purpose === 'string' ? purpose : null });
  const file = fileFor(mounts, pathname);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    // ?csp=<policy> serves the page under that Content-Security-Policy header.
    const csp = searchParams.get('csp');
    if (csp) headers['content-security-policy'] = csp;
    // ?permissions-policy=<policy> likewise (e.g. clipboard-write=()).
    const policy = searchParams.get('permissions-policy');
    if (policy) headers['permissions-policy'] = policy;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

/** Serves the mounted folders on an ephemeral port of 127.0.0.1. */
export async function serveStatic(
  mounts: Mounts = { '/pages/': E2E_PAGES, '/fixtures/': FIXTURE_PAGES },
): Promise<StaticServer> {
  const log: Log = [];
  const server = createServer((req, res) => void handle(mounts, log, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    log,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
