import { COMPONENTS_DIST, html, launch, serve } from '../test/node/browser.js';
const server = await serve(COMPONENTS_DIST);
const browser = await launch();
const STATES: Record<string, string> = {
  record: 'indicator="gd-gdp-rank-2024" of="31"',
  nopeers: 'indicator="gd-gdp-rank-2025"',
  asof: 'indicator="cn-manufacturing-value-added-world-rank-current"',
  top3: 'rank="3" of="31" bound="top" scope="national" label="示例（虚构数字）" period="2024" streak="5"',
  fifth: 'rank="5" of="31" scope="national" label="示例（虚构数字）" since="2019" period="2024"',
  estimate: 'indicator="gd-above-scale-industrial-revenue-rank-2025" of="31"',
  error: 'rank="32" of="31" debug',
};
const only = process.argv[2];
for (const [state, attrs] of Object.entries(STATES)) {
  if (only && state !== only) continue;
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
    for (const theme of ['light', 'dark'])
      for (const width of [320, 1000]) {
        const path = `/${state}-${lang}-${theme}-${width}.html`;
        server.page(path, html(`<pearl-rank ${attrs} lang="${lang}" theme="${theme}"></pearl-rank>`,
          '<link rel="stylesheet" href="/tokens.css"><style>body{margin:0;padding:8px;background:' + (theme==='dark'?'#15171b':'#fff') + '}</style><script type="module" src="/bundle/pearl-charts.js"></script>'));
        const page = await browser.newPage();
        await page.setViewport({ width, height: 600 });
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('pearl-rank')?.shadowRoot?.querySelector('[part]'));
        await page.evaluate(() => document.fonts.ready);
        if (process.argv[3] === 'focus') {
          await page.keyboard.press('Tab');
          await page.keyboard.press('ArrowRight');
          await page.keyboard.press('ArrowRight');
          await new Promise((r) => setTimeout(r, 100));
        }
        const el = await page.$('pearl-rank');
        await el!.screenshot({ path: `tmp-shots/${state}-${lang}-${theme}-${width}${process.argv[3] ? '-' + process.argv[3] : ''}.png` });
        await page.close();
      }
}
await browser.close();
await server.close();
