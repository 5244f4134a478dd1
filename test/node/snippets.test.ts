// The embed snippets on each component's Storybook docs page (.storybook/snippets/): the pure
// snippet builders, then a real `storybook build` (static HTML pre-rendered per story) and a real
// `storybook dev` (rendered live for any args), each driven in Chromium through the docs page.
// Needs `npm run build` first (the SSR entry and custom-elements.json).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { formatIndicator } from '../../packages/components/src/format.js';
import { getIndicator } from '../../packages/data/src/index.js';
import {
  argsToAttributes,
  cliCommand,
  iframeSnippet,
  scriptSnippet,
  snippetKey,
  type ManifestLike,
  type SnippetRequest,
} from '../../.storybook/snippets/snippet.js';
import { htmlText, launchChromium, run, serve, type Served } from '../packaging/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORYBOOK = join(ROOT, 'node_modules/storybook/dist/bin/dispatcher.js');
const manifest = JSON.parse(
  await readFile(join(ROOT, 'packages/components/custom-elements.json'), 'utf8'),
) as ManifestLike;

const robots = getIndicator('gd-industrial-robot-output-2024');
const gdp = getIndicator('gd-gdp-2024');
/** In no metric-card story, so the static build has no pre-rendered HTML for it. */
const software = getIndicator('gd-software-revenue-2024');

describe('snippet builders', () => {
  it('argsToAttributes() maps property-named args to attributes and drops what is not an attribute', () => {
    assert.deepEqual(
      argsToAttributes(
        'pearl-target-progress',
        {
          targetIndicator: 'gd-firms-upgraded-above-scale-2025',
          value: 73900,
          valuePeriod: '2024',
          animate: false,
          label: undefined,
          notAnAttribute: 'x',
        },
        manifest,
      ),
      {
        'target-indicator': 'gd-firms-upgraded-above-scale-2025',
        value: '73900',
        'value-period': '2024',
      },
    );
    assert.deepEqual(
      argsToAttributes('pearl-metric-card', { animate: true, 'delta-unit': 'pp' }, manifest),
      {
        animate: '',
        'delta-unit': 'pp',
      },
    );
  });

  it('scriptSnippet() loads the data bundle for an indicator id and the smaller one for host numbers', () => {
    const withId: SnippetRequest = {
      component: 'metric-card',
      attributes: { indicator: robots.id },
      locale: 'zh-Hant',
      theme: 'dark',
    };
    assert.equal(
      scriptSnippet(withId, '0.1.0'),
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@pearl-charts/components@0.1.0/dist/bundle/pearl-charts.js"></script>\n' +
        `<pearl-metric-card indicator="${robots.id}" lang="zh-Hant" theme="dark"></pearl-metric-card>`,
    );
    const host = {
      ...withId,
      attributes: { label: 'A "quoted" <label>', unit: 'cny', value: '1' },
    };
    assert.match(scriptSnippet(host, '0.1.0'), /pearl-charts\.nodata\.js/);
    assert.match(scriptSnippet(host, '0.1.0'), /label="A &quot;quoted&quot; &lt;label&gt;"/);
  });

  it('cliCommand() quotes values for a POSIX shell; iframeSnippet() encodes the query and escapes &', () => {
    const r: SnippetRequest = {
      component: 'sector-comparison',
      attributes: { heading: "Guangdong's share", indicators: 'a b', sort: 'descending' },
      locale: 'en',
      theme: 'light',
    };
    assert.equal(
      cliCommand(r),
      "npx pearl-charts render sector-comparison --heading 'Guangdong'\\''s share' --indicators 'a b' --sort descending --locale en --theme light",
    );
    const iframe = iframeSnippet(r, '0.1.0', 'Share');
    assert.match(
      iframe,
      /embed\.html\?component=sector-comparison&amp;heading=Guangdong%27s\+share&amp;indicators=a\+b/,
    );
    assert.match(iframe, /frame=pearl-sector-comparison"/);
    assert.match(iframe, /<script src="[^"]+\/dist\/embed\/pearl-embed-host\.js" async><\/script>/);
  });

  it('snippetKey() is stable and differs when any part of the request does', () => {
    const r: SnippetRequest = {
      component: 'metric-card',
      attributes: { indicator: gdp.id },
      locale: 'en',
      theme: 'light',
    };
    assert.match(snippetKey(r), /^[0-9a-f]{16}$/);
    assert.equal(snippetKey(r), snippetKey({ ...r, attributes: { ...r.attributes } }));
    const others = [
      { ...r, locale: 'zh-Hans' },
      { ...r, theme: 'dark' as const },
      { ...r, attributes: { indicator: robots.id } },
      { ...r, component: 'target-progress' },
    ];
    assert.equal(new Set([r, ...others].map(snippetKey)).size, 5);
  });
});

/** Opens a component's docs page and returns its snippet texts once the static one settled. */
async function snippets(page: Page, url: string, state: 'done' | 'missing') {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return readSnippets(page, state);
}
async function readSnippets(page: Page, state: 'done' | 'missing') {
  await page.waitForSelector(`[data-snippet="static"][data-state="${state}"]`, { timeout: 60_000 });
  // No helper functions inside evaluate: tsx's keepNames would reference a __name the page lacks.
  const [script, html, iframe] = await page.evaluate(() =>
    ['script', 'static', 'iframe'].map((name) =>
      [...document.querySelectorAll(`[data-snippet="${name}"] pre`)].map(
        (p) => p.textContent ?? '',
      ),
    ),
  );
  return { script: script!, static: html!, iframe: iframe! };
}

/** Changes the primary story's args as the Controls block does. */
async function updateArgs(page: Page, storyId: string, updatedArgs: Record<string, unknown>) {
  await page.evaluate(
    (id: string, args: Record<string, unknown>) => {
      const channel = (
        window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void } }
      ).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit('updateStoryArgs', { storyId: id, updatedArgs: args });
    },
    storyId,
    updatedArgs,
  );
}

