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

const COPY: Record<string, string> = {
  'zh-Hans':
    '（示例正文）这是一段占位文字，用来看图表在文章中的样子：与正文的间距、字号的层次、来源行与下一段的距离。',
  'zh-Hant':
    '（示例正文）這是一段佔位文字，用來看圖表在文章中的樣子：與正文的間距、字號的層次、來源行與下一段的距離。',
  en: '(Placeholder copy.) This paragraph shows how a widget sits in an article: its spacing from the text, the hierarchy of type sizes, and the gap between the source line and the next paragraph.',
};

const text = (locale: string) =>
  html`<p style="font: 1.0625rem/1.7 Georgia, 'Noto Serif CJK SC', serif; margin: 1rem 0">
    ${COPY[locale] ?? COPY.en}
  </p>`;

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
