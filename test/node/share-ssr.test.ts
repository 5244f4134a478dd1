// <pearl-share> rendered on the server (dist/, built first): the whole named in the static text, no
// style attributes, and with JavaScript off the container query alone picks the donut or the bar.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { renderStatic } from '@pearl-charts/components/ssr';
import { COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

const visibleText = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

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

describe('<pearl-share> on the server', () => {
  it('renders the sentence, the share and the source as static text, in three scripts', async () => {
    const id = 'gd-industrial-robot-output-national-share-2024';
    const expected = {
      'zh-Hans': '广东工业机器人产量占全国44%',
      'zh-Hant': '廣東工業機器人產量佔全國44%',
      en: 'Guangdong’s industrial robot output: 44% of the national total',
    };
    for (const [locale, sentence] of Object.entries(expected)) {
      const r = await renderStatic('share', { attributes: { indicator: id }, locale });
      assert.equal(r.error, null);
      assert.ok(visibleText(r.html).includes(sentence), `${locale}: ${visibleText(r.html)}`);
      assert.doesNotMatch(r.html, /<[^>]+\sstyle="/, 'geometry goes into hashable <style> blocks');
    }
  });

  it('reports a record that is not a share as the error it shows', async () => {
    const r = await renderStatic('share', {
      attributes: { indicator: 'gd-industrial-output-2024' },
    });
    assert.match(r.error ?? '', /not a share/);
  });

  for (const [width, shown, hidden] of [
    [320, 'bar', 'donut'],
    [600, 'donut', 'bar'],
  ] as const)
    it(`shows the ${shown} and hides the ${hidden} at ${width}px with JavaScript off`, async () => {
      const r = await renderStatic('share', {
        attributes: { indicator: 'gd-advanced-manufacturing-share-2025' },
        locale: 'zh-Hans',
      });
      const path = `/share-static-${width}.html`;
      server.page(path, html(r.html, '<style>body{margin:0}</style>'));
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width, height: 800 });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      // No helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
      const sizes = await page.evaluate(() => {
        const root = document.querySelector('pearl-share')!.shadowRoot!;
        return {
          bar: root.querySelector('[part~="bar"]')!.getBoundingClientRect().width,
          donut: root.querySelector('[part~="donut"]')!.getBoundingClientRect().width,
          page: document.body.scrollWidth,
        };
      });
      await page.close();
      assert.ok(sizes[shown] > 0, `${shown} shown`);
      assert.equal(sizes[hidden], 0, `${hidden} hidden`);
      assert.ok(sizes.page <= width, 'no horizontal scroll');
    });
});