describe('docs pages show the snippets for the current args', { timeout: 420_000 }, () => {
  let dir = '';
  let browser: Browser;
  let server: Served | undefined;
  let dev: ChildProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pearl-storybook-'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dev?.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM'); // the dev server's process group: it and its children
      } catch {
        // already gone
      }
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('storybook build pre-renders the static HTML of every component story with the SSR API', async () => {
    await run(process.execPath, [STORYBOOK, 'build', '-o', join(dir, 'static'), '--quiet'], {
      cwd: ROOT,
      timeout: 240_000,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
    });
    const files = await readdir(join(dir, 'static/pearl-snippets'));
    assert.ok(files.length >= 50, `${files.length} pre-rendered snippets`);
    for (const f of files) {
      const body = JSON.parse(await readFile(join(dir, 'static/pearl-snippets', f), 'utf8')) as {
        request: SnippetRequest;
        html?: string;
        failure?: string;
      };
      assert.equal(`${snippetKey(body.request)}.json`, f, 'stored under the key the docs look up');
      assert.equal(body.failure, undefined, `${f}: ${body.failure}`);
      assert.match(body.html ?? '', /<template shadowroot(mode)?="open"/);
    }
    server = await serve(join(dir, 'static'));
  });

  it('static build: the metric card docs show all three snippets for the Default story, with the SSR HTML', async () => {
    const page = await browser.newPage();
    const s = await snippets(
      page,
      `${server!.origin}/iframe.html?id=components-metric-card--docs&viewMode=docs`,
      'done',
    );
    const element = `<pearl-metric-card indicator="${robots.id}" lang="zh-Hans" theme="light"></pearl-metric-card>`;
    assert.ok(s.script[0]!.includes(element), s.script[0]);
    assert.equal(
      s.static[0],
      `npx pearl-charts render metric-card --indicator ${robots.id} --locale zh-Hans --theme light`,
    );
    assert.match(
      s.static[1]!,
      /^<pearl-metric-card indicator="gd-industrial-robot-output-2024"[^>]*><template/,
    );
    assert.ok(htmlText(s.static[1]!).includes('24.68万'), htmlText(s.static[1]!));
    assert.match(
      s.iframe[0]!,
      /embed\.html\?component=metric-card&amp;indicator=gd-industrial-robot-output-2024&amp;locale=zh-Hans&amp;theme=light/,
    );
    assert.match(s.iframe[0]!, new RegExp(`title="${robots.labels['zh-Hans']}"`));

    // New args: the script and iframe snippets follow; the static build has no HTML for them.
    await updateArgs(page, 'components-metric-card--default', { indicator: software.id });
    const changed = await readSnippets(page, 'missing');
    assert.ok(changed.script[0]!.includes(`indicator="${software.id}"`), changed.script[0]);
    assert.ok(changed.iframe[0]!.includes(`indicator=${software.id}`));
    assert.equal(
      changed.static[0],
      `npx pearl-charts render metric-card --indicator ${software.id} --locale zh-Hans --theme light`,
    );
    // Args of another story (BoundOver: gd-gdp-2024) find that story's pre-rendered HTML.
    await updateArgs(page, 'components-metric-card--default', { indicator: gdp.id });
    const other = await readSnippets(page, 'done');
    assert.ok(htmlText(other.static[1]!).includes(formatIndicator(gdp, 'zh-Hans')));
    await page.close();
  });

  it('static build: sector comparison and target progress docs show their own elements', async () => {
    const page = await browser.newPage();
    for (const [id, tag] of [
      ['components-sector-comparison--docs', 'pearl-sector-comparison'],
      ['components-target-progress--docs', 'pearl-target-progress'],
    ]) {
      const s = await snippets(
        page,
        `${server!.origin}/iframe.html?id=${id}&viewMode=docs`,
        'done',
      );
      assert.ok(s.script[0]!.includes(`<${tag} `), s.script[0]);
      assert.ok(s.static[1]!.startsWith(`<${tag} `));
    }
    await page.close();
  });

  it('storybook dev: the static HTML is rendered live for changed args and language', async () => {
    const port = 6300 + Math.floor(Math.random() * 500);
    dev = spawn(
      process.execPath,
      [STORYBOOK, 'dev', '-p', String(port), '--ci', '--no-open', '--host', '127.0.0.1'],
      {
        cwd: ROOT,
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
      },
    );
    const origin = `http://127.0.0.1:${port}`;
    let up = false;
    for (let i = 0; i < 120 && !up; i++) {
      up = await fetch(`${origin}/index.json`).then(
        (r) => r.ok,
        () => false,
      );
      if (!up) await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(up, 'storybook dev answered');
    const page = await browser.newPage();
    await snippets(
      page,
      `${origin}/iframe.html?id=components-metric-card--docs&viewMode=docs`,
      'done',
    );
    const rendered = (test: string) =>
      page.waitForFunction(
        (t: string) =>
          [...document.querySelectorAll('[data-snippet="static"][data-state="done"] pre')].some(
            (p) => p.textContent?.startsWith('<pearl-') && p.textContent.includes(t),
          ),
        { timeout: 60_000 },
        test,
      );
    await updateArgs(page, 'components-metric-card--default', { indicator: gdp.id });
    await rendered(`indicator="${gdp.id}"`);
    let s = await readSnippets(page, 'done');
    assert.ok(
      htmlText(s.static[1]!).includes(formatIndicator(gdp, 'zh-Hans')),
      htmlText(s.static[1]!),
    );

    // The toolbar's language: the snippets switch to English.
    await page.evaluate(() => {
      const channel = (
        window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void } }
      ).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit('updateGlobals', { globals: { locale: 'en' } });
    });
    await rendered('lang="en"');
    s = await readSnippets(page, 'done');
    assert.ok(htmlText(s.static[1]!).includes(formatIndicator(gdp, 'en')), htmlText(s.static[1]!));
    assert.ok(s.script[0]!.includes(`indicator="${gdp.id}" lang="en"`), s.script[0]);
    await page.close();
  });
});
