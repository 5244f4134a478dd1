/**
 * Vite plugin behind the docs' "static HTML" snippet, which the SSR API (`renderStatic` from
 * `@pearl-charts/components/ssr`, built into packages/components/dist) generates:
 *
 * - `storybook dev`: a middleware, `GET /__pearl-snippets/render?request={…}`, renders any args live,
 *   so the snippet follows the controls.
 * - `storybook build`: no server exists, so every component story's initial args (in the story's
 *   language and theme, else the toolbar defaults) are rendered once at build time and written to
 *   `pearl-snippets/<key>.json` beside iframe.html. For other args the docs show the CLI command.
 *
 * Rendering runs in a worker thread (ssr-worker.mjs): the SSR entry puts a DOM shim on globalThis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { argsToAttributes, snippetKey, type ManifestLike, type SnippetRequest } from './snippet.js';

export const RENDER_PATH = '/__pearl-snippets/render';
export const STATIC_DIR = 'pearl-snippets';

export interface Rendered {
  request: SnippetRequest;
  html?: string;
  styleHashes?: string[];
  /** The component's error message when it rendered its error state. */
  error?: string | null;
  /** Why the renderer refused the request (unknown attribute…), when it did. */
  failure?: string;
}

interface StoryInfo {
  file: string;
  name: string;
  component: string;
  args: Record<string, unknown>;
  locale: string | null;
  theme: string | null;
}

type Reply = { id: number; ok: true } & Record<string, unknown>;

/** One lazily started worker; requests carry an id, replies resolve them. */
class RenderWorker {
  private worker: Worker | null = null;
  private next = 0;
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./ssr-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (m: Reply | { id: number; ok: false; message: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!p) return;
      if (m.ok) p.resolve(m);
      else p.reject(new Error((m as { message: string }).message));
    });
    worker.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  call(message: Record<string, unknown>, timeout = 30_000): Promise<Reply> {
    const id = this.next++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`snippet renderer timed out after ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      worker.postMessage({ ...message, id });
    });
  }

  async close() {
    await this.worker?.terminate();
    this.worker = null;
  }
}

export async function renderRequest(
  worker: RenderWorker,
  request: SnippetRequest,
): Promise<Rendered> {
  try {
    const r = await worker.call({ type: 'render', request });
    return {
      request,
      html: r.html as string,
      styleHashes: r.styleHashes as string[],
      error: (r.error as string | null) ?? null,
    };
  } catch (e) {
    return { request, failure: (e as Error).message };
  }
}

/** Every `*.stories.ts` under a folder. */
function storyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? storyFiles(join(dir, d.name))
      : /\.stories\.(ts|js)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

/** The request for each component story's initial args: what the docs ask for on first load. */
export async function storyRequests(
  worker: RenderWorker,
  storiesDir: string,
  manifest: ManifestLike,
  defaults: { locale: string; theme: 'light' | 'dark' },
): Promise<(SnippetRequest & { story: string })[]> {
  const reply = await worker.call(
    { type: 'stories', files: storyFiles(storiesDir), defaultLocale: defaults.locale },
    60_000,
  );
  return (reply.stories as StoryInfo[]).map((s) => ({
    story: `${s.file}#${s.name}`,
    component: s.component.replace(/^pearl-/, ''),
    attributes: argsToAttributes(s.component, s.args, manifest),
    locale: s.locale ?? defaults.locale,
    theme: s.theme === 'dark' ? 'dark' : s.theme === 'light' ? 'light' : defaults.theme,
  }));
}

/** Renders each distinct request once, keyed as the docs block will look it up. */
export async function prerender(
  worker: RenderWorker,
  requests: SnippetRequest[],
): Promise<Map<string, Rendered>> {
  const out = new Map<string, Rendered>();
  for (const r of requests) {
    const request: SnippetRequest = {
      component: r.component,
      attributes: r.attributes,
      locale: r.locale,
      theme: r.theme,
    };
    const key = snippetKey(request);
    if (!out.has(key)) out.set(key, await renderRequest(worker, request));
  }
  return out;
}

export function createRenderWorker() {
  return new RenderWorker();
}

export function pearlSnippets(options: {
  storiesDir: string;
  manifestPath: string;
  defaults: { locale: string; theme: 'light' | 'dark' };
}): Plugin {
  const worker = new RenderWorker();
  let command: 'build' | 'serve' = 'serve';
  let rendered = new Map<string, Rendered>();
  return {
    name: 'pearl-snippets',
    configResolved(config) {
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use(RENDER_PATH, (req, res) => {
        void (async () => {
          let body: Rendered | { failure: string };
          try {
            const raw = new URL(req.url ?? '', 'http://x').searchParams.get('request') ?? '';
            const request = JSON.parse(raw) as SnippetRequest;
            body = await renderRequest(worker, request);
          } catch (e) {
            body = { failure: `bad request: ${(e as Error).message}` };
          }
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify(body));
        })();
      });
      server.httpServer?.once('close', () => void worker.close());
    },
    async buildStart() {
      if (command !== 'build') return;
      try {
        const manifest = JSON.parse(readFileSync(options.manifestPath, 'utf8')) as ManifestLike;
        const requests = await storyRequests(
          worker,
          options.storiesDir,
          manifest,
          options.defaults,
        );
        rendered = await prerender(worker, requests);
        const failed = [...rendered.values()].filter((r) => r.failure);
        this.info?.(`pearl-snippets: ${rendered.size} static snippets, ${failed.length} refused`);
      } catch (e) {
        // Without a built SSR entry the docs still show the script, CLI and iframe snippets.
        this.warn(`pearl-snippets: no static HTML pre-rendered (${(e as Error).message})`);
      } finally {
        await worker.close();
      }
    },
    generateBundle() {
      for (const [key, value] of rendered)
        this.emitFile({
          type: 'asset',
          fileName: `${STATIC_DIR}/${key}.json`,
          source: JSON.stringify(value),
        });
    },
  };
}
