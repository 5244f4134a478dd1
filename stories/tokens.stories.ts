/**
 * The design tokens (tokens.css) as swatches and a type scale, light beside dark, and a playground:
 * brand colour, highlight and font restyle live widgets, and the CSS a site would paste is written
 * out below them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import tokensCss from '../packages/components/src/shared/tokens.css?raw';
import { renderElement } from '../.storybook/arg-types.js';
import { localizeArgs } from './phrases.js';
import { WIDGETS } from './widgets.js';

/** Every `--pearl-*` token of a theme block in tokens.css, in order. */
export function tokensOf(theme: 'light' | 'dark'): [name: string, value: string][] {
  const block = new RegExp(`\\.pearl-theme-${theme}\\s*\\{([^}]*)\\}`).exec(tokensCss)?.[1] ?? '';
  return [...block.matchAll(/(--pearl-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

const swatches = (theme: 'light' | 'dark') =>
  html`<section
    style="padding: 1rem; border-radius: 6px; background: ${
      theme === 'dark' ? '#15171b; color: #eceef2' : '#ffffff; color: #1b1c1f'
    }"
  >
    <h3 style="margin: 0 0 0.75rem; font: 600 1rem system-ui">.pearl-theme-${theme}</h3>
    <ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem">
      ${tokensOf(theme).map(
        ([name, value]) =>
          html`<li
            style="display: flex; gap: 0.6rem; align-items: center; font: 0.8rem ui-monospace, monospace"
          >
            <span
              aria-hidden="true"
              style="width: 1.5rem; height: 1.5rem; border-radius: 4px; border: 1px solid #888; background: ${value}"
            ></span>
            <code>${name}</code><span>${value}</span>
          </li>`,
      )}
    </ul>
  </section>`;

const SIZES = [
  ['Title', '1.125rem', 700],
  ['Figure', '2.25rem', 700],
  ['Body', '1rem', 400],
  ['Source line', '0.8125rem', 400],
] as const;

const meta: Meta = {
  title: 'Overview/Tokens',
  parameters: { layout: 'fullscreen' },
  // Helpers, not stories (they showed as empty "Tokens Of" and "Brand Css" blocks on the docs page).
  excludeStories: ['tokensOf', 'brandCss'],
};
export default meta;

/** Colour tokens in light and dark, and the type scale in the widgets' font. */
export const Swatches: StoryObj = {
  parameters: { controls: { disable: true } },
  render: () =>
    html`<div
        style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))"
      >
        ${swatches('light')} ${swatches('dark')}
      </div>
      <section style="padding: 1rem">
        <h3 style="font: 600 1rem system-ui">Type scale (--pearl-font-family)</h3>
        ${SIZES.map(
          ([name, size, weight]) =>
            html`<p
              style="font-family: var(--pearl-font-family, system-ui); font-size: ${size}; font-weight: ${weight}; margin: 0.4rem 0"
            >
              ${name} · 广东工业总产值 · 廣東工業總產值 · Guangdong's industrial output 20萬億元
            </p>`,
        )}
      </section>`,
};

interface BrandArgs {
  brand: string;
  highlight: string;
  font: string;
}

/** The CSS a site pastes for its brand, from the playground's controls. */
export function brandCss(a: BrandArgs): string {
  const lines = [
    a.brand && `  --pearl-series-1: ${a.brand};`,
    a.brand && `  --pearl-color-focus: ${a.brand};`,
    a.highlight && `  --pearl-color-highlight: ${a.highlight};`,
    a.font && `  --pearl-font-family: ${a.font};`,
  ].filter(Boolean);
  return `:root {\n${lines.join('\n')}\n}`;
}

/** Brand colour, highlight and font: the widgets restyle live, and the CSS to paste is below. */
export const BrandPlayground: StoryObj<BrandArgs> = {
  args: { brand: '#0b6e4f', highlight: '#c2410c', font: 'Georgia, "Noto Serif CJK SC", serif' },
  argTypes: {
    brand: { control: 'color', description: 'Bars, fills and focus rings (--pearl-series-1)' },
    highlight: { control: 'color', description: 'The highlighted bar (--pearl-color-highlight)' },
    font: { control: 'text', description: 'Every text of the widgets (--pearl-font-family)' },
  },
  render: (a, { globals }) => {
    const css = brandCss(a);
    const style = css
      .replace(/^:root \{|\}$/g, '')
      .replace(/\n/g, ' ')
      .trim();
    return html`<div style="padding: 1rem; ${style}">
      <div
        style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr))"
      >
        ${WIDGETS.map((w) => renderElement(localizeArgs(w.args, String(globals.locale ?? 'zh-Hans')), w.tag))}
      </div>
      <h3 style="font: 600 1rem system-ui; margin-top: 1.5rem">CSS for your site</h3>
      <pre
        style="background: #f4f5f7; color: #1b1c1f; padding: 0.75rem; border-radius: 6px; overflow: auto"
      ><code>${css}</code></pre>
    </div>`;
  },
};
