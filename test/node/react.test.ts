// React 19 sets properties on custom elements it knows: test/packaging/react/main.ts renders the Pearl
// elements with a number `value`, an `items` array and an `onpearl-sector-select` listener. Vite
// bundles it (production React), Chromium runs it, and the elements must hold the real values.
// Needs `npm run build` first (the page imports the workspace packages' dist).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser, Page } from 'puppeteer-core';
import { formatValue } from '../../packages/components/src/format.js';
import { getIndicator } from '../../packages/data/src/index.js';
import {
  launchChromium,
  pearlTexts,
  recordErrors,
  serve,
  type Served,
} from '../packaging/harness.js';

const PAGE = fileURLToPath(new URL('../packaging/react/', import.meta.url));

describe('React 19 renders the elements with properties', { timeout: 180_000 }, () => {
  let out = '';
  let server: Served;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'pearl-react-'));
    await build({
      root: PAGE,
      configFile: false,
      logLevel: 'silent',
      base: './',
      build: { outDir: out, emptyOutDir: true, minify: false },
    });
    server = await serve(out);
    browser = await launchChromium();
    page = await browser.newPage();
    errors = recordErrors(page);
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load', timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('renders every element with its text, and logs no error', async () => {
    const texts = Object.fromEntries((await pearlTexts(page)).map((t) => [t.id, t]));
    assert.ok(texts.card!.text.includes('超20万亿元'), texts.card!.text);
    const five = getIndicator('gd-key-industrial-projects-5-categories-investment-2025');
    const figure = formatValue(five.value, { unit: 'cny', locale: 'en' });
    assert.ok(texts.host!.text.includes(figure), `${texts.host!.text} shows ${figure}`);
    assert.equal(texts.bars!.bars, 3);
    assert.ok(texts.bars!.text.includes('外貿進出口總額'), texts.bars!.text);
    assert.deepEqual(errors, []);
  });

  it('sets value as a number and items as the array itself, not as attributes', async () => {
    const state = await page.evaluate(() => {
      const host = document.getElementById('host') as HTMLElement & {
        value: unknown;
        animate: unknown;
      };
      const bars = document.getElementById('bars') as HTMLElement & {
        items: unknown;
        highlight: unknown;
      };
      return {
        value: host.value,
        valueAttribute: host.getAttribute('value'),
        animateIsMethod: typeof host.animate === 'function',
        itemsIsArray: Array.isArray(bars.items),
        itemsLength: Array.isArray(bars.items) ? bars.items.length : -1,
        itemsAttribute: bars.getAttribute('items'),
        highlighted: bars.shadowRoot!.querySelectorAll('[part~="highlighted"][part~="bar"]').length,
      };
    });
    assert.equal(state.value, 165_800_000_000);
    assert.equal(state.valueAttribute, null, 'value went in as a property');
    assert.equal(state.animateIsMethod, true, 'animated, not animate: the method is intact');
    assert.equal(state.itemsIsArray, true);
    assert.equal(state.itemsLength, 3);
    assert.equal(state.itemsAttribute, null, 'items is not stringified into an attribute');
    assert.equal(state.highlighted, 1);
  });

  it('an onpearl-sector-select prop receives the event, and a new items array re-renders the bars', async () => {
    // The rows are sorted descending: industrial output (20万亿) first.
    await page.evaluate(() => {
      const row = document
        .getElementById('bars')!
        .shadowRoot!.querySelector<HTMLElement>('[part~="row"]');
      row!.click();
    });
    await page.waitForFunction(() => document.getElementById('selected')!.textContent !== '', {
      timeout: 10_000,
    });
    const selected = await page.$eval('#selected', (el) => el.textContent);
    assert.equal(selected, getIndicator('gd-industrial-output-2024').labels['zh-Hant']);

    await page.click('#fewer');
    await page.waitForFunction(
      () =>
        document.getElementById('bars')!.shadowRoot!.querySelectorAll('[part~="bar"]').length === 2,
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, []);
  });
});
