// The npm packages as a user gets them: `npm pack` both workspaces, install the tarballs into a
// throwaway project (the registry supplies lit), then use them from Node (format, data, SSR,
// CLI), from TypeScript (types of every entry), from a Vite build and from plain pages in Chromium.
// Then the same tarballs in fresh React 19, Vue 3 and Svelte 5 projects (test/packaging/sites.ts):
// each site's type checker, its Vite build in Chromium, and the 0.1.0 README's embed snippets.
// Needs `npm run build` first (npm test builds). The npm installs are the only network access
// (--prefer-offline: the registry is asked only for what the npm cache lacks).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type PluginOption } from 'vite';
import vue from '@vitejs/plugin-vue';
import type { Browser, Page } from 'puppeteer-core';
import {
  htmlText,
  launchChromium,
  pearlTexts,
  recordErrors,
  run,
  serve,
  type Served,
} from '../packaging/harness.js';
import { installSite, npmInstall, SITES, typeCheck } from '../packaging/sites.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONSUMER = fileURLToPath(new URL('../packaging/consumer/', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface Packed {
  name: string;
  filename: string;
  size: number;
  files: { path: string }[];
}

type Conditions = string | { [condition: string]: string };
interface Manifest {
  type?: string;
  exports: Record<string, Conditions>;
  sideEffects: boolean | string[];
  files: string[];
  customElements?: string;
  bin?: Record<string, string>;
}

let dir = '';
let project = '';
/** The framework sites' projects, beside `project`. */
const sites = { react: '', vue: '', svelte: '' };
const packed: Record<string, Packed> = {};
const files: Record<string, Set<string>> = {};
const manifests: Record<string, Manifest> = {};
let browser: Browser | undefined;
let server: Served | undefined;

const installed = (pkg: string, path = '') => join(project, 'node_modules', pkg, path);

/** The installed package's formatters: what a page should show is what they write. */
const installedFormat = async () =>
  (await import(
    pathToFileURL(installed('@pearl-charts/components', 'dist/format.js')).href
  )) as typeof import('../../packages/components/src/format.js');
const installedRecord = async (id: string) => {
  const data = (await import(
    pathToFileURL(installed('@pearl-charts/data', 'dist/index.js')).href
  )) as typeof import('../../packages/data/src/index.js');
  return data.getIndicator(id as Parameters<typeof data.getIndicator>[0]);
};

