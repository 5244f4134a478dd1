/**
 * `npm run demo`: builds, then serves the demo articles at http://127.0.0.1:8080/demo/ (PORT=… for
 * another port) with the response headers of dist/demo/headers.json — the strict
 * Content-Security-Policy each page is written for. Serves dist/ read-only: the articles load the
 * script-tag bundles from dist/bundle and the iframe page from dist/embed.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from './articles.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface DemoServer {
  /** `http://host:port`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` (dist/) on `host:port` (0: any free port); `/` leads to the demo index. */
export async function serveDemo(port = 8080, host = '127.0.0.1', root = DIST): Promise<DemoServer> {
  const headers = JSON.parse(await readFile(join(root, 'demo/headers.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (path === '/' || path === '/demo') {
          res.writeHead(302, { location: '/demo/' }).end();
          return;
        }
        let file = normalize(join(root, path));
        if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
          res.writeHead(403).end();
          return;
        }
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
          // The pages' own headers (their policy), else just no sniffing.
          ...(headers[file.slice(root.length).split(sep).join('/')] ?? {
            'X-Content-Type-Options': 'nosniff',
          }),
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { origin } = await serveDemo(Number(process.env.PORT ?? 8080));
  console.log(
    [
      `Pearl Charts demo articles (Ctrl-C to stop):`,
      `  ${origin}/demo/`,
      ...LOCALES.map((l) => `  ${origin}/demo/${l}.html`),
    ].join('\n'),
  );
}
