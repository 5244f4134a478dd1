// Shared by the Node tests that drive Chromium: a static file server on 127.0.0.1 and a browser.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';

export const COMPONENTS_DIST = fileURLToPath(
  new URL('../../packages/components/dist/', import.meta.url),
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

export interface Served {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  server: Server;
  /** Serves `body` at `path` (overrides files). */
  page(path: string, body: string, headers?: Record<string, string>): void;
  /** Holds requests whose query has `hold` until `release()`: a script that has not arrived yet. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** Serves files under `root` plus in-memory pages, on an ephemeral port. */
export async function serve(root: string): Promise<Served> {
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (url.searchParams.has('hold') && gate) await gate.promise;
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // Chromium asks for it; a 404 would log a console error
      return;
    }
    const mem = pages.get(path);
    if (mem) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...mem.headers });
      res.end(mem.body);
      return;
    }
    const file = resolve(root, normalize(`.${path}`));
    if (!file.startsWith(resolve(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    server,
    page: (path, body, headers = {}) => pages.set(path, { body, headers }),
    hold: () => {
      let open = () => {};
      const promise = new Promise<void>((r) => (open = r));
      gate = { promise, open };
    },
    release: () => {
      gate?.open();
      gate = null;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The headless Chromium every browser test drives (test/packaging/harness.ts). */
export { launchChromium as launch } from '../packaging/harness.js';

/** Page errors and console warnings/errors, collected for assertions. */
export function collect(page: Page) {
  const log = { errors: [] as string[], warnings: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (e) => log.errors.push(String((e as Error).message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'warn') log.warnings.push(m.text());
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  return log;
}

/** A minimal page around `body`. */
export const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`;
