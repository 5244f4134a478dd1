// The script-tag loader (dist/loader/, built by `npm run build`): only the chunks and the data files
// a page needs, in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { renderStatic } from '@pearl-charts/components/ssr';
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

const LOADER = '<script type="module" src="/loader/pearl-charts.js"></script>';
const BUNDLE = '<script type="module" src="/bundle/pearl-charts.js"></script>';
const CARD = (lang: string, id = 'gd-industrial-output-2024') =>
  `<pearl-metric-card indicator="${id}" lang="${lang}"></pearl-metric-card>`;

/** Every pearl element on the page has drawn something. */
const drawn = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('pearl-'))
        .every((el) => el.shadowRoot?.querySelector('[part]')),
    { timeout: 10_000 },
  );

/** Opens `body` with `head` and records every URL the page requests (paths only). */
async function open(path: string, body: string, head = LOADER, headers?: Record<string, string>) {
  const page = await browser.newPage();
  const log = collect(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  server.page(path, html(body, head), headers);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await drawn(page);
  return { page, log, requested };
}

const figures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('pearl-metric-card')].map(
      (el) =>
        el.shadowRoot!.querySelector('[part~="value"]')?.textContent!.replace(/\s+/g, '') ??
        el.shadowRoot!.textContent!.trim(),
    ),
  );

/** The data files a page fetched, relative to the data folder (`i/<id>.json`, `all.json`…). */
const dataFiles = (requested: string[]) =>
  requested
    .map((p) => /^\/loader\/data\/\w+\/(.+)$/.exec(p)?.[1])
    .filter((p): p is string => p !== undefined);
/** The elements whose chunks a page fetched (an element has two: its define entry and its code). */
const elementChunks = (requested: string[]) => [
  ...new Set(
    requested
      .map(
        (p) =>
          /\/loader\/chunks\/((?:metric-card|target-progress|sector-comparison))-[\w-]+\.js$/.exec(
            p,
          )?.[1],
      )
      .filter(Boolean),
  ),
];

