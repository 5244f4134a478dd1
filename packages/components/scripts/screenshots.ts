// `npm run screenshots`: the README's pictures of each widget, taken from the built Storybook
// (storybook-static; `npm run build-storybook` first) in Chromium with the CJK font: every
// component's Default story in Simplified Chinese (light) and English (dark), 560 px wide.
// Writes packages/components/screenshots/<component>--<locale>--<theme>.png.
// Then Storybook's own pages as a designer sees them, light, 1280 px wide, at most 2400 px tall:
// storybook-docs-metric-card.png (a component's docs page), storybook-tokens.png (the tokens
// page), storybook-gallery.png (every widget) and storybook-print.png (the print preview).
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve } from '../../../test/packaging/harness.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
const STATIC = `${root}storybook-static/`;

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
}
const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8')) as {
  entries: Record<string, Entry>;
};
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && e.title.startsWith('Components/') && e.id.endsWith('--default'),
);

const VIEWS = [
  { locale: 'zh-Hans', theme: 'light' },
  { locale: 'en', theme: 'dark' },
] as const;

mkdirSync(out, { recursive: true });
const server = await serve(STATIC);
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 600, height: 900, deviceScaleFactor: 2 });
await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
for (const story of stories) {
  const component = story.id.replace(/^components-/, '').replace(/--default$/, '');
  for (const { locale, theme } of VIEWS) {
    await page.goto(
      `${server.origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme}`,
      { waitUntil: 'load' },
    );
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#storybook-root .pearl-story *')].some(
          (e) => e.localName.startsWith('pearl-') && e.shadowRoot?.querySelector('[part]'),
        ),
      { timeout: 20_000 },
    );
    await page.evaluate(() => document.fonts.ready);
    const frame = await page.$('#storybook-root .pearl-story');
    const file = `${out}${component}--${locale}--${theme}.png`;
    await frame!.screenshot({ path: file as `${string}.png` });
    console.log(`screenshots: ${file.slice(root.length)}`);
  }
}

/** Storybook's pages: a docs page (viewMode docs) or a story, in Simplified Chinese, light. */
const PAGES = [
  { file: 'storybook-docs-metric-card', id: 'components-metric-card--docs', docs: true },
  { file: 'storybook-tokens', id: 'overview-tokens--docs', docs: true },
  { file: 'storybook-gallery', id: 'overview-gallery--all-widgets', docs: false },
  { file: 'storybook-print', id: 'overview-print-preview--a-4-page', docs: false },
] as const;
const MAX_HEIGHT = 2400;

await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
for (const { file: name, id, docs } of PAGES) {
  const canvas = docs ? '#storybook-docs' : '#storybook-root';
  await page.goto(
    `${server.origin}/iframe.html?id=${id}&viewMode=${docs ? 'docs' : 'story'}&globals=locale:zh-Hans;theme:light`,
    { waitUntil: 'load' },
  );
  await page.waitForFunction(
    (sel: string) =>
      [...document.querySelectorAll(`${sel} *`)].some(
        (e) => e.localName.startsWith('pearl-') && e.shadowRoot?.querySelector('[part]'),
      ),
    { timeout: 30_000 },
    canvas,
  );
  // The print preview lays its page out once the widgets are drawn.
  if (id.includes('print-preview'))
    await page.waitForSelector('.paper[data-print-ready]', { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  // A docs page draws its blocks one after another: wait until its height holds for a second.
  let height = 0;
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await page.evaluate(() => document.documentElement.scrollHeight);
    if (now === height && i >= 2) break;
    height = now;
  }
  const file = `${out}${name}.png`;
  await page.screenshot({
    path: file as `${string}.png`,
    clip: { x: 0, y: 0, width: 1280, height: Math.min(height, MAX_HEIGHT) },
    captureBeyondViewport: true,
  });
  console.log(`screenshots: ${file.slice(root.length)}`);
}

await browser.close();
await server.close();
