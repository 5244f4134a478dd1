// The iframe embed (dist/embed/embed.html) in a host page with pearl-embed-host.js, cross-origin:
// the host and the embeds are served from two ports of 127.0.0.1. Two ports are two origins (so the
// host script's origin checks are exercised) but one site, so Chromium keeps the iframes in the
// page's process: with localhost as the embeds' host they were out-of-process frames, and now and
// then puppeteer lost one, leaving every evaluation in it hanging until the 30 s timeout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { collect, COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

let server: Served;
/** Serves the embeds, on another port: another origin. */
let embedServer: Served;
let browser: Browser;
let page: Page;
let log: ReturnType<typeof collect>;

const FALLBACK = 300;

before(async () => {
  server = await serve(COMPONENTS_DIST);
  embedServer = await serve(COMPONENTS_DIST);
  browser = await launch();
  const embed = (query: string) => `${embedServer.origin}/embed/embed.html?${query}`;
  const frames = [
    [
      'card',
      'Guangdong industrial output',
      embed(
        'component=metric-card&indicator=gd-industrial-output-2024&locale=zh-Hant&theme=dark&frame=card',
      ),
    ],
    [
      'bars',
      'Output by sector',
      embed(
        `component=sector-comparison&unit=percent&label=Growth&locale=en&frame=bars&items=${encodeURIComponent(
          JSON.stringify([
            { label: 'Electronics', value: 9 },
            { label: 'Cars', value: 4 },
            { label: 'Machinery', value: 6 },
          ]),
        )}`,
      ),
    ],
    // Its id does not match the page's `frame` parameter: the host must ignore its messages.
    [
      'other',
      'Mismatched id',
      embed('component=metric-card&indicator=gd-industrial-output-2024&frame=card'),
    ],
  ];
  const body = frames
    .map(
      ([id, title, src]) =>
        `<iframe data-pearl-embed="${id}" title="${title}" src="${src}" height="${FALLBACK}"></iframe>`,
    )
    .join('\n');
  server.page(
    '/host.html',
    html(
      body,
      '<link rel="stylesheet" href="/host.css"><script src="/embed/pearl-embed-host.js" defer></script>',
    ),
  );
  page = await browser.newPage();
  log = collect(page);
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { posted: unknown[] };
    w.posted = [];
    // Which iframe sent it, too: the mismatched frame posts `frame=card` as well, with its own height.
    addEventListener('message', (e) => {
      const from = [...document.querySelectorAll('iframe')].find(
        (f) => f.contentWindow === e.source,
      );
      w.posted.push({ origin: e.origin, data: e.data, iframe: from?.dataset.pearlEmbed });
    });
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await embedServer?.close();
});

/** The frame of the iframe with this data-pearl-embed id (the mismatched one also says frame=card). */
async function frameOf(id: string): Promise<Frame> {
  const frame = await (await page.$(`iframe[data-pearl-embed="${id}"]`))?.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}

interface Posted {
  origin: string;
  iframe?: string;
  data: { type?: string; sentinel?: string; frame?: string; height?: number };
}

async function lastPosted(type: 'ours' | 'amp', id: string): Promise<Posted | undefined> {
  const all = (await page.evaluate(
    () => (window as unknown as { posted: unknown[] }).posted,
  )) as Posted[];
  const frameOrigin = embedServer.origin;
  return all
    .filter((p) => p.origin === frameOrigin)
    .filter((p) =>
      type === 'ours'
        ? p.data.type === 'pearl-charts:resize' && p.data.frame === id && p.iframe === id
        : p.data.sentinel === 'amp' && p.data.type === 'embed-size',
    )
    .at(-1);
}

/** The last posted height, the iframe's height on the host and its document's heights. */
async function measure(id: string) {
  const posted = (await lastPosted('ours', id))?.data.height ?? -1;
  const frameHeight = await page.evaluate(
    (id: string) =>
      document.querySelector(`iframe[data-pearl-embed="${id}"]`)!.getBoundingClientRect().height,
    id,
  );
  const [scrollHeight, clientHeight] = await (
    await frameOf(id)
  ).evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
  return { posted, frameHeight, scrollHeight, clientHeight };
}

