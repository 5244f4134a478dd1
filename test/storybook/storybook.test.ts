// Storybook as a designer uses it: the controls and docs rows of every element (from
// .storybook/arg-types.ts), and, in the built Storybook (storybook-static, `npm test` builds it),
// links with edited args and the toolbar's language and theme reaching the stories.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, serve, type Served } from '../packaging/harness.js';
import {
  elementOf,
  extractArgTypes,
  extractComponentDescription,
} from '../../.storybook/arg-types.js';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const manifest = JSON.parse(
  readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8'),
) as { modules: { declarations?: { tagName?: string; members?: { name: string }[] }[] }[] };
const TAGS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));

describe('controls and docs rows of every element', () => {
  it('finds the elements', () => assert.ok(TAGS.length >= 3, TAGS.join()));

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute has a row with its description and a usable control`, () => {
      const rows = extractArgTypes(tag)!;
      for (const a of elementOf(tag)!.attributes ?? []) {
        const row = rows[a.name];
        assert.ok(row, `${a.name}: no row`);
        assert.equal(row.table?.category, 'attributes', `${a.name} is filed as an attribute`);
        assert.ok(row.description && row.description.length > 10, `${a.name}: no description`);
        const control = row.control as { type: string } | false;
        assert.ok(
          (control && control.type !== 'object') || /\[\]/.test(a.type?.text ?? ''),
          `${a.name}: a JSON box`,
        );
        if (control && control.type === 'select')
          assert.ok((row.options ?? []).length > 1, `${a.name}: a select with no options`);
      }
      assert.equal((rows.theme!.control as { type: string }).type, 'select');
      assert.deepEqual(rows.theme!.options, ['light', 'dark']);
      assert.equal((rows.lang!.control as { type: string }).type, 'select');
    });

    it(`<${tag}>: parts, events and custom properties have rows of their own, and no internals are listed`, () => {
      const rows = extractArgTypes(tag)!;
      const el = elementOf(tag)!;
      for (const p of el.cssParts ?? [])
        assert.equal(rows[`part:${p.name}`]?.table?.category, 'css shadow parts', p.name);
      for (const e of el.events ?? [])
        assert.equal(rows[`event:${e.name}`]?.table?.category, 'events', e.name);
      for (const c of el.cssProperties ?? [])
        assert.equal(rows[c.name]?.table?.category, 'css custom properties', c.name);
      const members =
        manifest.modules
          .flatMap((m) => m.declarations ?? [])
          .find((d) => d.tagName === tag)!
          .members?.map((m) => m.name) ?? [];
      const internals = Object.keys(rows).filter(
        (k) => k.startsWith('#') || k.startsWith('_') || (members.includes(k) && !rows[k]!.table),
      );
      assert.deepEqual(internals, []);
      // A property that mirrors a kebab-case attribute (deltaUnit beside delta-unit) gets no row.
      const camel = Object.keys(rows).filter((k) => /^[a-z]+[A-Z]/.test(k));
      assert.deepEqual(camel, []);
    });

    it(`<${tag}>: the docs page has a description`, () => {
      assert.ok(extractComponentDescription(tag).length > 20);
    });
  }
});

describe('stories that pin a language or theme say so in their name', () => {
  const NAMES: Record<string, RegExp> = {
    'zh-Hans': /Simplified/,
    'zh-Hant': /Traditional/,
    en: /English/,
    dark: /Dark/,
    light: /Light/,
  };
  const dir = new URL('../../stories/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.stories.ts'))) {
    it(file, () => {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const unnamed: string[] = [];
      for (const m of source.matchAll(
        /export const (\w+)(?::[^=]+)? = \{((?:(?!export const)[\s\S])*?)\n?\};/g,
      )) {
        const pinned = /parameters: \{[^}]*?\b(?:locale|theme): '([\w-]+)'/.exec(m[2]!);
        if (pinned && !NAMES[pinned[1]!]?.test(m[1]!)) unnamed.push(`${m[1]} (${pinned[1]})`);
      }
      // Every other story follows the toolbar (checked in the built Storybook below).
      assert.deepEqual(unnamed, []);
    });
  }
});

describe(
  'the built Storybook',
  { skip: !existsSync(`${STATIC}iframe.html`) && 'run `npm run build-storybook` first' },
  () => {
    let server: Served;
    let browser: Browser;
    before(async () => {
      server = await serve(STATIC);
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens a story's canvas with URL args/globals and returns the first pearl element's host and text. */
    async function story(
      id: string,
      query = '',
    ): Promise<{ page: Page; lang: string; theme: string; text: string }> {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story${query}`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(
        () => {
          const el = document.querySelector('#storybook-root [lang] *');
          return (
            !!el &&
            [...document.querySelectorAll('*')].some(
              (e) => e.localName.startsWith('pearl-') && e.shadowRoot?.querySelector('[part]'),
            )
          );
        },
        { timeout: 20_000 },
      );
      const found = await page.evaluate(() => {
        const el = [...document.querySelectorAll('*')].find((e) =>
          e.localName.startsWith('pearl-'),
        )!;
        const frame = el.closest('[lang]')!;
        return {
          lang: el.getAttribute('lang') ?? frame.getAttribute('lang') ?? '',
          theme: frame.getAttribute('theme') ?? '',
          text: el.shadowRoot!.textContent!.replace(/\s+/g, ' '),
        };
      });
      return { page, ...found };
    }

    it('a link with a text arg restores it: args=label:Robots+made', async () => {
      const { page, text } = await story(
        'components-metric-card--default',
        '&args=label:Robots+made',
      );
      assert.match(text, /Robots made/);
      await page.close();
    });

    it("every component story's canvas has the embed snippets, following the edited args", async () => {
      const { page } = await story(
        'components-sector-comparison--host-items',
        '&args=heading:My+bars',
      );
      const snippets = await page.$eval('.pearl-embed', (d) => d.textContent ?? '');
      assert.match(snippets, /<pearl-sector-comparison [^>]*heading="My bars"/);
      assert.match(snippets, /npx pearl-charts render sector-comparison .*--heading 'My bars'/);
      assert.match(snippets, /embed\.html\?component=sector-comparison/);
      assert.match(snippets, /Points at @pearl-charts\/components@\d+\.\d+\.\d+/);
      await page.close();
    });

    it("every component's Default story draws its widget, not the error line (args named by attribute or property)", async () => {
      for (const tag of TAGS) {
        const id = `components-${tag.replace(/^pearl-/, '')}--default`;
        const { page, text } = await story(id);
        const error = await page.evaluate(
          (t: string) => !!document.querySelector(t)?.shadowRoot?.querySelector('[part~="error"]'),
          tag,
        );
        assert.equal(error, false, `${id}: ${text}`);
        await page.close();
      }
    });

    it('the gallery, the tokens playground and the in-context page draw every widget', async () => {
      const tags = [...new Set(TAGS)];
      for (const id of [
        'overview-gallery--all-widgets',
        'overview-tokens--brand-playground',
        'overview-in-context--article-column',
      ]) {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story`, {
          waitUntil: 'load',
        });
        await page.waitForFunction(
          (n: number) =>
            new Set(
              [...document.querySelectorAll('#storybook-root *')]
                .filter(
                  (e) => e.localName.startsWith('pearl-') && e.shadowRoot?.querySelector('[part]'),
                )
                .map((e) => e.localName),
            ).size >= n,
          { timeout: 20_000 },
          tags.length,
        );
        await page.close();
      }
    });

    it('a link with a select and a number arg restores them', async () => {
      const { page, text } = await story(
        'components-metric-card--host-numbers',
        '&args=value:42;unit:percent;label:Share',
      );
      assert.match(text, /42%/);
      await page.close();
    });

    it('the toolbar language and theme reach a story that does not pin them', async () => {
      const { page, lang, theme, text } = await story(
        'components-metric-card--default',
        '&globals=locale:en;theme:dark',
      );
      assert.equal(lang, 'en');
      assert.equal(theme, 'dark');
      assert.match(text, /[a-z]{4,}/);
      await page.close();
    });
  },
);
