// Printing, with the built bundle and tokens.css in Chromium: a default print leaves backgrounds
// out, so the widgets keep their marks with print-color-adjust: exact; a dark theme prints light;
// the sector comparison prints its data table instead of the toggle; the source line prints.
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

const SOURCE = 'source-name="Nanfang Daily" source-date="2025-01-17"';
const BODY = `<div class="pearl-theme-dark" theme="dark" lang="en">
  <pearl-sector-comparison id="sectors" unit="cny" ${SOURCE}
    items='[{"label":"Electronics","value":4.5e12},{"label":"Cars","value":1.1e12}]'></pearl-sector-comparison>
  <pearl-target-progress id="progress" value="73900" target="100000" unit="enterprises" label="High-tech firms" ${SOURCE}></pearl-target-progress>
  <pearl-metric-card id="card" indicator="gd-industrial-output-2024"></pearl-metric-card>
</div>`;
// Registered before the widgets' own listeners: at afterprint it still sees what was printed.
const RECORD = `<script>addEventListener('afterprint', () => {
  const root = document.getElementById('sectors').shadowRoot;
  window.__printed = { table: !!root.querySelector('[part~="table"]'), at: performance.now() };
});</script>`;
const HEAD =
  '<link rel="stylesheet" href="/tokens.css">' +
  '<style>body{margin:0;background:#000}div{padding:8px}</style>' +
  RECORD +
  '<script type="module" src="/bundle/pearl-charts.js"></script>';

async function open(): Promise<Page> {
  server.page('/print.html', html(BODY, HEAD));
  const page = await browser.newPage();
  await page.setViewport({ width: 600, height: 800 });
  // tsx names the helpers inside functions passed to evaluate with a __name call.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  await page.goto(`${server.origin}/print.html`, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    ['sectors', 'progress', 'card'].every((id) =>
      document.getElementById(id)?.shadowRoot?.querySelector('[part~="source"]'),
    ),
  );
  return page;
}

/** What a print shows of each widget, read from computed styles. */
function printed() {
  const root = (id: string) => document.getElementById(id)!.shadowRoot!;
  const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
  const shown = (el: Element | null) =>
    !!el && el.checkVisibility() && el.getClientRects().length > 0;
  const sectors = root('sectors');
  const progress = root('progress');
  const card = root('card');
  const marks = [
    sectors.querySelector('.bar'),
    progress.querySelector('[part~="fill"]'),
    progress.querySelector('[part~="track"]'),
  ];
  return {
    colorScheme: ['sectors', 'progress', 'card'].map(
      (id) => style(document.getElementById(id))!.colorScheme,
    ),
    text: ['sectors', 'progress', 'card'].map((id) => style(document.getElementById(id))!.color),
    surface: style(document.getElementById('card'))!.backgroundColor,
    marks: marks.map((m) => ({
      exact: style(m)?.printColorAdjust ?? null,
      background: style(m)?.backgroundColor ?? null,
    })),
    table: shown(sectors.querySelector('[part~="table"]')),
    tableText: sectors.querySelector('[part~="table"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
    toggle: shown(sectors.querySelector('[part~="toggle"]')),
    disclosure: style(card.querySelector('summary'))?.listStyleType ?? null,
    sources: [sectors, progress, card].map((r) => {
      const s = r.querySelector('[part~="source"]');
      return shown(s) ? s!.textContent!.replace(/\s+/g, ' ').trim() : null;
    }),
  };
}

/** Dark enough to be the light theme's text (the dark theme's is near white). */
const darkText = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return r! + g! + b! < 200;
};

describe('printing', () => {
  it('on screen: dark, the toggle and no table', async () => {
    const page = await open();
    const s = await page.evaluate(printed);
    assert.deepEqual(s.colorScheme, ['dark', 'dark', 'dark']);
    assert.equal(s.toggle, true);
    assert.equal(s.table, false);
    await page.close();
  });

  it('in print: light, every mark exact, the table instead of the toggle, the source line', async () => {
    const page = await open();
    const log = collect(page);
    await page.emulateMediaType('print');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const s = await page.evaluate(printed);
    assert.deepEqual(s.colorScheme, ['light', 'light', 'light']);
    for (const color of s.text)
      assert.ok(darkText(color), `text colour ${color} is light-theme text`);
    assert.equal(s.surface, 'rgb(255, 255, 255)');
    for (const m of s.marks) {
      assert.equal(m.exact, 'exact');
      assert.notEqual(m.background, 'rgba(0, 0, 0, 0)');
    }
    assert.equal(s.table, true);
    assert.match(s.tableText, /Electronics 4\.5 Cars 1\.1/);
    assert.equal(s.toggle, false);
    for (const line of s.sources) assert.ok(line && line.length > 3, `source line: ${line}`);
    assert.match(s.sources[0]!, /Nanfang Daily/);
    // The card's source line, a <summary> on screen, prints without a disclosure triangle.
    assert.equal(s.disclosure, 'none');
    // Back on screen: the toggle again, the table closed.
    await page.emulateMediaType('screen');
    await page.waitForFunction(
      () => !document.getElementById('sectors')!.shadowRoot!.querySelector('[part~="table"]'),
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('prints a PDF with the table in it', async () => {
    const page = await open();
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 10_000, `${pdf.length} bytes`);
    const pages =
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? [];
    assert.ok(pages.length >= 1);
    // What the print was laid out with (recorded at afterprint, before the widgets went back).
    const seen = await page.evaluate(
      () => (window as unknown as { __printed?: unknown }).__printed,
    );
    assert.deepEqual(Object.keys(seen ?? {}).sort(), ['at', 'table']);
    assert.equal((seen as { table: boolean }).table, true);
    await page.close();
  });
});