/** Runs an ES module file of the consumer project with Node and parses its JSON output. */
async function runNode(file: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [file], { cwd: project, timeout: 60_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** npm's `sideEffects` glob semantics: no slash matches the basename, else the path from the root. */
function sideEffectMatcher(patterns: string[]): (path: string) => boolean {
  const regexes = patterns.map((p) => {
    const glob = p.replace(/^\.\//, '');
    const body = glob
      .split('**')
      .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*');
    return new RegExp(glob.includes('/') ? `^${body}$` : `(^|/)${body}$`);
  });
  return (path) => regexes.some((r) => r.test(path));
}

/** Every file an export target names, wildcards expanded against the tarball. */
function expand(pkg: string, target: string): string[] {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return [path];
  const [head, tail] = path.split('*') as [string, string];
  return [...files[pkg]!].filter((f) => f.startsWith(head) && f.endsWith(tail));
}

/** Relative imports of a built ES module or script srcs of an HTML page. */
function references(code: string, html: boolean): string[] {
  const found = html
    ? [...code.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)
    : [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map(
        (m) => m[1]!,
      );
  return found.filter((s) => s.startsWith('.'));
}

describe('npm packages: pack, install, use', { timeout: 900_000 }, () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pearl-pack-'));
    const tarballs = join(dir, 'tarballs');
    await mkdir(tarballs);
    const { stdout } = await run(
      'npm',
      [
        'pack',
        '--json',
        '--pack-destination',
        tarballs,
        '-w',
        '@pearl-charts/data',
        '-w',
        '@pearl-charts/components',
      ],
      { cwd: ROOT, timeout: 120_000 },
    );
    for (const p of JSON.parse(stdout) as Packed[]) {
      packed[p.name] = p;
      files[p.name] = new Set(p.files.map((f) => f.path));
    }
    for (const name of ['@pearl-charts/data', '@pearl-charts/components'])
      manifests[name] = JSON.parse(
        await readFile(join(ROOT, 'packages', name.split('/')[1]!, 'package.json'), 'utf8'),
      ) as Manifest;

    project = join(dir, 'site');
    await cp(CONSUMER, project, { recursive: true });
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'pearl-consumer', private: true, type: 'module' }),
    );
    // Both tarballs at once: the components' dependency on @pearl-charts/data is the local one.
    const both = Object.values(packed).map((p) => join(tarballs, p.filename));
    // One project per framework, so that no site leans on another's packages; installed together.
    for (const name of Object.keys(sites) as (keyof typeof sites)[]) sites[name] = join(dir, name);
    await Promise.all([
      // Server rendering's optional peer: this project renders static HTML (a browser-only site would not install it).
      npmInstall(project, [...both, '@lit-labs/ssr']),
      ...(Object.keys(sites) as (keyof typeof sites)[]).map((name) =>
        installSite(SITES[name], sites[name], both),
      ),
    ]);
    for (const p of Object.values(packed))
      console.log(
        `# ${p.filename}: ${p.files.length} files, ${(p.size / 1024).toFixed(1)} kB packed`,
      );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the components tarball holds dist, types, README and custom-elements.json, and no sources, tests or build state', () => {
    const list = files['@pearl-charts/components']!;
    for (const f of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/format.js',
      'dist/data.js',
      'dist/define/all.js',
      'dist/types/index.d.ts',
      'dist/bundle/pearl-charts.js',
      'dist/bundle/pearl-charts.iife.js',
      'dist/bundle/pearl-charts.nodata.js',
      'dist/bundle/pearl-charts.nodata.iife.js',
    ])
      assert.ok(list.has(f), `${f} is in the tarball`);
    const unwanted = [...list].filter((f) =>
      /^src\/|(^|\/)test\/|\.test\.|\.stories\.|\.tsbuildinfo$|\.d\.ts\.map$|^node_modules\/|^dist\/demo\//.test(
        f,
      ),
    );
    assert.deepEqual(
      unwanted,
      [],
      'sources, tests, demo pages, declaration maps and build info stay out',
    );
    assert.equal(manifests['@pearl-charts/components']!.customElements, 'custom-elements.json');
  });

  it('custom-elements.json names only files in the tarball, every event by name, and the module defining each tag', async () => {
    interface Ref {
      name: string;
      module?: string;
    }
    interface Module {
      path: string;
      declarations?: { name: string; tagName?: string; events?: { name?: string }[] }[];
      exports?: { kind: string; name: string; declaration: Ref }[];
    }
    const list = files['@pearl-charts/components']!;
    const cem = JSON.parse(
      await readFile(installed('@pearl-charts/components', 'custom-elements.json'), 'utf8'),
    ) as { modules: Module[] };
    const paths: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node))
          if ((k === 'path' || k === 'module') && typeof v === 'string') paths.push(v);
          else walk(v);
    };
    walk(cem.modules);
    assert.deepEqual(
      [...new Set(paths)].filter((p) => !list.has(p)),
      [],
      'every module path is a file of the package',
    );
    const elements = cem.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })),
    );
    assert.ok(elements.length >= 3);
    for (const el of elements) {
      for (const e of el.events ?? []) assert.ok(e.name, `${el.tagName}: an event with no name`);
      const definition = cem.modules
        .flatMap((m) => (m.exports ?? []).map((x) => ({ ...x, in: m.path })))
        .find((x) => x.kind === 'custom-element-definition' && x.name === el.tagName);
      assert.ok(definition, `${el.tagName}: no module defines it`);
      assert.equal(definition.declaration.module, el.module, `${el.tagName}: its class module`);
      assert.match(definition.in, /^dist\/define\//);
    }
  });

  it('the data tarball holds dist and README, and no sources, scripts or maps into missing sources', () => {
    const list = files['@pearl-charts/data']!;
    for (const f of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/indicators.json',
    ])
      assert.ok(list.has(f), `${f} is in the tarball`);
    const unwanted = [...list].filter((f) => /^src\/|^scripts\/|\.map$|\.tsbuildinfo$/.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('every shipped source map carries its sources, since src/ is not shipped', async () => {
    for (const [pkg, list] of Object.entries(files))
      for (const f of [...list].filter((p) => p.endsWith('.js.map'))) {
        const map = JSON.parse(await readFile(installed(pkg, f), 'utf8')) as {
          sources: string[];
          sourcesContent?: (string | null)[];
        };
        const missing = map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
        assert.deepEqual(missing, [], `${pkg}/${f} inlines every source`);
      }
  });

  it('exports: every documented entry, ESM only, types first for every JS target, each file in the tarball', () => {
    const required: Record<string, string[]> = {
      '@pearl-charts/components': [
        '.',
        './format',
        './define',
        './define/*',
        './data',
        './ssr',
        './bundle',
        './bundle/nodata',
        './tokens.css',
        './custom-elements.json',
        './package.json',
      ],
      '@pearl-charts/data': ['.', './vocab', './numerals', './indicators.json', './package.json'],
    };
    for (const [pkg, keys] of Object.entries(required)) {
      const m = manifests[pkg]!;
      assert.equal(m.type, 'module', `${pkg} is ESM`);
      for (const key of keys) assert.ok(key in m.exports, `${pkg} exports ${key}`);
      for (const [key, value] of Object.entries(m.exports)) {
        const conditions = typeof value === 'string' ? { default: value } : value;
        assert.ok(!('require' in conditions), `${pkg} ${key}: no CommonJS condition`);
        const order = Object.keys(conditions);
        const targets = Object.values(conditions);
        if (targets.some((t) => t.endsWith('.js'))) {
          assert.equal(order[0], 'types', `${pkg} ${key}: a types condition, first`);
          assert.match(conditions.types!, /\.d\.ts$/);
        }
        for (const target of targets) {
          const found = expand(pkg, target);
          assert.ok(found.length > 0, `${pkg} ${key} → ${target} exists in the tarball`);
          for (const f of found) assert.ok(files[pkg]!.has(f), `${pkg}: ${f} is in the tarball`);
        }
        // A wildcard JS entry needs a declaration for each file it can resolve to.
        if (conditions.types?.includes('*') && conditions.default?.includes('*'))
          for (const js of expand(pkg, conditions.default)) {
            const stem = js.slice(conditions.default.indexOf('*') - 2, -'.js'.length);
            const dts = conditions.types.replace('./', '').replace('*', stem);
            assert.ok(files[pkg]!.has(dts), `${pkg} ${key}: ${js} has ${dts}`);
          }
      }
    }
  });

  it('every JS file in dist is reachable from an export or a page (no stale chunks from earlier builds)', async () => {
    const pkg = '@pearl-charts/components';
    const list = files[pkg]!;
    const queue: string[] = [];
    for (const value of Object.values(manifests[pkg]!.exports))
      for (const t of typeof value === 'string' ? [value] : Object.values(value))
        queue.push(...expand(pkg, t).filter((f) => f.endsWith('.js')));
    // Pages, and the scripts a host page loads by URL (the bundles, the loader, the iframe resize
    // script). The loader imports its chunks with template literals.
    queue.push(...[...list].filter((f) => f.endsWith('.html')));
    queue.push(...[...list].filter((f) => /^dist\/(bundle|embed|loader)\/[^/]+\.js$/.test(f)));
    for (const bin of Object.values(manifests[pkg]!.bin ?? {}))
      queue.push(bin.replace(/^\.\//, ''));
    const seen = new Set<string>();
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f) || !list.has(f)) continue;
      seen.add(f);
      const code = await readFile(installed(pkg, f), 'utf8');
      for (const ref of references(code, f.endsWith('.html'))) {
        const resolved = new URL(ref.split(/[?#]/)[0]!, `file:///${f}`).pathname.slice(1);
        queue.push(resolved);
      }
    }
    const orphans = [...list].filter(
      (f) =>
        f.startsWith('dist/') && !f.startsWith('dist/types/') && f.endsWith('.js') && !seen.has(f),
    );
    assert.deepEqual(orphans, []);
  });

  it('sideEffects keeps registrations and CSS, and lets bundlers drop the rest', () => {
    const c = manifests['@pearl-charts/components']!;
    assert.ok(Array.isArray(c.sideEffects));
    const effect = sideEffectMatcher(c.sideEffects as string[]);
    for (const f of [
      'dist/define/metric-card.js',
      'dist/define/all.js',
      'dist/data.js',
      'dist/bundle/pearl-charts.js',
      'dist/tokens.css',
    ])
      assert.ok(effect(f), `${f} has side effects`);
    for (const f of ['dist/index.js', 'dist/format.js']) assert.ok(!effect(f), `${f} has none`);
    assert.equal(manifests['@pearl-charts/data']!.sideEffects, false);
  });

  it('a bundler drops the elements when a site imports only a formatter from the root entry', async () => {
    const bundleOf = async (source: string) => {
      const entry = join(project, `shake-${Math.random().toString(36).slice(2)}.js`);
      await writeFile(entry, source);
      const out = await build({
        root: project,
        configFile: false,
        logLevel: 'silent',
        build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'x' } },
      });
      const result = Array.isArray(out) ? out[0]! : out;
      assert.ok('output' in result);
      return result.output.map((o) => ('code' in o ? o.code : '')).join('\n');
    };
    const formatOnly = await bundleOf(
      "import { formatValue } from '@pearl-charts/components';\nconsole.log(formatValue(2e13, { unit: 'cny', locale: 'en' }));\n",
    );
    assert.doesNotMatch(formatOnly, /customElements|LitElement|pearl-metric-card/);
    const card = await bundleOf("import '@pearl-charts/components/define/metric-card';\n");
    assert.match(card, /pearl-metric-card/, 'a define entry keeps its registration');
  });

  it('in Node: format and data give 超20萬億元 for gd-industrial-output-2024 in zh-Hant; the root entry registers nothing', async () => {
    const r = await runNode('node.mjs');
    assert.equal(r['zh-Hant'], '超20萬億元');
    assert.equal(r['zh-Hans'], '超20万亿元');
    assert.equal(r.en, 'over 20 trillion yuan');
    assert.equal(r.period, '2024');
    assert.ok((r.records as number) > 100);
    assert.equal(r.jsonRecords, r.records);
    assert.equal(r.rootHasClass, true);
    assert.equal(r.registeredByRoot, false, 'importing the root entry registers no tag');
    assert.equal(r.registeredByDefine, true, 'importing define registers the tags');
  });

  it('in Node: @pearl-charts/components/ssr renders declarative shadow DOM with the number, label and bars', async () => {
    const r = await runNode('ssr.mjs');
    const card = String(r.card);
    assert.match(card, /^<pearl-metric-card[\s>]/);
    assert.match(card, /<template shadowroot(mode)?="open"/);
    assert.match(card, /lang="zh-Hant"/);
    const text = htmlText(card);
    assert.ok(text.includes('超20萬億元'), text);
    assert.ok(text.includes('全部工業總產值'), text);
    const bars = String(r.bars);
    assert.equal(bars.match(/part="bar[\s"]/g)?.length, 3, 'three bars rendered on the server');
    assert.ok(htmlText(bars).includes('20 trillion'), htmlText(bars));
  });

  it('the CLI renders the same static HTML: npx pearl-charts render metric-card …', async () => {
    // The installed bin, as `npx pearl-charts` finds it (npx itself would ask the registry when missing).
    const { stdout } = await run(
      join(project, 'node_modules/.bin/pearl-charts'),
      [
        'render',
        'metric-card',
        '--indicator',
        'gd-industrial-output-2024',
        '--locale',
        'zh-Hans',
        '--theme',
        'dark',
      ],
      { cwd: project, timeout: 60_000 },
    );
    assert.match(stdout, /<pearl-metric-card[^>]*>\s*<template shadowroot(mode)?="open"/);
    assert.ok(htmlText(stdout).includes('超20万亿元'), htmlText(stdout));
  });

  it('types: a TypeScript site type-checks against every entry (nodenext and bundler, skipLibCheck off)', async () => {
    for (const [module, resolution] of [
      ['nodenext', 'nodenext'],
      ['esnext', 'bundler'],
    ] as const) {
      const config = join(project, `tsconfig.${resolution}.json`);
      await writeFile(
        config,
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            module,
            moduleResolution: resolution,
            target: 'es2022',
            lib: ['es2022', 'dom', 'dom.iterable'],
            types: [],
          },
          files: ['types.ts'],
        }),
      );
      try {
        await run(process.execPath, [TSC, '-p', config], { cwd: project, timeout: 120_000 });
      } catch (e) {
        assert.fail(`tsc (${resolution}) found errors:\n${(e as Error).message}`);
      }
    }
  });

  describe('in Chromium', () => {
    before(async () => {
      // A site's own build: Vite bundles an entry that imports the installed packages.
      await build({
        root: project,
        configFile: false,
        logLevel: 'silent',
        build: {
          outDir: join(project, 'app'),
          emptyOutDir: true,
          minify: false,
          lib: { entry: join(project, 'entry.ts'), formats: ['es'], fileName: () => 'app.js' },
        },
      });
      server = await serve(project);
      browser = await launchChromium();
    });

    const open = async (page: string) => {
      const tab = await browser!.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      await tab.goto(`${server!.origin}/${page}`, { waitUntil: 'load', timeout: 30_000 });
      const texts = await pearlTexts(tab);
      await tab.close();
      return { texts: Object.fromEntries(texts.map((t) => [t.id, t])), errors, warnings };
    };

    it('a Vite build of the installed package renders 超20萬億元 and three bars set as a property', async () => {
      const { texts, errors } = await open('esm.html');
      assert.deepEqual(errors, []);
      assert.ok(texts.card!.text.includes('超20萬億元'), texts.card!.text);
      assert.equal(texts.bars!.bars, 3);
      assert.ok(texts.bars!.text.includes('外貿進出口總額'), texts.bars!.text);
    });

    it('the installed IIFE bundle in a classic script tag renders the indicator and host numbers', async () => {
      const { texts, errors } = await open('iife.html');
      assert.deepEqual(errors, []);
      assert.ok(texts.card!.text.includes('超20万亿元'), texts.card!.text);
      assert.match(texts.progress!.text, /84\s?%/);
    });

    it('the installed ES module bundle without data renders host numbers, and an indicator id shows the placeholder', async () => {
      const { formatValue } = (await import(
        pathToFileURL(installed('@pearl-charts/components', 'dist/format.js')).href
      )) as typeof import('../../packages/components/src/format.js');
      const { texts, errors, warnings } = await open('nodata.html');
      assert.deepEqual(errors, []);
      const expected = formatValue(165_800_000_000, { unit: 'cny', locale: 'en' });
      assert.ok(texts.card!.text.includes(expected), `${texts.card!.text} has ${expected}`);
      assert.ok(!texts.missing!.text.includes('20 trillion'));
      // The reader sees the quiet line; the console names the id.
      assert.equal(texts.missing!.text.trim(), 'Chart unavailable');
      assert.ok(
        warnings.some((w) => w.includes('gd-industrial-output-2024')),
        warnings.join('\n'),
      );
    });

    it("the 0.1.0 README's script-tag and iframe snippets, pasted as they were, still render", async () => {
      const { formatIndicator, formatValue } = await installedFormat();
      const output = await installedRecord('gd-industrial-output-2024');
      // The snippets point at the CDN; here the installed package answers at that path.
      const cdn = 'https://cdn.jsdelivr.net/npm/@pearl-charts/components@0.1.0/';
      const parts = (await readFile(join(project, 'old-embed.html'), 'utf8')).split(
        /<!-- snippet: (\w+) -->\n/,
      );
      assert.equal(parts.length, 7, 'three snippets');
      for (let i = 1; i < parts.length; i += 2) {
        assert.ok(parts[i + 1]!.includes(cdn), `${parts[i]} loads from the CDN`);
        const body = parts[i + 1]!.replaceAll(cdn, '/node_modules/@pearl-charts/components/');
        server!.page(`/old-${parts[i]}.html`, `<!doctype html>\n${body}`);
      }
      const visit = async (path: string, inFrame = false) => {
        const tab = await browser!.newPage();
        const errors = recordErrors(tab);
        await tab.goto(`${server!.origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
        let where: Page = tab;
        if (inFrame) {
          await tab.waitForFrame((f) => f.url().includes('/dist/embed/embed.html'), {
            timeout: 20_000,
          });
          where = tab.frames().find((f) => f.url().includes('embed.html')) as unknown as Page;
        }
        const texts = await pearlTexts(where);
        await tab.close();
        return { texts, errors };
      };

      const data = await visit('/old-data.html');
      assert.deepEqual(data.errors, []);
      assert.equal(data.texts.length, 1);
      assert.ok(
        data.texts[0]!.text.includes(formatIndicator(output, 'zh-Hant')),
        data.texts[0]!.text,
      );

      const nodata = await visit('/old-nodata.html');
      assert.deepEqual(nodata.errors, []);
      const [card, progress, bars] = nodata.texts;
      const host = formatValue(165_800_000_000, { unit: 'cny', locale: 'zh-Hans' });
      assert.ok(card!.text.includes(host), `${card!.text} has ${host}`);
      assert.match(progress!.text, /84\s?%/);
      assert.equal(bars!.bars, 2, 'the items attribute, JSON in single quotes, gives two bars');
      assert.ok(bars!.text.includes('占规上工业增加值比重'), bars!.text);

      const iframe = await visit('/old-iframe.html', true);
      assert.deepEqual(iframe.errors, []);
      assert.ok(
        iframe.texts[0]!.text.includes(formatIndicator(output, 'zh-Hans')),
        iframe.texts[0]!.text,
      );
    });
  });
  describe('framework sites: the element types in each checker', () => {
    it('React 19: tsc passes the site and reports exactly the marked lines (value="abc", valeu, theme="blue", animate…)', async () => {
      const r = await typeCheck(SITES.react, sites.react, [
        'main.tsx',
        'figures.tsx',
        'errors.tsx',
      ]);
      assert.ok(r.marked.length >= 5, r.marked.join(' '));
      assert.deepEqual(r.reported, r.marked, r.output);
    });

    it('Vue 3: vue-tsc passes the SFC and reports exactly the marked template lines of Errors.vue', async () => {
      const r = await typeCheck(SITES.vue, sites.vue, ['App.vue', 'Errors.vue']);
      assert.ok(r.marked.length >= 4, r.marked.join(' '));
      assert.deepEqual(r.reported, r.marked, r.output);
    });

    it('Svelte 5: svelte-check passes Good.svelte and reports exactly the marked lines of Bad.svelte', async () => {
      const r = await typeCheck(SITES.svelte, sites.svelte, ['Good.svelte', 'Bad.svelte']);
      assert.ok(r.marked.length >= 4, r.marked.join(' '));
      assert.deepEqual(r.reported, r.marked, r.output);
    });
  });

  describe('framework sites in Chromium: built by Vite from the installed tarballs', () => {
    let sitesServer: Served | undefined;

    before(async () => {
      const isCustomElement = (tag: string) => tag.startsWith('pearl-');
      // The README's Vue config; React's JSX needs no plugin to build (Vite compiles .tsx itself).
      const builds: ['react' | 'vue', PluginOption[]][] = [
        ['react', []],
        ['vue', [vue({ template: { compilerOptions: { isCustomElement } } })]],
      ];
      for (const [name, plugins] of builds)
        await build({
          root: sites[name],
          configFile: false,
          logLevel: 'silent',
          base: './',
          plugins,
          build: { outDir: join(sites[name], 'dist'), emptyOutDir: true, minify: false },
        });
      sitesServer = await serve(dir);
      browser ??= await launchChromium();
    });

    after(async () => {
      await sitesServer?.close();
    });

    /** Opens a built site; checks what every framework site must do, and returns the page. */
    const checkSite = async (name: 'react' | 'vue', locale: 'zh-Hans' | 'zh-Hant') => {
      const { formatIndicator, formatValue } = await installedFormat();
      const output = await installedRecord('gd-industrial-output-2024');
      const tab = await browser!.newPage();
      const errors = recordErrors(tab);
      // The broken card's warning is the only one: no "[Vue warn]: Failed to resolve component".
      const warnings: string[] = [];
      tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      await tab.goto(`${sitesServer!.origin}/${name}/dist/index.html`, {
        waitUntil: 'load',
        timeout: 30_000,
      });
      const [card, bars, host, broken] = await pearlTexts(tab);
      assert.ok(card!.text.includes(formatIndicator(output, locale)), card!.text);
      assert.equal(bars!.bars, 2);
      assert.ok(bars!.text.includes('先进制造业'), bars!.text);
      const figure = formatValue(165_800_000_000, { unit: 'cny', locale: 'en' });
      assert.ok(host!.text.includes(figure), `${host!.text} shows ${figure}`);
      assert.equal(broken!.text, 'Chart unavailable');

      const state = await tab.evaluate(() => {
        const el = document.getElementById('host') as HTMLElement & Record<string, unknown>;
        return {
          value: el.value,
          valueAttribute: el.getAttribute('value'),
          animated: el.animated,
          animateIsMethod: typeof el.animate === 'function',
        };
      });
      assert.deepEqual(state, {
        value: 165_800_000_000,
        valueAttribute: null,
        animated: false,
        animateIsMethod: true,
      });

      // pearl-error reached the framework's binding on the broken card.
      await tab.waitForFunction(() => document.getElementById('error')!.textContent !== '', {
        timeout: 10_000,
      });
      assert.equal(await tab.$eval('#error', (el) => el.textContent), 'unknown-indicator');
      // A click on the first bar (descending: 先进制造业 57.1) reaches it as pearl-sector-select.
      assert.equal(await tab.$eval('#selected', (el) => el.textContent), '');
      await tab.evaluate(() =>
        document
          .querySelector('pearl-sector-comparison')!
          .shadowRoot!.querySelector<HTMLElement>('[part~="row"]')!
          .click(),
      );
      await tab.waitForFunction(() => document.getElementById('selected')!.textContent !== '', {
        timeout: 10_000,
      });
      assert.equal(await tab.$eval('#selected', (el) => el.textContent), '先进制造业');
      assert.deepEqual(errors, []);
      assert.deepEqual(
        warnings.filter((w) => !w.includes('gd-no-such-figure')),
        [],
      );
      await tab.close();
    };

    it('React 19 (.tsx, JSX types): the numbers render; onpearl-sector-select and onpearl-error reach React state', async () => {
      await checkSite('react', 'zh-Hans');
    });

    it('Vue 3 (SFC, isCustomElement): the numbers render; @pearl-sector-select and @pearl-error reach the component', async () => {
      // isCustomElement compiles the tags to plain elements; without it Vue looks each up as a
      // component first (and a production build says nothing when none is found).
      const assets = join(sites.vue, 'dist/assets');
      const code = (
        await Promise.all((await readdir(assets)).map((f) => readFile(join(assets, f), 'utf8')))
      ).join('\n');
      assert.match(code, /["']pearl-sector-comparison["']/);
      assert.doesNotMatch(code, /resolveComponent\(\s*["']pearl-/);
      await checkSite('vue', 'zh-Hant');
    });
  });
});
