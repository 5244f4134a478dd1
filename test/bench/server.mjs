// A static server for the benchmark: 127.0.0.1 on an ephemeral port, pages from memory, the built
// bundles from packages/components/dist/bundle. No caching headers: every browser context is fresh.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';

export const BUNDLE_DIR = fileURLToPath(
  new URL('../../packages/components/dist/bundle/', import.meta.url),
);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * Starts the server. `pages` maps a path (`/metric-card/ours/100.html`) to its HTML, or to a
 * function returning it. `bundleDir` serves another build of the bundles (an experiment) instead of
 * dist. Resolves to `{ origin, close() }`.
 */
export async function serve(pages, { bundleDir = BUNDLE_DIR } = {}) {
  const dir = bundleDir.endsWith('/') ? bundleDir : `${bundleDir}/`;
  const files = new Map(); // bundle files are read once; the benchmark must not time the disk
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      let body;
      let type;
      if (pages.has(path)) {
        const page = pages.get(path);
        body = typeof page === 'function' ? page() : page;
        type = TYPES['.html'];
      } else if (path.startsWith('/bundle/')) {
        const file = normalize(join(dir, path.slice('/bundle/'.length)));
        if (!file.startsWith(dir)) throw new Error('outside the bundle folder');
        if (!files.has(file)) files.set(file, await readFile(file));
        body = files.get(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
