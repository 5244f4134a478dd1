// The visual tests' screenshots: which widget states in which language, theme and width, and how
// one is taken. Pages load the built script-tag bundle (packages/components/dist/bundle, from
// `npm run build`) from the test server, as an article would. Every shot is made the same way each
// time: a fixed viewport at device scale factor 1, reduced motion (no entrance animation), light
// OS scheme (the theme comes from the `theme` attribute), fonts loaded, and the widget shot again
// until two shots agree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';
import { serve, type Served } from '../packaging/harness.js';
import { phrase } from '../../stories/phrases.js';
import { decodePng, type Image } from './png.js';

export const REFERENCES = fileURLToPath(new URL('./references/', import.meta.url));
/** Actual and diff images of the last run; gitignored. */
export const OUTPUT = fileURLToPath(new URL('./output/', import.meta.url));
export const VERSION_FILE = `${REFERENCES}chromium.txt`;
const DIST = fileURLToPath(new URL('../../packages/components/dist/', import.meta.url));
const BUNDLE = 'bundle/pearl-charts.js';

/** A pixel differs when one of its channels moves by more than this (0–255): above anti-aliasing noise. */
export const CHANNEL_TOLERANCE = 16;
/** A shot fails when more than this share of its pixels differ. */
export const PIXEL_TOLERANCE = 0.001;

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export const THEMES = ['light', 'dark'] as const;
export const WIDTHS = [320, 600] as const;
type Locale = (typeof LOCALES)[number];
type Theme = (typeof THEMES)[number];
type Width = (typeof WIDTHS)[number];
type Component =
  'metric-card' | 'target-progress' | 'sector-comparison' | 'trend' | 'share' | 'rank';

export interface Shot {
  /** File name without `.png`: `metric-card--record--zh-Hans--light--320`. */
  name: string;
  component: Component;
  attributes: Record<string, string>;
  locale: Locale;
  theme: Theme;
  width: Width;
}

interface State {
  component: Component;
  state: string;
  attributes: (locale: Locale) => Record<string, string>;
  /** Shot in every language, theme and width; the other states in two of those combinations. */
  everywhere?: boolean;
}

const SHARES = [
  'gd-above-scale-industrial-enterprises-national-share-asof-2024-12',
  'gd-national-manufacturing-innovation-centers-national-share-asof-2024-12',
  'gd-5g-base-stations-national-share-asof-2024-12',
  'gd-specialized-smes-national-share-asof-2024-12',
].join(' ');

