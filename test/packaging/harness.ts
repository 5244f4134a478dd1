// Shared by the Node tests that drive a real browser (packaging, React, demo articles): a static file
// server on 127.0.0.1 and a headless Chromium, both bounded by timeouts and closed by the caller.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { spawn } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  port: number;
  /** Paths requested so far, in order (to check what a page loaded). */
  requests: string[];
  /** Serves `body` at `path` (before any file there), typed by its extension, with extra headers. */
  page(path: string, body: string, headers?: Record<string, string>): void;
  /** Holds requests whose query has `hold` until `release()`: a script that has not arrived yet. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/**
 * The one static server of the Node browser tests: serves `root` read-only on 127.0.0.1 (a free
 * port), plus in-memory pages. `headers(path, type)` adds response headers per file, e.g. a
 * Content-Security-Policy on HTML. Directory paths serve their index.html. (The benchmark has its
 * own server, test/bench/server.mjs, which keeps files in memory so timings never include the disk.)
 */
export async function serve(
  root: string,
  headers: (path: string, type: string) => Record<string, string> = () => ({}),
): Promise<Served> {
  const requests: string[] = [];
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  const typeOf = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname);
      requests.push(path);
      if (url.searchParams.has('hold') && gate) await gate.promise;
      if (path === '/favicon.ico') {
        res.writeHead(204).end(); // Chromium asks for it; a 404 would log a console error
        return;
      }
      const mem = pages.get(path);
      if (mem) {
        const type = extname(path) ? typeOf(path) : TYPES['.html']!;
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...mem.headers });
        res.end(mem.body);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = typeOf(file);
        res.writeHead(200, {
          'content-type': type,
          'cache-control': 'no-store',
          ...headers(path, type),
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    page: (path, body, extra = {}) => pages.set(path, { body, headers: extra }),
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
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: chromeArgs,
    timeout: 30_000,
    protocolTimeout: 60_000,
  });
}

/** Console errors and uncaught exceptions of a page, recorded from the start. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : e}`));
  page.on('requestfailed', (r) =>
    errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`),
  );
  return errors;
}

/**
 * Waits until every `pearl-*` element on the page (not in iframes) is defined and rendered, then
 * returns, per element in document order, its tag, its shadow root's visible text and its parts.
 */
export async function pearlTexts(
  page: Page,
  selector = 'pearl-metric-card, pearl-target-progress, pearl-sector-comparison',
): Promise<{ tag: string; id: string; text: string; bars: number }[]> {
  await page.waitForFunction(
    (sel: string) =>
      [...document.querySelectorAll(sel)].every(
        (el) => customElements.get(el.localName) && el.shadowRoot?.textContent?.trim(),
      ),
    { timeout: 20_000 },
    selector,
  );
  return page.evaluate(async (sel: string) => {
    const els = [...document.querySelectorAll(sel)] as (HTMLElement & {
      updateComplete?: Promise<unknown>;
    })[];
    await Promise.all(els.map((el) => el.updateComplete));
    return els.map((el) => ({
      tag: el.localName,
      id: el.id,
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      bars: el.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0,
    }));
  }, selector);
}

/** Runs a command with a time limit; rejects with its output when it fails. */
export function run(
  cmd: string,
  args: string[],
  options: { cwd: string; timeout: number; env?: NodeJS.ProcessEnv },
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `${cmd} ${args.join(' ')} failed (${signal ?? code}${signal === 'SIGKILL' ? ', timed out' : ''})\n${stdout}\n${stderr}`,
          ),
        );
    });
  });
}

/** Visible text of server-rendered HTML: no tags, comments, styles or templates' markup. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
