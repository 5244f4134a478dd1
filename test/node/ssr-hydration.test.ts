// Static HTML from @pearl-charts/components/ssr in Chromium: readable with JavaScript off, then
// hydrated in place by the script bundle (same nodes, same text, same boxes), also under a strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { renderStatic, type StaticRender } from '@pearl-charts/components/ssr';
import { collect, COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

let server: Served;
let browser: Browser;
let snippets: StaticRender[];

/** The figures of the issue: a card in zh-Hans, progress toward a target, a comparison with bars. */
const CASES = [
  {
    tag: 'pearl-metric-card',
    parts: ['label', 'number', 'source'],
    render: () =>
      renderStatic('metric-card', {
        // animate: a hydrated card must not count up (that would change the text it shows).
        attributes: { indicator: 'gd-industrial-output-2024', animate: '' },
        locale: 'zh-Hans',
      }),
  },
  {
    tag: 'pearl-target-progress',
    parts: ['label', 'percent', 'track', 'fill', 'target-label'],
    render: () =>
      renderStatic('target-progress', {
        attributes: {
          value: '73900',
          target: '100000',
          unit: 'enterprises',
          label: '高新技术企业',
          'value-period': 'as of 2024-12',
          'target-period': 'by 2027',
        },
        locale: 'zh-Hans',
        theme: 'dark',
      }),
  },
  {
    tag: 'pearl-sector-comparison',
    parts: ['heading', 'label', 'bar', 'value'],
    render: () =>
      renderStatic('sector-comparison', {
        attributes: {
          label: 'Output by sector',
          unit: 'cny',
          items: JSON.stringify([
            { label: 'Electronics', value: 4.5e12 },
            { label: 'Electrical machinery', value: 1.9e12 },
            { label: 'Cars', value: 1.1e12 },
          ]),
        },
        locale: 'en',
      }),
  },
  {
    tag: 'pearl-rank',
    parts: ['headline', 'position', 'streak', 'mark-held', 'mark-year'],
    render: () =>
      renderStatic('rank', {
        attributes: { indicator: 'gd-gdp-rank-2024', of: '31' },
        locale: 'zh-Hant',
      }),
  },
];

const STRICT_CSP = (styleHashes: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

before(async () => {
  snippets = await Promise.all(CASES.map((c) => c.render()));
  for (const s of snippets) assert.equal(s.error, null);
  server = await serve(COMPONENTS_DIST);
  browser = await launch();
  const body = snippets.map((s) => `<div class="slot">${s.html}</div>`).join('\n');
  const head = '<style>body{margin:0;width:480px}.slot{margin:16px}</style>';
  server.page('/static.html', html(body, head));
  // The same page under a strict CSP: no inline style or script is allowed except the hashed <style>s.
  const hashes = [...new Set(snippets.flatMap((s) => s.styleHashes))];
  // The bundle is in the page (Trusted Types forbid injecting it); `hold` delays it until released.
  const bundle = '<script type="module" async src="/bundle/pearl-charts.js?hold"></script>';
  server.page('/strict.html', html(body, bundle), {
    'content-security-policy': STRICT_CSP(hashes),
  });
  server.page('/strict-nohash.html', html(body, bundle), {
    'content-security-policy': STRICT_CSP([]),
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Snapshot {
  text: string[];
  boxes: number[][];
}

/** Visible text of each element and the boxes of the host and its key parts, in CSS px. */
async function snapshot(page: Page): Promise<Snapshot> {
  // No named inner functions here: tsx would wrap them in a helper the page does not have.
  return page.evaluate((cases: { tag: string; parts: string[] }[]) => {
    const text: string[] = [];
    const elements: Element[] = [];
    for (const { tag, parts } of cases) {
      const host = document.querySelector(tag)!;
      const root = host.shadowRoot!;
      text.push((root.querySelector('[part~="base"]') as HTMLElement).innerText);
      elements.push(host);
      for (const part of parts) {
        const el = root.querySelector(`[part~="${part}"]`);
        if (!el) throw new Error(`${tag} has no [part~="${part}"]`);
        elements.push(el);
      }
    }
    const boxes = elements.map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100);
    });
    return { text, boxes };
  }, CASES);
}

/** Marks each shadow root's first part, to tell hydration (same nodes) from a re-render. */
const mark = (page: Page) =>
  page.evaluate(
    (tags: string[]) => {
      for (const t of tags)
        (
          document.querySelector(t)!.shadowRoot!.querySelector('[part]') as HTMLElement
        ).dataset.mark = 'server';
    },
    CASES.map((c) => c.tag),
  );

const marked = (page: Page) =>
  page.evaluate(
    (tags: string[]) =>
      tags.map(
        (t) =>
          (document.querySelector(t)!.shadowRoot!.querySelector('[part]') as HTMLElement).dataset
            .mark ?? null,
      ),
    CASES.map((c) => c.tag),
  );

/** Loads the bundle into the open page (or releases the held one) and waits until every element has updated (hydrated). */
async function hydrate(page: Page, held = false) {
  if (held) server.release();
  else await page.addScriptTag({ url: '/bundle/pearl-charts.js', type: 'module' });
  await page.waitForFunction(
    (tags: string[]) =>
      tags.every((t) => {
        const el = document.querySelector(t) as (Element & { hasUpdated?: boolean }) | null;
        return el?.matches(':defined') && el.hasUpdated;
      }),
    {},
    CASES.map((c) => c.tag),
  );
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll(':defined')].map(
        (el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    ),
  );
}

describe('static HTML from the SSR API', () => {
  it('with JavaScript disabled, shows the number, label, source and bars in nonzero boxes', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/static.html`);
    const { text, boxes } = await snapshot(page);
    assert.match(text[0]!, /全部工业总产值/);
    assert.match(text[0]!, /超\s*20万亿\s*元/);
    assert.match(text[0]!, /南方日报/);
    assert.match(text[1]!, /74%/);
    assert.match(text[1]!, /高新技术企业/);
    // The shared scale word and unit are stated once above the values (and said after each one).
    assert.match(text[2]!, /Unit: trillion yuan[\s\S]*Electronics[\s\S]*4\.5\s+trillion yuan/);
    for (const b of boxes) assert.ok(b[2]! > 0 && b[3]! > 0, `empty box ${JSON.stringify(b)}`);
    // Custom properties reached the bars: the longest bar is wider than the shortest.
    const bars = await page.evaluate(() =>
      [
        ...document
          .querySelector('pearl-sector-comparison')!
          .shadowRoot!.querySelectorAll('[part~="bar"]'),
      ].map((b) => b.getBoundingClientRect().width),
    );
    assert.ok(bars[0]! > bars[2]! * 3.5, JSON.stringify(bars));
    await page.close();
  });

  it('hydrates in place when the bundle loads: same nodes, same text, no box moved', async () => {
    const page = await browser.newPage();
    const log = collect(page);
    await page.goto(`${server.origin}/static.html`);
    const server1 = await snapshot(page);
    await mark(page);
    await hydrate(page);
    const client = await snapshot(page);
    assert.deepEqual(
      await marked(page),
      CASES.map(() => 'server'),
      're-rendered, not hydrated',
    );
    assert.deepEqual(client.text, server1.text);
    assert.deepEqual(client.boxes, server1.boxes);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    // Hydrated means live: a new value re-renders through the server's nodes.
    const after = await page.evaluate(async () => {
      const el = document.querySelector('pearl-target-progress') as HTMLElement & {
        value: number;
        updateComplete: Promise<unknown>;
      };
      el.value = 90000;
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part~="percent"]')!.textContent;
    });
    assert.equal(after, '90%');
    await page.close();
  });

  it('under a strict CSP with the returned hashes: styled without JavaScript, hydrates with no violation', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
      );
    });
    const log = collect(page);
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/strict.html`);
    const noJs = await snapshot(page);
    const styled = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('pearl-metric-card')!.shadowRoot!.querySelector('[part~="base"]')!,
        ).borderTopStyle,
    );
    assert.equal(styled, 'solid', 'the hashed component <style> applied');
    assert.deepEqual(log.consoleErrors, [], 'the browser reported a blocked inline style');

    await page.setJavaScriptEnabled(true);
    server.hold();
    await page.goto(`${server.origin}/strict.html`, { waitUntil: 'domcontentloaded' });
    assert.deepEqual((await snapshot(page)).boxes, noJs.boxes);
    await hydrate(page, true);
    const client = await snapshot(page);
    assert.deepEqual(client.text, noJs.text);
    assert.deepEqual(client.boxes, noJs.boxes);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      [],
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('under a strict CSP without the hashes, the text is still there, and hydration brings the styles', async () => {
    const page = await browser.newPage();
    server.hold();
    await page.goto(`${server.origin}/strict-nohash.html`, { waitUntil: 'domcontentloaded' });
    const border = () =>
      page.evaluate(
        () =>
          getComputedStyle(
            document
              .querySelector('pearl-metric-card')!
              .shadowRoot!.querySelector('[part~="base"]')!,
          ).borderTopStyle,
      );
    assert.equal(await border(), 'none', 'inline <style> blocked');
    const { text } = await snapshot(page);
    assert.match(text[0]!, /超\s*20万亿\s*元/);
    await hydrate(page, true);
    assert.equal(await border(), 'solid', 'adopted stylesheets after hydration');
    await page.close();
  });
});
