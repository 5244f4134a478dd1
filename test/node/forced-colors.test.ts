// Forced-colours mode (Windows high contrast), emulated in Chromium through CDP: the browser then
// repaints text, borders and backgrounds in system colours, and each chart mark must still show.
// Needs `npm run build` first (npm test builds).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

let server: Served;
let browser: Browser;
let page: Page;
/** The system colours of this mode, read once the page is up. */
let c: Record<'Canvas' | 'CanvasText' | 'Highlight' | 'Mark', string>;

const BODY = `
  <pearl-metric-card id="card" indicator="gd-industrial-output-2024"></pearl-metric-card>
  <pearl-target-progress id="progress" value="-5" target="100" baseline="40" unit="percent"
    label="Progress"></pearl-target-progress>
  <pearl-target-progress id="over" value="120" target="100" unit="enterprises" label="Over"></pearl-target-progress>
  <pearl-sector-comparison id="sectors" unit="percent" highlight="B"
    items='[{"label":"A","value":30},{"label":"B","value":50}]'></pearl-sector-comparison>
  <pearl-sector-comparison id="marks" unit="centers" items='[{"label":"R","min":5,"max":10},
    {"label":"E","value":6,"status":"estimate"},{"label":"T","value":8,"status":"target"}]'></pearl-sector-comparison>
  <pearl-metric-card id="broken" debug value="abc" unit="cny"></pearl-metric-card>`;

before(async () => {
  server = await serve(COMPONENTS_DIST);
  browser = await launch();
  page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: 'active' }],
  });
  server.page(
    '/forced.html',
    html(BODY, '<script type="module" src="/bundle/pearl-charts.js"></script>'),
  );
  await page.goto(`${server.origin}/forced.html`, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[id]')].every((el) => el.shadowRoot?.querySelector('[part]')),
  );
  c = await system();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The computed colours of the system colour keywords in this mode. (No named functions inside
 * page.evaluate: tsx would wrap them in a helper the page does not have.) */
async function system() {
  const names = ['Canvas', 'CanvasText', 'Highlight', 'Mark'] as const;
  const values = await page.evaluate((keywords: readonly string[]) => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const out = keywords.map((c) => {
      probe.style.color = c;
      return getComputedStyle(probe).color;
    });
    probe.remove();
    return out;
  }, names);
  return Object.fromEntries(names.map((n, i) => [n, values[i]!])) as Record<
    (typeof names)[number],
    string
  >;
}

/** One computed property of the first element matching `selector` in the shadow root of `#host`. */
const style = (host: string, selector: string, property: string, pseudo?: string) =>
  page.evaluate(
    (h, s, p, ps) => {
      const el = document.getElementById(h)!.shadowRoot!.querySelector(s)!;
      return getComputedStyle(el, ps ?? null).getPropertyValue(p);
    },
    host,
    selector,
    property,
    pseudo,
  );

describe('forced colours', () => {
  it('the mode is on, with distinct system colours', async () => {
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    assert.equal(new Set(Object.values(c)).size, 4, JSON.stringify(c));
  });

  it('target progress keeps its track, fill, target, baseline and zero line', async () => {
    assert.equal(await style('over', '.track', 'background-color'), c.Canvas);
    assert.equal(await style('over', '.fill', 'background-color'), c.Highlight);
    assert.equal(await style('over', '.swatch', 'background-color'), c.Highlight);
    assert.equal(await style('over', '.marker', 'background-color', '::before'), c.CanvasText);
    assert.equal(await style('over', '.marker .glyph', 'fill'), c.CanvasText);
    assert.match(
      await style('over', '.overshoot', 'background-image'),
      /repeating-linear-gradient/,
    );
    assert.equal(await style('over', '.overshoot', 'opacity'), '1');
    assert.equal(
      await style('progress', '.baseline', 'border-inline-start-color', '::before'),
      c.CanvasText,
    );
    assert.equal(await style('progress', '.zero', 'border-inline-start-color'), c.CanvasText);
    // A rate is a dot on a line through 0.
    assert.equal(await style('progress', '.point', 'background-color'), c.Highlight);
    assert.equal(await style('progress', '.track', 'background-color', '::before'), c.CanvasText);
  });

  it('the sector comparison paints bars in CanvasText and the highlighted one in Highlight', async () => {
    const bars = await page.evaluate(() =>
      [...document.getElementById('sectors')!.shadowRoot!.querySelectorAll('.bar')].map(
        (b) => getComputedStyle(b).backgroundColor,
      ),
    );
    assert.deepEqual(bars, [c.CanvasText, c.Highlight]);
    // The ▸ marker is text: the browser's CanvasText, not the bar's Highlight.
    assert.equal(await style('sectors', '.marker', 'color'), c.CanvasText);
  });

  it('the sector comparison keeps range caps, estimate hatching and a target outline', async () => {
    assert.equal(
      await style('marks', '[part~="range"]', 'background-color', '::before'),
      c.CanvasText,
    );
    assert.match(
      await style('marks', '[part~="estimate"]', 'background-image'),
      /repeating-linear-gradient/,
    );
    assert.equal(await style('marks', '[part~="target"]', 'border-top-color'), c.CanvasText);
    assert.equal(await style('marks', '[part~="target"]', 'border-top-style'), 'dashed');
  });

  it('the metric card marks the figure in the quote with an opaque Mark', async () => {
    assert.equal(await style('card', '.figure', 'background-color'), c.Mark);
    assert.equal(await style('card', '[part~="base"]', 'border-top-color'), c.CanvasText);
  });

  it('the debug error box keeps its border', async () => {
    assert.equal(
      await style('broken', '[part~="error"]', 'border-inline-start-color'),
      c.CanvasText,
    );
  });
});
