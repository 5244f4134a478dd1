// The script-tag bundles (dist/bundle/, built by `npm run build`) on blank pages in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { collect, COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

let server: Served;
let browser: Browser;

before(async () => {
  server = await serve(COMPONENTS_DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const CARD = (lang: string) =>
  `<pearl-metric-card indicator="gd-industrial-output-2024" lang="${lang}"></pearl-metric-card>`;

/** Loads `body` with `head` and waits until every pearl element on it has rendered. */
async function open(path: string, body: string, head: string) {
  const page = await browser.newPage();
  const log = collect(page);
  server.page(path, html(body, head));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('pearl-'))
      .every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part]')),
  );
  return { page, log };
}

/** The visible figure of each metric card: bound, number and unit as shown. */
const figures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('pearl-metric-card')].map((el) =>
      el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ''),
    ),
  );

describe('script-tag bundles on a blank page', () => {
  it('the ES module bundle registers the elements and shows 超20萬億元 (zh-Hant) and over 20 trillion yuan (en)', async () => {
    const { page, log } = await open(
      '/esm.html',
      CARD('zh-Hant') + CARD('en'),
      '<script type="module" src="/bundle/pearl-charts.js"></script>',
    );
    assert.deepEqual(await figures(page), ['超20萬億元', 'over20trillionyuan']);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the classic-script (IIFE) bundle registers itself and exposes window.PearlCharts', async () => {
    const { page, log } = await open(
      '/iife.html',
      CARD('zh-Hant') + CARD('en'),
      '<script src="/bundle/pearl-charts.iife.js"></script>',
    );
    assert.deepEqual(await figures(page), ['超20萬億元', 'over20trillionyuan']);
    const api = await page.evaluate(() => {
      const g = (globalThis as unknown as { PearlCharts?: Record<string, unknown> }).PearlCharts;
      return g ? typeof g.PearlMetricCard : 'missing';
    });
    assert.equal(api, 'function');
    // A host site registers its own units through the same global (issue 14).
    const euros = await page.evaluate(async () => {
      const g = (
        globalThis as unknown as { PearlCharts: Record<string, (...args: unknown[]) => unknown> }
      ).PearlCharts;
      g.registerUnit!('eur', {
        kind: 'money',
        labels: { 'zh-Hans': '欧元', 'zh-Hant': '歐元', en: 'euros' },
        prefix: '€',
      });
      const card = document.createElement('pearl-metric-card');
      Object.assign(card, { value: 1.5e6, unit: 'eur' });
      card.setAttribute('lang', 'zh-Hans');
      document.body.append(card);
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return card.shadowRoot!.querySelector('[part~="value"]')!.textContent;
    });
    assert.equal(euros, '150万欧元');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the bundles without data render host numbers, and say that an id needs the data', async () => {
    for (const script of [
      '<script type="module" src="/bundle/pearl-charts.nodata.js"></script>',
      '<script src="/bundle/pearl-charts.nodata.iife.js"></script>',
    ]) {
      const { page, log } = await open(
        `/nodata-${script.includes('iife') ? 'iife' : 'esm'}.html`,
        '<pearl-metric-card value="73900" unit="enterprises" label="Firms" lang="en"></pearl-metric-card>' +
          CARD('en'),
        script,
      );
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('pearl-metric-card')].map((el) =>
          el.shadowRoot!.textContent!.replace(/\s+/g, ' '),
        ),
      );
      assert.match(texts[0]!, /73,900 ?enterprises/);
      // The reader gets the quiet placeholder; the console names the id, once.
      assert.equal(texts[1]!.trim(), 'Chart unavailable');
      const named = log.warnings.filter((w) => w.includes('gd-industrial-output-2024'));
      assert.equal(named.length, 1, log.warnings.join('\n'));
      assert.match(named[0]!, /no-catalog/);
      assert.deepEqual(log.errors, []);
      await page.close();
    }
  });

  it('two copies on one page (ESM twice, IIFE twice, then both kinds) work: the second warns, nothing throws', async () => {
    const pages = {
      '/two-esm.html':
        '<script type="module" src="/bundle/pearl-charts.js"></script><script type="module" src="/bundle/pearl-charts.js?copy=2"></script>',
      '/two-iife.html':
        '<script src="/bundle/pearl-charts.iife.js"></script><script src="/bundle/pearl-charts.iife.js?copy=2"></script>',
      '/esm-and-iife.html':
        '<script src="/bundle/pearl-charts.iife.js"></script><script type="module" src="/bundle/pearl-charts.nodata.js"></script>',
    };
    for (const [path, head] of Object.entries(pages)) {
      const { page, log } = await open(path, CARD('zh-Hant'), head);
      // The second copy's module must have run (and warned) before we judge it.
      await page.waitForFunction(() => performance.getEntriesByType('resource').length >= 2);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      assert.deepEqual(await figures(page), ['超20萬億元'], path);
      assert.deepEqual(log.errors, [], path);
      assert.ok(
        log.warnings.some((w) => /<pearl-metric-card> is already defined by another copy/.test(w)),
        `${path}: ${JSON.stringify(log.warnings)}`,
      );
      await page.close();
    }
  });

  it('a bundle without data and then one with data, in every order and format: ids resolve, one catalogue per page', async () => {
    const script = (file: string) =>
      file.endsWith('.iife.js')
        ? `<script src="/bundle/${file}"></script>`
        : `<script type="module" src="/bundle/${file}"></script>`;
    const noData = ['pearl-charts.nodata.iife.js', 'pearl-charts.nodata.js'];
    const withData = ['pearl-charts.iife.js', 'pearl-charts.js'];
    let n = 0;
    for (const a of noData)
      for (const b of withData)
        for (const [first, second] of [
          [a, b],
          [b, a],
        ]) {
          const path = `/order-${n++}.html`;
          const { page, log } = await open(path, CARD('zh-Hant'), script(first!) + script(second!));
          // Whichever copy defined the element, the catalogue the other registered reaches it.
          await page.waitForFunction(
            () =>
              !!document
                .querySelector('pearl-metric-card')
                ?.shadowRoot?.querySelector('[part~="value"]'),
            { timeout: 5000 },
          );
          assert.deepEqual(await figures(page), ['超20萬億元'], `${first} then ${second}`);
          assert.deepEqual(log.errors, [], path);
          await page.close();
        }
  });

  it('a page holding another version warns once and still shares its catalogue', async () => {
    // What an older copy left on the page: its registry, under the shared key.
    const older =
      "<script>globalThis[Symbol.for('pearl-charts.registry')] = { version: '0.0.9', catalog: null," +
      ' views: new Map(), listeners: new Set(), warned: new Set() };</script>';
    const { page, log } = await open(
      '/other-version.html',
      CARD('en'),
      older + '<script src="/bundle/pearl-charts.iife.js"></script>',
    );
    assert.deepEqual(await figures(page), ['over20trillionyuan']);
    const warnings = log.warnings.filter((w) => /already has 0\.0\.9/.test(w));
    assert.equal(warnings.length, 1, JSON.stringify(log.warnings));
    assert.ok(
      await page.evaluate(
        () =>
          (globalThis as unknown as Record<symbol, { catalog: unknown }>)[
            Symbol.for('pearl-charts.registry')
          ]!.catalog !== null,
      ),
    );
    await page.close();
  });

  it('before the script runs, tokens.css reserves a height; once drawn, no element keeps a min-height', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    const body =
      '<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>' +
      '<pearl-target-progress value="5" target="10" unit="percent"></pearl-target-progress>' +
      '<pearl-sector-comparison items=\'[{"label":"A","value":1},{"label":"B","value":2}]\' unit="percent"></pearl-sector-comparison>';
    server.page('/reserved.html', html(body, '<link rel="stylesheet" href="/tokens.css">'));
    await page.goto(`${server.origin}/reserved.html`);
    const tags = ['pearl-metric-card', 'pearl-target-progress', 'pearl-sector-comparison'];
    const before = await page.evaluate(
      (tags) => tags.map((t) => document.querySelector(t)!.getBoundingClientRect().height),
      tags,
    );
    // 11.75rem, 10.5rem and 12rem at 16px, from 480px of viewport up (tokens.css).
    assert.deepEqual(before, [188, 168, 192]);
    await page.addScriptTag({ url: '/bundle/pearl-charts.js', type: 'module' });
    await page.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)!.shadowRoot?.querySelector('[part]')),
      {},
      tags,
    );
    const reserved = await page.evaluate(
      (tags) => tags.map((t) => getComputedStyle(document.querySelector(t)!).minHeight),
      tags,
    );
    assert.deepEqual(reserved, ['0px', '0px', '0px']);
    await page.close();
  });

  it('under a strict CSP (no unsafe-inline, Trusted Types required) renders with no violation and positioned bars', async () => {
    const page = await browser.newPage();
    const log = collect(page);
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.sample}`),
      );
    });
    const body =
      '<pearl-target-progress value="5" target="10" unit="enterprises" label="Firms"></pearl-target-progress>' +
      '<pearl-sector-comparison items=\'[{"label":"A","value":1},{"label":"B","value":4}]\' unit="percent"></pearl-sector-comparison>' +
      CARD('zh-Hant');
    const csp =
      "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
      "require-trusted-types-for 'script'; trusted-types lit-html";
    server.page(
      '/strict.html',
      html(body, '<script type="module" src="/bundle/pearl-charts.js"></script>'),
      { 'content-security-policy': csp },
    );
    await page.goto(`${server.origin}/strict.html`);
    await page.waitForFunction(() =>
      ['pearl-target-progress', 'pearl-sector-comparison', 'pearl-metric-card'].every((t) =>
        document.querySelector(t)?.shadowRoot?.querySelector('[part]'),
      ),
    );
    const geometry = await page.evaluate(() => {
      const tp = document.querySelector('pearl-target-progress')!.shadowRoot!;
      const sc = document.querySelector('pearl-sector-comparison')!.shadowRoot!;
      const track = tp.querySelector('[part~="track"]')!.getBoundingClientRect().width;
      const fill = tp.querySelector('[part~="fill"]')!.getBoundingClientRect().width;
      const bars = [...sc.querySelectorAll('[part~="bar"]')].map(
        (b) => b.getBoundingClientRect().width,
      );
      return { ratio: fill / track, bars };
    });
    assert.ok(Math.abs(geometry.ratio - 0.5) < 0.02, `fill is half the track: ${geometry.ratio}`);
    assert.ok(Math.abs(geometry.bars[0]! * 4 - geometry.bars[1]!) < 2, JSON.stringify(geometry));
    assert.deepEqual(await figures(page), ['超20萬億元']);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      [],
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