/** Each widget's key states: real records, except where a state needs the host's own numbers. */
const STATES: State[] = [
  {
    component: 'metric-card',
    state: 'record',
    everywhere: true,
    attributes: () => ({ indicator: 'gd-industrial-robot-output-2024' }),
  },
  {
    component: 'metric-card',
    state: 'estimate',
    attributes: () => ({ indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' }),
  },
  {
    // Seed 000's figures given as the host's numbers, with a quoted source.
    component: 'metric-card',
    state: 'host-numbers',
    attributes: (l) => ({
      value: '5000e8',
      unit: 'cny',
      bound: 'over',
      label: phrase('工业技术改造投资', l),
      period: '2024',
      delta: '11.5',
      'delta-unit': 'percent',
      'better-when': 'higher',
      context: phrase('连续24个月保持两位数增长', l),
      'source-name': phrase('南方日报', l),
      'source-text': '工业技术改造投资突破5000亿元，同比增长11.5%、连续24个月保持两位数增长',
      'source-lang': 'zh-Hans',
    }),
  },
  {
    component: 'metric-card',
    state: 'error',
    attributes: () => ({ indicator: 'gd-industrial-robot-output-202' }),
  },
  {
    component: 'target-progress',
    state: 'record-pair',
    everywhere: true,
    attributes: () => ({
      indicator: 'gd-small-to-above-scale-upgrades-2024',
      'target-indicator': 'gd-firms-upgraded-above-scale-2025',
    }),
  },
  {
    component: 'target-progress',
    state: 'target-only',
    attributes: () => ({ indicator: 'gd-soe-ai-investment-by-2027' }),
  },
  {
    component: 'target-progress',
    state: 'host-baseline',
    attributes: (l) => ({
      value: '73900',
      target: '88000',
      baseline: '52000',
      unit: 'enterprises',
      label: phrase('示例（虚构数字）', l),
      'value-period': '2024',
      'target-period': '2027',
      'baseline-period': '2020',
    }),
  },
  {
    component: 'sector-comparison',
    state: 'shares',
    everywhere: true,
    attributes: (l) => ({ indicators: SHARES, heading: phrase('广东占全国的比重', l) }),
  },
  {
    component: 'sector-comparison',
    state: 'sorted-highlight',
    attributes: (l) => ({
      indicators: SHARES,
      heading: phrase('广东占全国的比重', l),
      sort: 'descending',
      highlight: 'gd-5g-base-stations-national-share-asof-2024-12',
    }),
  },
  {
    component: 'sector-comparison',
    state: 'scale-word',
    attributes: (l) => ({
      indicators:
        'gd-industrial-output-2024 gd-gdp-2024 gd-software-revenue-2024 gd-industrial-investment-2024',
      heading: phrase('广东2024年经济规模', l),
      sort: 'descending',
    }),
  },
  {
    component: 'sector-comparison',
    state: 'statuses',
    attributes: () => ({
      indicators:
        'gd-small-to-above-scale-upgrades-2024 gd-new-specialised-smes-2025 gd-ai-little-giant-enterprises-asof-2025',
    }),
  },
  {
    component: 'sector-comparison',
    state: 'error',
    attributes: () => ({ indicators: 'gd-gdp-2024 gd-advanced-manufacturing-share-2024' }),
  },
  {
    component: 'trend',
    state: 'concept',
    attributes: () => ({ concept: 'gd-5g-base-stations' }),
  },
  {
    component: 'share',
    state: 'record',
    attributes: () => ({ indicator: 'gd-industrial-robot-output-national-share-2024' }),
  },
  {
    component: 'rank',
    state: 'record',
    attributes: () => ({ indicator: 'gd-gdp-rank-2024', of: '31' }),
  },
];

/** The combinations the other states take turns at, two each, so every script, theme and width recurs. */
const ROTATION: [Locale, Theme, Width][] = [
  ['zh-Hant', 'light', 320],
  ['en', 'dark', 600],
  ['zh-Hans', 'dark', 320],
  ['en', 'light', 320],
  ['zh-Hant', 'dark', 600],
  ['zh-Hans', 'light', 600],
];

function matrix(): Shot[] {
  const shots: Shot[] = [];
  const add = (s: State, locale: Locale, theme: Theme, width: Width) =>
    shots.push({
      name: `${s.component}--${s.state}--${locale}--${theme}--${width}`,
      component: s.component,
      attributes: s.attributes(locale),
      locale,
      theme,
      width,
    });
  let turn = 0;
  for (const s of STATES)
    if (s.everywhere)
      for (const locale of LOCALES)
        for (const theme of THEMES) for (const width of WIDTHS) add(s, locale, theme, width);
    else for (let i = 0; i < 2; i++) add(s, ...ROTATION[turn++ % ROTATION.length]!);
  return shots;
}

export const SHOTS = matrix();

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page of one shot: the widget alone in a column of the shot's width, on the theme's page colour. */
export function shotPage(shot: Shot): string {
  const attrs = Object.entries(shot.attributes)
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  const page = shot.theme === 'dark' ? '#15171b' : '#ffffff';
  return (
    `<!doctype html><html lang="${shot.locale}"><head><meta charset="utf-8"><title>${shot.name}</title>` +
    `<style>html,body{margin:0;background:${page}}#column{width:${shot.width}px;padding:8px}</style>` +
    `<script type="module" src="/${BUNDLE}"></script></head>` +
    `<body><div id="column" theme="${shot.theme}"><pearl-${shot.component} id="shot"${attrs}></pearl-${shot.component}></div></body></html>`
  );
}

/** `chromium --version` of the browser the tests drive, e.g. `Chromium 156.0.8078.114 built on Debian…`. */
export function chromiumVersion(): string {
  try {
    return execFileSync(chromePath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** The major version in a `--version` line (`156`), or null. */
export const majorVersion = (line: string) => /(\d+)\.\d+\.\d+/.exec(line)?.[1] ?? null;

export interface Camera {
  shoot(shot: Shot): Promise<Image>;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the server and the browser; `shoot()` renders a shot's page and returns the widget's pixels. */
export async function openCamera(): Promise<Camera> {
  if (!existsSync(`${DIST}${BUNDLE}`))
    throw new Error(`${DIST}${BUNDLE} is missing: run npm run build first`);
  const server: Served = await serve(DIST);
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    // Colours in sRGB whatever the display, no scrollbars, no hinting (same glyph shapes on every host).
    args: [
      ...chromeArgs,
      '--force-color-profile=srgb',
      '--hide-scrollbars',
      '--font-render-hinting=none',
    ],
    timeout: 30_000,
    protocolTimeout: 60_000,
  });
  const page: Page = await browser.newPage();
  await page.setViewport({ width: 640, height: 1200, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  async function shoot(shot: Shot): Promise<Image> {
    errors.length = 0;
    server.page(`/visual/${shot.name}.html`, shotPage(shot));
    await page.goto(`${server.origin}/visual/${shot.name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const el = document.getElementById('shot');
        return !!el && !!customElements.get(el.localName) && !!el.shadowRoot?.textContent?.trim();
      },
      { timeout: 20_000 },
    );
    // Fonts, then the element's update, the size observer's re-render and two frames of paint.
    // (No named functions inside: tsx would wrap them in a helper the page does not have.)
    await page.evaluate(async () => {
      const el = document.getElementById('shot') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await document.fonts.ready;
      for (let i = 0; i < 2; i++) {
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    if (errors.length) throw new Error(`${shot.name}: ${errors.join('; ')}`);
    const element = (await page.$('#shot'))!;
    let last = Buffer.from(await element.screenshot({ type: 'png' }));
    for (let i = 0; i < 5; i++) {
      const next = Buffer.from(await element.screenshot({ type: 'png' }));
      if (next.equals(last)) return decodePng(next);
      last = next;
    }
    throw new Error(`${shot.name}: the widget never stopped changing`);
  }

  return {
    shoot,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
