/**
 * The widgets where they will live: in an article's text column (about 640 px), in a 300 px
 * sidebar, and across the full width. The text around them is placeholder copy in the toolbar's
 * language; the widgets are each component's Default story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from '../.storybook/arg-types.js';
import { localizeArgs } from './phrases.js';
import { WIDGETS } from './widgets.js';
import { text } from './article.js';

const widget = (w: (typeof WIDGETS)[number], locale: string) =>
  html`<div style="margin: 1.5rem 0">${renderElement(localizeArgs(w.args, locale), w.tag)}</div>`;

const meta: Meta = {
  title: 'Overview/In context',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

const locale = (globals: Record<string, unknown>) => String(globals.locale ?? 'zh-Hans');

/** In an article's text column, about 640 px wide, between paragraphs. */
export const ArticleColumn: Story = {
  render: (_, { globals }) =>
    html`<article style="max-width: 40rem; margin: 0 auto">
      ${text(locale(globals))}
      ${WIDGETS.map((w) => html`${widget(w, locale(globals))}${text(locale(globals))}`)}
    </article>`,
};

/** In a 300 px sidebar beside the article. */
export const Sidebar: Story = {
  render: (_, { globals }) =>
    html`<div style="display: flex; gap: 2rem; align-items: flex-start">
      <article style="flex: 1; min-width: 0">
        ${text(locale(globals))}${text(locale(globals))}${text(locale(globals))}
      </article>
      <aside style="width: 300px; flex: none">
        ${WIDGETS.map((w) => widget(w, locale(globals)))}
      </aside>
    </div>`,
};

/** Across the full width of the page. */
export const FullWidth: Story = {
  render: (_, { globals }) =>
    html`${text(locale(globals))}${WIDGETS.map((w) => widget(w, locale(globals)))}`,
};
