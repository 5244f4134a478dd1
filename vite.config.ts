/**
 * Builds @pearl-charts/components.
 * - `vite build`: the npm package's ESM entries; lit and @pearl-charts/data stay imports.
 *   Also the SSR entries (dist/ssr/, Node only) and tokens.css.
 * - `vite build --mode embed` / `--mode embed-nodata`: the script-tag bundles, everything inlined,
 *   as an ES module and a classic script (IIFE), with and without the indicator data. `embed` then
 *   also builds the iframe page and the host resize script into dist/embed/.
 * - `vite build --mode loader`: the script-tag loader (dist/loader/pearl-charts.js), a small module
 *   that imports only the chunks of the elements a page holds (dist/loader/chunks/) and fetches only
 *   one small data file per id, concept or tag it names (dist/loader/data/<hash>/).
 */
import { build, defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyLitTemplates } from './packages/components/scripts/minify-templates.mjs';
import { widgetData } from './packages/components/scripts/widget-data.mjs';
import { loaderDataFiles } from './packages/components/scripts/loader-data.mjs';
import { smallPreloadHelper } from './packages/components/scripts/preload-helper.mjs';

const src = (p: string) =>
  fileURLToPath(new URL(`./packages/components/src/${p}`, import.meta.url));
const outDir = fileURLToPath(new URL('./packages/components/dist', import.meta.url));
// Every element with a define entry (src/define/<name>.ts): a new widget needs no edit here.
const COMPONENTS = readdirSync(src('define'))
  .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
  .map((f) => f.slice(0, -3));

/** Copies src/shared/tokens.css to dist/tokens.css (`@pearl-charts/components/tokens.css`). */
const tokensCss = (): Plugin => ({
  name: 'pearl-tokens-css',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'tokens.css',
      source: readFileSync(src('shared/tokens.css'), 'utf8'),
    });
  },
});

/**
 * After the script-tag bundle: dist/embed/embed.html (the iframe page, self-contained, relative
 * URLs so it works from any CDN path) and dist/embed/pearl-embed-host.js (the host's resize script).
 */
const embedPage = (): Plugin => {
  let done = false;
  return {
    name: 'pearl-embed-page',
    apply: 'build',
    async closeBundle() {
      if (done) return;
      done = true;
      const embedDir = `${outDir}/embed`;
      await build({
        configFile: false,
        logLevel: 'warn',
        root: src('embed'),
        base: './',
        plugins: [minifyLitTemplates(), widgetData()],
        build: {
          outDir: embedDir,
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          modulePreload: false, // one entry chunk; the polyfill would only add bytes
          rollupOptions: { input: src('embed/embed.html') },
        },
      });
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: embedDir,
          emptyOutDir: false,
          sourcemap: true,
          minify: true,
          target: 'es2017', // host pages can be old; this script is tiny either way
          lib: {
            entry: src('embed/host.ts'),
            name: 'PearlEmbedHost',
            formats: ['iife'],
            fileName: () => 'pearl-embed-host.js',
          },
        },
      });
    },
  };
};

/**
 * The loader build's chunks, few and large: every file a page fetches costs a request and compresses
 * apart from the others (the twelve chunks one card needed cost about 2 KB gzip more than two).
 * `core` holds every module all elements import (Lit, the shared element, frame and formatting) or
 * the metric card shares with another, `charts` our own modules some charts share (the tooltip,
 * linear scales, table captions), and `<element>` every module only that element imports (its own folder, d3 for a single user). The
 * rest is left to Rolldown: libraries some charts share (d3), the define entries (they define
 * on import, so they must not share a chunk with what a catalogue adapter imports before the data
 * is registered), the adapters and the data registration (loaded only when a page names records)
 * and the hydration support.
 */
