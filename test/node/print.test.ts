// Printing, with the built bundle and tokens.css in Chromium: a default print leaves backgrounds
// out, so the widgets keep their marks with print-color-adjust: exact; a dark theme prints light;
// every chart with a data table (sector comparison, trend, share, rank) prints the table instead
// of its toggle; every widget prints its source line.
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
const SERIES = JSON.stringify([
  { period: '2021', value: 12.4e12 },
  { period: '2022', value: 12.9e12 },
  { period: '2023', value: 13.6e12 },
]);
const BODY = `<div class="pearl-theme-dark" theme="dark" lang="en">
  <pearl-sector-comparison id="sectors" unit="cny" ${SOURCE}
    items='[{"label":"Electronics","value":4.5e12},{"label":"Cars","value":1.1e12}]'></pearl-sector-comparison>
  <pearl-target-progress id="progress" value="73900" target="100000" unit="enterprises" label="High-tech firms" ${SOURCE}></pearl-target-progress>
  <pearl-metric-card id="card" indicator="gd-industrial-output-2024"></pearl-metric-card>
  <pearl-trend id="trend" unit="cny" label="Output" ${SOURCE} series='${SERIES}'></pearl-trend>
  <pearl-share id="share" indicator="gd-industrial-robot-output-national-share-2024"></pearl-share>
  <pearl-rank id="rank" indicator="gd-gdp-rank-2024" of="31"></pearl-rank>
</div>`;
/** Every widget on the page. */
const ALL = ['sectors', 'progress', 'card', 'trend', 'share', 'rank'];
/** The widgets that have a data table: each prints it instead of its toggle. */
const TABLES = ['sectors', 'trend', 'share', 'rank'];
// Registered after the widgets' own listeners (a module script after the bundle's): when the page
// turns to print, the widgets have drawn their tables and the print styles apply, so this sees
// what is printed.
const RECORD = `<script type="module">
const query = matchMedia('print');
query.addEventListener('change', () => {
  if (!query.matches) return;
  const shown = (id) => {
    const t = document.getElementById(id).shadowRoot.querySelector('table');
    return !!t && t.checkVisibility() && t.getClientRects().length > 0;
  };
  window.__printed = { tables: ${JSON.stringify(TABLES)}.map(shown), at: performance.now() };
});</script>`;
const HEAD =
  '<link rel="stylesheet" href="/tokens.css">' +
  '<style>body{margin:0;background:#000}div{padding:8px}</style>' +
  '<script type="module" src="/bundle/pearl-charts.js"></script>' +
  RECORD;

