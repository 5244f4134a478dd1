/**
 * Every widget side by side: each component's Default story, found from the story files (so a new
 * widget appears here with no edit), in the toolbar's language and theme; then light beside dark, and
 * the three scripts side by side.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderElement } from '../.storybook/arg-types.js';
import { localizeArgs } from './phrases.js';
import { WIDGETS } from './widgets.js';

const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

const grid = (min: string, body: unknown) =>
  html`<div
    style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(${min}, 1fr)); align-items: start"
  >
    ${body}
  </div>`;

/** One widget in a frame of its own language and theme. */
const cell = (w: (typeof WIDGETS)[number], locale: string, theme?: 'light' | 'dark') =>
  html`<section
    lang=${locale}
    theme=${ifDefined(theme)}
    style="padding: 0.75rem; border-radius: 6px; ${
      theme === 'dark'
        ? 'background: #15171b; color: #eceef2'
        : theme === 'light'
          ? 'background: #ffffff; color: #1b1c1f'
          : ''
    }"
  >
    ${renderElement(localizeArgs(w.args, locale), w.tag)}
  </section>`;

const meta: Meta = {
  title: 'Overview/Gallery',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

/** Every widget's default, in the toolbar's language and theme. */
export const AllWidgets: Story = {
  render: (_, { globals }) =>
    grid(
      '20rem',
      WIDGETS.map(
        (w) =>
          html`<div>
            <p style="font: 600 0.8rem system-ui; opacity: 0.7; margin: 0 0 0.25rem">${w.title}</p>
            ${cell(w, String(globals.locale ?? 'zh-Hans'))}
          </div>`,
      ),
    ),
};

/** Each widget in the light theme beside the dark one (the language follows the toolbar). */
export const LightBesideDark: Story = {
  render: (_, { globals }) =>
    html`${WIDGETS.map((w) =>
      grid(
        '18rem',
        html`${cell(w, String(globals.locale ?? 'zh-Hans'), 'light')}
        ${cell(w, String(globals.locale ?? 'zh-Hans'), 'dark')}`,
      ),
    )}`,
};

/** Each widget in Simplified Chinese, Traditional Chinese and English, side by side. */
export const ThreeScripts: Story = {
  render: () =>
    html`${WIDGETS.map((w) =>
      grid(
        '16rem',
        LOCALES.map((l) => cell(w, l)),
      ),
    )}`,
};