function loaderChunks(): (id: string, ctx: ChunkingContext) => string | null {
  let users: Map<string, string[]> | undefined;
  /** What Lit's hydration support imports: none of it may share a chunk with LitElement. */
  let hydration: Set<string> | undefined;
  const reach = (start: string, ctx: ChunkingContext, visit: (id: string) => void) => {
    const todo = [start];
    const seen = new Set<string>();
    while (todo.length) {
      const next = todo.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
      todo.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  };
  return (id, ctx) => {
    if (!users || !hydration) {
      const found = new Map<string, string[]>();
      for (const name of COMPONENTS)
        reach(src(`define/${name}.ts`), ctx, (m) => found.set(m, [...(found.get(m) ?? []), name]));
      users = found;
      const support = ctx
        .getModuleInfo(src('loader/loader.ts'))
        ?.dynamicallyImportedIds.find((m) => m.endsWith('/lit-element-hydrate-support.js'));
      if (!support) throw new Error('loader chunks: the loader no longer imports Lit hydration');
      const needs = new Set<string>();
      reach(support, ctx, (m) => needs.add(m));
      needs.delete(support);
      hydration = needs;
    }
    const by = users.get(id) ?? [];
    if (id.startsWith(src('define/')) || by.length === 0) return null;
    // LitElement calls the hydration support's hook when its module runs, so on a server-rendered
    // page that support runs first: what it imports (lit-html) is a chunk without LitElement.
    if (hydration.has(id)) return 'lit-html';
    // What the card shares with some charts goes with it (shared/data-rows.ts, 0.3 KB): the smallest
    // element then needs one shared chunk, and a chart may carry a few hundred bytes it does not run.
    if (by.length === COMPONENTS.length || (by.length > 1 && by.includes('metric-card')))
      return 'core';
    if (by.length === 1) return by[0]!;
    // Our own code some charts share (the tooltip, linear scales, table captions): one chunk.
    return id.startsWith(src('')) ? 'charts' : null;
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'loader') {
    // An app build, not library mode: Vite then preloads each dynamic import's dependencies in
    // parallel (<link rel="modulepreload">, relative to the loader's URL with base './').
    return {
      base: './',
      publicDir: false,
      plugins: [minifyLitTemplates(), loaderDataFiles(), smallPreloadHelper()],
      build: {
        outDir: `${outDir}/loader`,
        emptyOutDir: false, // prune-dist removes what an earlier build left
        sourcemap: true,
        minify: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        // Which chunks each element needs (size budgets; servers that preload them can read it).
        manifest: 'manifest.json',
        rollupOptions: {
          input: { 'pearl-charts': src('loader/loader.ts') },
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: {
              groups: [{ name: loaderChunks() }],
              includeDependenciesRecursively: false,
            },
          },
        },
      },
    };
  }
  if (mode.startsWith('embed')) {
    const withData = mode === 'embed';
    const name = withData ? 'pearl-charts' : 'pearl-charts.nodata';
    return {
      plugins: withData
        ? [minifyLitTemplates(), widgetData(), embedPage()]
        : [minifyLitTemplates()],
      build: {
        outDir: `${outDir}/bundle`,
        emptyOutDir: false,
        sourcemap: true,
        minify: true, // library mode leaves ES output unminified; a script-tag bundle is final
        target: 'es2022',
        lib: {
          entry: src(withData ? 'bundle/with-data.ts' : 'bundle/no-data.ts'),
          name: 'PearlCharts',
          formats: ['es', 'iife'],
          fileName: (format) => `${name}${format === 'es' ? '.js' : '.iife.js'}`,
        },
        // Library mode keeps whitespace in ES output (for later bundlers); this one goes straight to a
        // page, so strip it too: about 5 KB less gzip.
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  return {
    plugins: [minifyLitTemplates(), tokensCss()],
    build: {
      outDir,
      emptyOutDir: false, // tsc -b has already written dist/types
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: {
          index: src('index.ts'),
          format: src('format.ts'),
          data: src('data.ts'),
          'catalog-views': src('catalog-views.ts'),
          'define/all': src('define/all.ts'),
          ...Object.fromEntries(COMPONENTS.map((c) => [`define/${c}`, src(`define/${c}.ts`)])),
          'ssr/index': src('ssr/index.ts'),
          'ssr/cli': src('ssr/cli.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit(-labs)?\//, /^@pearl-charts\//, /^d3-/, /^node:/],
        // dist/ mirrors src/ (dist/metric-card/metric-card.js), so custom-elements.json can name the
        // module that holds each class and bundlers see one file per source module.
        output: { preserveModules: true, preserveModulesRoot: src('') },
      },
    },
  };
});
