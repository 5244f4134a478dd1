// Heights in Chromium with the built bundle and tokens.css: what a page reserves before the script
// runs matches what the typical widget then draws (within 16 px at 320, 600 and 1000 px, in the
// three scripts), and once drawn a widget is as tall as its content.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { renderStatic } from '@pearl-charts/components/ssr';
import { COMPONENTS_DIST, html, launch, serve, type Served } from './browser.js';

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

/** The typical widgets tokens.css reserves for (see its comment). */
const TYPICAL = {
  card: '<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>',
  progress:
    '<pearl-target-progress value="73900" target="88000" unit="enterprises" label="高新技术企业" ' +
    'value-period="as of 2024-12" target-period="by 2027" source-name="南方日报" source-date="2025-01-17"></pearl-target-progress>',
  rank: '<pearl-rank indicator="gd-gdp-rank-2024"></pearl-rank>',
  trend:
    '<pearl-trend unit="percent" label="增速" source-name="南方日报" source-date="2025-01-17" series=\'' +
    JSON.stringify([8, 1.9, 4.8, 3.5, 5].map((value, i) => ({ period: String(2021 + i), value }))) +
    "'></pearl-trend>",
};
const WIDTHS = [320, 600, 1000];
const SCRIPTS = ['zh-Hans', 'zh-Hant', 'en'];
const TOKENS = '<link rel="stylesheet" href="/tokens.css"><style>body{margin:0}</style>';
const BUNDLE = '<script type="module" src="/bundle/pearl-charts.js"></script>';

/** Heights of the page's top-level pearl elements at `width`, with or without the script. */
async function heights(path: string, body: string, width: number, script: boolean) {
  server.page(path, html(body, TOKENS + (script ? BUNDLE : '')));
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  if (script)
    await page.waitForFunction(() =>
      [...document.body.children].every((el) => el.shadowRoot?.querySelector('[part]')),
    );
  const out = await page.evaluate(() =>
    [...document.body.children].map((el) => el.getBoundingClientRect().height),
  );
  await page.close();
  return out;
}

describe('reserved and rendered heights', () => {
  for (const lang of SCRIPTS) {
    it(`tokens.css reserves the typical card, progress bar, rank and trend within 16 px (${lang})`, async () => {
      const body = [TYPICAL.card, TYPICAL.progress, TYPICAL.rank, TYPICAL.trend]
        .map((tag) => tag.replace(/^<(\S+)/, `<$1 lang="${lang}"`))
        .join('');
      for (const width of WIDTHS) {
        const path = `/typical-${lang}-${width}.html`;
        const reserved = await heights(path, body, width, false);
        const drawn = await heights(path, body, width, true);
        for (const [i, name] of ['card', 'progress', 'rank', 'trend'].entries()) {
          const gap = Math.abs(reserved[i]! - drawn[i]!);
          assert.ok(
            gap <= 16,
            `${name} at ${width}px in ${lang}: reserved ${reserved[i]}, drawn ${drawn[i]}`,
          );
        }
      }
    });
  }

  it('tokens.css reserves the typical share within 16 px at 320, 360, 600 and 1000 px, in three scripts', async () => {
    const share = (lang: string) =>
      `<pearl-share lang="${lang}" indicator="gd-industrial-robot-output-national-share-2024"></pearl-share>`;
    const body = SCRIPTS.map(share).join('');
    for (const width of [320, 360, ...WIDTHS.slice(1)]) {
      const path = `/typical-share-${width}.html`;
      const reserved = await heights(path, body, width, false);
      const drawn = await heights(path, body, width, true);
      for (const [i, lang] of SCRIPTS.entries()) {
        const gap = Math.abs(reserved[i]! - drawn[i]!);
        assert.ok(
          gap <= 16,
          `share at ${width}px in ${lang}: reserved ${reserved[i]}, drawn ${drawn[i]}`,
        );
      }
    }
  });

  it('a drawn widget is as tall as its content: sparse card, two bars, error line', async () => {
    const body =
      '<pearl-metric-card value="165800000000" unit="cny" period="2025"></pearl-metric-card>' +
      '<pearl-sector-comparison unit="percent" items=\'[{"label":"A","value":57.1},{"label":"B","value":32}]\'></pearl-sector-comparison>' +
      '<pearl-metric-card indicator="no-such-id"></pearl-metric-card>';
    server.page('/content.html', html(body, TOKENS + BUNDLE));
    const page = await browser.newPage();
    await page.setViewport({ width: 600, height: 800 });
    await page.goto(`${server.origin}/content.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.body.children].every((el) => el.shadowRoot?.querySelector('[part]')),
    );
    // Space between the element's bottom and the bottom of the last thing it draws.
    const slack = await page.evaluate(() =>
      [...document.body.children].map((el) => {
        const boxes = [...el.shadowRoot!.querySelectorAll('*')].map((n) =>
          n.getBoundingClientRect(),
        );
        const bottom = Math.max(...boxes.filter((b) => b.height > 0).map((b) => b.bottom));
        return el.getBoundingClientRect().bottom - bottom;
      }),
    );
    // The card's own border and padding (1rem) is the only space below its last line.
    assert.ok(slack[0]! <= 18, `card: ${slack[0]}`);
    assert.ok(slack[1]! <= 1, `two bars: ${slack[1]}`);
    assert.ok(slack[2]! <= 1, `error line: ${slack[2]}`);
    await page.close();
  });

  it('server-rendered HTML keeps its own height under tokens.css, before any script', async () => {
    const snippet = await renderStatic('metric-card', {
      attributes: { value: '165800000000', unit: 'cny', period: '2025' },
      locale: 'en',
    });
    const [alone] = await heights('/ssr-alone.html', snippet.html, 600, false);
    // The same element drawn by the script, for comparison.
    const [drawn] = await heights(
      '/ssr-drawn.html',
      '<pearl-metric-card value="165800000000" unit="cny" period="2025" lang="en"></pearl-metric-card>',
      600,
      true,
    );
    assert.ok(Math.abs(alone! - drawn!) <= 1, `static ${alone}, drawn ${drawn}`);
  });
});