/**
 * Polls until a width change has worked through (the same measurements twice in a row, 100 ms
 * apart), then returns them; a host that never resizes times out with its last numbers.
 */
async function settled(id: string) {
  await (
    await frameOf(id)
  ).waitForFunction(
    () => document.querySelector('#pearl-embed > *')?.shadowRoot?.querySelector('[part]') != null,
  );
  let last = '';
  for (let i = 0; i < 100; i++) {
    const m = await measure(id);
    const key = JSON.stringify(m);
    if (key === last && m.posted === m.frameHeight && m.posted === m.scrollHeight) return m;
    last = key;
    await new Promise((r) => setTimeout(r, 100));
  }
  return measure(id);
}

describe('iframe embed with the host resize script', () => {
  const heights: Record<string, number[]> = { card: [], bars: [] };

  for (const width of [320, 600, 1000]) {
    it(`fits each iframe to its content at ${width}px`, async () => {
      server.page('/host.css', '');
      await page.setViewport({ width, height: 900 });
      if (page.url() === 'about:blank') {
        await page.goto(`${server.origin}/host.html`);
      }
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent =
          'body{margin:0} iframe{display:block;width:100%;border:0;margin:0 0 16px}';
        document.head.append(style);
      });
      for (const id of ['card', 'bars'] as const) {
        const r = await settled(id);
        assert.equal(r.frameHeight, r.posted, `${id}: iframe resized to the posted height`);
        assert.equal(r.scrollHeight, r.posted, `${id}: posted height is the document's`);
        assert.equal(r.clientHeight, r.posted, `${id}: nothing left to scroll`);
        const amp = await lastPosted('amp', id);
        assert.ok(amp, 'AMP embed-size message posted too');
        heights[id]!.push(r.posted);
      }
    });
  }

  it('heights follow the width: under 420px the comparison puts labels above bars and grows', () => {
    const bars = heights.bars!;
    assert.equal(bars.length, 3);
    assert.ok(bars[0]! > bars[2]!, JSON.stringify(heights));
  });

  it('renders the component from the query: zh-Hant figure, dark theme, bars', async () => {
    const card = await (
      await frameOf('card')
    ).evaluate(() => {
      const el = document.querySelector('pearl-metric-card')!;
      return {
        value: el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ''),
        theme: el.getAttribute('data-pearl-theme'),
      };
    });
    assert.deepEqual(card, { value: '超20萬億元', theme: 'dark' });
    const bars = await (
      await frameOf('bars')
    ).evaluate(
      () =>
        document
          .querySelector('pearl-sector-comparison')!
          .shadowRoot!.querySelectorAll('[part~="bar"]').length,
    );
    assert.equal(bars, 3);
  });

  it('an unknown component shows readers the quiet line in their script, the problem in the console', async () => {
    const tab = await browser.newPage();
    const warnings: string[] = [];
    tab.on('console', (m) => warnings.push(m.text()));
    const open = async (query: string) => {
      await tab.goto(`${embedServer.origin}/embed/embed.html?${query}`);
      return tab.evaluate(() => document.getElementById('pearl-embed')!.textContent!.trim());
    };
    assert.equal(await open('component=pie-chart&locale=zh-Hant'), '圖表暫不可用');
    assert.ok(
      warnings.some((w) => w.includes('Unknown component "pie-chart"')),
      warnings.join('\n'),
    );
    assert.match(await open('component=pie-chart&debug'), /Unknown component "pie-chart"/);
    await tab.close();
  });

  it('ignores messages from other windows and from an iframe whose id does not match', async () => {
    await page.evaluate(() =>
      window.postMessage({ type: 'pearl-charts:resize', frame: 'card', height: 17 }, '*'),
    );
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height),
    );
    assert.notEqual(heights[0], 17);
    // The mismatched frame posted its height, yet keeps the fallback `height` attribute.
    assert.ok((await lastPosted('ours', 'card')) !== undefined);
    assert.equal(heights[2], FALLBACK);
    assert.deepEqual(log.errors, []);
  });
});
