// `npm run screenshots`: the README's pictures of each widget, taken from the built Storybook
// (storybook-static; `npm run build-storybook` first) in Chromium with the CJK font: every
// component's Default story in Simplified Chinese (light) and English (dark), 560 px wide.
// Writes packages/components/screenshots/<component>--<locale>--<theme>.png.
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
await browser.close();
await server.close();