async function open(): Promise<Page> {
  server.page('/print.html', html(BODY, HEAD));
  const page = await browser.newPage();
  await page.setViewport({ width: 600, height: 800 });
  // tsx names the helpers inside functions passed to evaluate with a __name call.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
  await page.goto(`${server.origin}/print.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    (ids: string[]) =>
      ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="source"]')),
    {},
    ALL,
  );
  return page;
}

/** What a print shows of each widget, read from computed styles. */
function printed(ids: { all: string[]; tables: string[] }) {
  const root = (id: string) => document.getElementById(id)!.shadowRoot!;
  const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
  const shown = (el: Element | null) =>
    !!el && el.checkVisibility() && el.getClientRects().length > 0;
  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const sectors = root('sectors');
  const progress = root('progress');
  const card = root('card');
  const marks = [
    sectors.querySelector('.bar'),
    progress.querySelector('[part~="fill"]'),
    progress.querySelector('[part~="track"]'),
  ];
  return {
    colorScheme: ids.all.map((id) => style(document.getElementById(id))!.colorScheme),
    text: ids.all.map((id) => style(document.getElementById(id))!.color),
    surface: style(document.getElementById('card'))!.backgroundColor,
    marks: marks.map((m) => ({
      exact: style(m)?.printColorAdjust ?? null,
      background: style(m)?.backgroundColor ?? null,
    })),
    // Per widget with a table: the table shown, its text, and whether a toggle or summary shows.
    tables: ids.tables.map((id) => {
      const table = root(id).querySelector('table');
      const toggles = [...root(id).querySelectorAll('[part~="toggle"], summary')].filter(
        (t) => t.closest('[part~="source"]') === null,
      );
      return {
        id,
        table: shown(table),
        text: shown(table) ? text(table) : '',
        toggle: toggles.some(shown),
      };
    }),
    disclosure: style(card.querySelector('summary'))?.listStyleType ?? null,
    sources: ids.all.map((id) => {
      const s = root(id).querySelector('[part~="source"]');
      return shown(s) ? text(s) : null;
    }),
  };
}
const IDS = { all: ALL, tables: TABLES };

/** Dark enough to be the light theme's text (the dark theme's is near white). */
const darkText = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return r! + g! + b! < 200;
};

describe('printing', () => {
  it('on screen: dark, the toggles and no table', async () => {
    const page = await open();
    const s = await page.evaluate(printed, IDS);
    assert.deepEqual(
      s.colorScheme,
      ALL.map(() => 'dark'),
    );
    for (const t of s.tables) {
      assert.equal(t.toggle, true, `${t.id}: toggle on screen`);
      assert.equal(t.table, false, `${t.id}: no table on screen`);
    }
    await page.close();
  });

  it('in print: light, every mark exact, the table instead of the toggle, the source line', async () => {
    const page = await open();
    const log = collect(page);
    await page.emulateMediaType('print');
    // The media change reaches the widgets' listener as an event: wait for it, then a frame.
    await page.waitForFunction(() => matchMedia('print').matches);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const s = await page.evaluate(printed, IDS);
    assert.deepEqual(
      s.colorScheme,
      ALL.map(() => 'light'),
    );
    for (const color of s.text)
      assert.ok(darkText(color), `text colour ${color} is light-theme text`);
    assert.equal(s.surface, 'rgb(255, 255, 255)');
    for (const m of s.marks) {
      assert.equal(m.exact, 'exact');
      assert.notEqual(m.background, 'rgba(0, 0, 0, 0)');
    }
    for (const t of s.tables) {
      assert.equal(t.table, true, `${t.id}: the table prints`);
      assert.equal(t.toggle, false, `${t.id}: the toggle does not print`);
    }
    const table = Object.fromEntries(s.tables.map((t) => [t.id, t.text]));
    assert.match(table.sectors!, /Electronics 4\.5 Cars 1\.1/);
    assert.match(table.trend!, /2021 12\.4 trillion yuan 2022 12\.9 trillion yuan 2023 13\.6/);
    assert.match(table.share!, /\d/);
    assert.match(table.rank!, /\d/);
    for (const [i, line] of s.sources.entries())
      assert.ok(line && line.length > 3, `${ALL[i]}: source line ${line}`);
    assert.match(s.sources[0]!, /Nanfang Daily/);
    // The card's source line, a <summary> on screen, prints without a disclosure triangle.
    assert.equal(s.disclosure, 'none');
    // Back on screen: the toggle again, the table closed.
    await page.emulateMediaType('screen');
    await page.waitForFunction(
      () => !document.getElementById('sectors')!.shadowRoot!.querySelector('[part~="table"]'),
    );
    const back = await page.evaluate(printed, IDS);
    for (const t of back.tables) {
      assert.equal(t.toggle, true, `${t.id}: toggle back on screen`);
      assert.equal(t.table, false, `${t.id}: table closed again`);
    }
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('prints a PDF with every table in it', async () => {
    const page = await open();
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 10_000, `${pdf.length} bytes`);
    const pages =
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? [];
    assert.ok(pages.length >= 1);
    // What the print was laid out with (recorded as the page turned to print).
    const seen = await page.evaluate(
      () => (window as unknown as { __printed?: unknown }).__printed,
    );
    assert.deepEqual(Object.keys(seen ?? {}).sort(), ['at', 'tables']);
    assert.deepEqual(
      (seen as { tables: boolean[] }).tables,
      TABLES.map(() => true),
    );
    await page.close();
  });
});