describe('script-tag loader', () => {
  it('the loader imports nothing up front, and no chunk imports it (a loader served as ?v=2 would run twice)', () => {
    const staticImport = /\bimport\s*(?:[\w$*{][^;]*?from\s*)?["'][^"']+["']/;
    const loader = readFileSync(join(COMPONENTS_DIST, 'loader/pearl-charts.js'), 'utf8');
    assert.doesNotMatch(loader, staticImport);
    assert.match(loader, /import\(/); // its chunks, on demand
    const dir = join(COMPONENTS_DIST, 'loader/chunks');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'));
    assert.ok(chunks.length > 6, chunks.join(' '));
    for (const f of chunks)
      assert.doesNotMatch(readFileSync(join(dir, f), 'utf8'), /["']\.\.\/pearl-charts\.js["']/, f);
  });

  it('a card by id loads the metric-card chunk and its one data file, and reads alike in every script', async () => {
    const { page, log, requested } = await open(
      '/one-card.html',
      CARD('zh-Hans') + CARD('zh-Hant') + CARD('en'),
    );
    assert.deepEqual(await figures(page), ['超20万亿元', '超20萬億元', 'over20trillionyuan']);
    assert.deepEqual(elementChunks(requested), ['metric-card']);
    // Three cards of one id: one file, with no index before it.
    assert.deepEqual(dataFiles(requested), ['i/gd-industrial-output-2024.json']);
    // Only the card's adapter, and no bundle.
    assert.ok(
      !requested.some((p) => /target-progress|sector-comparison|\/bundle\//.test(p)),
      requested.join('\n'),
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []); // never a "no catalogue" before the data arrives
    await page.close();
  });

  it('a page of host numbers fetches no data', async () => {
    const { page, log, requested } = await open(
      '/host.html',
      '<pearl-metric-card value="73900" unit="enterprises" label="Firms" lang="en"></pearl-metric-card>',
    );
    assert.match(
      await page.evaluate(
        () => document.querySelector('pearl-metric-card')!.shadowRoot!.textContent!,
      ),
      /73,900/,
    );
    assert.deepEqual(dataFiles(requested), []);
    assert.ok(
      !requested.some((p) => p.includes('/data/') || /\.catalog-|\/register-/.test(p)),
      requested.join('\n'),
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('elements added later are loaded, with the data they name', async () => {
    const { page, log, requested } = await open('/later.html', CARD('en'));
    await page.evaluate(() => {
      const more = document.createElement('div');
      more.innerHTML =
        '<pearl-metric-card indicator="gd-industrial-robot-output-2024" lang="zh-Hans"></pearl-metric-card>' +
        '<pearl-target-progress value="5" target="10" unit="enterprises" label="Firms" lang="en"></pearl-target-progress>';
      document.body.append(more);
    });
    await drawn(page);
    assert.deepEqual(await figures(page), ['over20trillionyuan', '24.68万台(套)']);
    assert.deepEqual(elementChunks(requested).sort(), ['metric-card', 'target-progress']);
    assert.deepEqual(dataFiles(requested), [
      'i/gd-industrial-output-2024.json',
      'i/gd-industrial-robot-output-2024.json',
    ]);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('an unknown id shows the error state and suggests the closest id from any article', async () => {
    const { page, log, requested } = await open(
      '/unknown.html',
      '<pearl-metric-card indicator="gd-ai-core-industry-size-2024" lang="en" debug></pearl-metric-card>',
    );
    const text = await page.evaluate(() =>
      document.querySelector('pearl-metric-card')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
    );
    assert.match(text, /Did you mean "gd-ai-core-industry-size-2025"\?/);
    // No file for that id (a 404), so the list of every id, and no records.
    assert.deepEqual(dataFiles(requested), ['i/gd-ai-core-industry-size-2024.json', 'names.json']);
    const named = log.warnings.filter((w) => w.includes('gd-ai-core-industry-size-2024'));
    assert.equal(named.length, 1, log.warnings.join('\n'));
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('an id that cannot name a file, added later, still gets its suggestion', async () => {
    const { page, log, requested } = await open('/unknown-later.html', CARD('en'));
    await page.evaluate(() => {
      const more = document.createElement('div');
      more.innerHTML =
        '<pearl-metric-card indicator="gd-gdp-2024?" lang="en" debug></pearl-metric-card>';
      document.body.append(more);
    });
    await page.waitForFunction(() =>
      /Did you mean/.test(
        document.querySelectorAll('pearl-metric-card')[1]?.shadowRoot?.textContent ?? '',
      ),
    );
    const text = await page.evaluate(() =>
      document
        .querySelectorAll('pearl-metric-card')[1]!
        .shadowRoot!.textContent!.replace(/\s+/g, ' '),
    );
    assert.match(text, /Did you mean "gd-gdp-2024"\?/);
    assert.deepEqual(dataFiles(requested), ['i/gd-industrial-output-2024.json', 'names.json']);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('an old id shows its record; a page naming many ids fetches every record in one file', async () => {
    const old = await open(
      '/alias.html',
      CARD('en', 'gd-enterprise-tech-upgrade-digitalisation-2025'),
    );
    assert.deepEqual(dataFiles(old.requested), [
      'i/gd-enterprise-tech-upgrade-digitalisation-2025.json',
    ]);
    assert.match(
      await old.page.evaluate(
        () => document.querySelector('pearl-metric-card')!.shadowRoot!.textContent!,
      ),
      /10,000/,
    );
    await old.page.close();
    const ids = [
      'gd-industrial-output-2024',
      'gd-industrial-robot-output-2024',
      ...(
        await import('../../packages/data/dist/indicators.json', { with: { type: 'json' } })
      ).default.indicators
        .map((r: { id: string }) => r.id)
        .filter((id: string) => id.startsWith('gd-'))
        .slice(0, 18),
    ];
    const { page, log, requested } = await open(
      '/many.html',
      ids.map((id) => CARD('en', id)).join(''),
    );
    assert.deepEqual(dataFiles(requested), ['all.json']);
    assert.equal((await figures(page))[0], 'over20trillionyuan');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('hydrates server-rendered cards in place, once their data is registered', async () => {
    const card = await renderStatic('metric-card', {
      attributes: { indicator: 'gd-industrial-output-2024' },
      locale: 'en',
    });
    assert.equal(card.error, null);
    const page = await browser.newPage();
    const log = collect(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    server.page('/ssr.html', html(card.html));
    await page.goto(`${server.origin}/ssr.html`);
    // Marks the server's node: a hydrated card keeps it, a card drawn again would not.
    await page.evaluate(() => {
      const part = document.querySelector('pearl-metric-card')!.shadowRoot!.querySelector('[part]');
      (part as HTMLElement).dataset.mark = 'server';
    });
    await page.addScriptTag({ url: '/loader/pearl-charts.js', type: 'module' });
    await page.waitForFunction(() => {
      const el = document.querySelector('pearl-metric-card') as Element & { hasUpdated?: boolean };
      return el.matches(':defined') && el.hasUpdated;
    });
    assert.equal(
      await page.evaluate(
        () =>
          (
            document.querySelector('pearl-metric-card')!.shadowRoot!.querySelector('[part]') as
              HTMLElement | undefined
          )?.dataset.mark,
      ),
      'server',
    );
    assert.deepEqual(await figures(page), ['over20trillionyuan']);
    assert.ok(
      requested.some((p) => /lit-element-hydrate-support-/.test(p)),
      requested.join('\n'),
    );
    assert.deepEqual(dataFiles(requested), ['i/gd-industrial-output-2024.json']);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });

  it('the loader and the single-file bundle on one page, in either order: one catalogue, the right figures', async () => {
    for (const [name, head] of [
      ['loader-first', LOADER + BUNDLE],
      ['bundle-first', BUNDLE + LOADER],
    ] as const) {
      const { page, log } = await open(`/${name}.html`, CARD('zh-Hant'), head);
      // Both copies have run before we judge.
      await page.waitForFunction(
        () =>
          performance.getEntriesByType('resource').some((e) => e.name.includes('/bundle/')) &&
          performance.getEntriesByType('resource').some((e) => e.name.includes('/loader/')),
      );
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await figures(page), ['超20萬億元'], name);
      // The bundle's full catalogue stays: the loader does not replace it with a part.
      const count = await page.evaluate(
        () =>
          (globalThis as unknown as Record<symbol, { catalog: { query(q: object): unknown[] } }>)[
            Symbol.for('pearl-charts.registry')
          ]!.catalog.query({}).length,
      );
      assert.equal(count, 196, name);
      assert.deepEqual(log.errors, [], name);
      await page.close();
    }
  });

  it('under the strict CSP of the demo pages renders with no violation', async () => {
    const page = await browser.newPage();
    const log = collect(page);
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.sample}`),
      );
    });
    const { contentSecurityPolicy } = await import('../../packages/components/demo/page.js');
    server.page(
      '/strict.html',
      html(
        CARD('zh-Hant') +
          '<pearl-sector-comparison tag="ai" unit="cny" lang="en"></pearl-sector-comparison>',
        LOADER,
      ),
      { 'content-security-policy': contentSecurityPolicy() },
    );
    await page.goto(`${server.origin}/strict.html`);
    await drawn(page);
    assert.deepEqual(await figures(page), ['超20萬億元']);
    const bars = await page.evaluate(
      () =>
        document
          .querySelector('pearl-sector-comparison')!
          .shadowRoot!.querySelectorAll('[part~="bar"]').length,
    );
    assert.ok(bars >= 2, `bars: ${bars}`);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      [],
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
