/**
 * The widgets as a reader's printer puts them on paper: an A4 page with a 170 mm text column, white,
 * every widget (each component's Default story) between paragraphs, with the components' own print
 * rules (.storybook/print-preview.ts). A dark theme prints light, a chart's data table prints
 * instead of its toggle, the source line prints. Language and theme follow the toolbar; the second
 * story starts from the dark theme. No docs page: the widgets are told the page prints, which would
 * reach every story drawn beside this one.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import { elementOf, renderElement } from '../.storybook/arg-types.js';
import { applyPrint, endPrint } from '../.storybook/print-preview.js';
import { localizeArgs } from './phrases.js';
import { WIDGETS } from './widgets.js';
import { text } from './article.js';

/** Waits until `paper` is in the page (a ref sees it before it is inserted), then lays it out. */
async function printWhenPlaced(paper: Element | undefined) {
  if (!paper) return;
  for (let i = 0; i < 10 && !paper.isConnected; i++) await new Promise(requestAnimationFrame);
  if (paper.isConnected) await applyPrint(paper);
}

const meta: Meta = {
  title: 'Overview/Print preview',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', controls: { disable: true } },
  // The widgets draw what paper cannot open (their tables) until the story goes.
  beforeEach: () => endPrint,
  render: (_, { globals }) => {
    const locale = String(globals.locale ?? 'zh-Hans');
    return html`<div style="background: #d9dbe0; padding: 2rem 1rem">
      <article
        class="paper"
        ${ref(printWhenPlaced)}
        style="box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 20mm; background: #ffffff; color: #1b1c1f; color-scheme: light; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25)"
      >
        ${text(locale)}
        ${WIDGETS.map(
          (w) =>
            html`<div style="margin: 1.5rem 0">
                ${renderElement(localizeArgs(w.args, locale), w.tag)}
              </div>
              ${text(locale)}`,
        )}
      </article>
    </div>`;
  },
  // What a print must show of every widget.
  play: async ({ canvasElement }) => {
    const paper = canvasElement.querySelector('.paper')!;
    await waitFor(() => expect(paper.hasAttribute('data-print-ready')).toBe(true), {
      timeout: 10_000,
    });
    const shown = (el: Element | null | undefined) =>
      !!el && el.checkVisibility() && el.getClientRects().length > 0;
    const hosts = [...paper.querySelectorAll('*')].filter((e) => e.localName.startsWith('pearl-'));
    expect(hosts.map((h) => h.localName).sort()).toEqual(WIDGETS.map((w) => w.tag).sort());
    for (const host of hosts) {
      const root = host.shadowRoot!;
      const tag = host.localName;
      // Light: the light theme's dark text, whatever the toolbar's theme.
      const style = getComputedStyle(host);
      expect(style.colorScheme, tag).toBe('light');
      const [r, g, b] = style.color.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!, `${tag} text ${style.color}`).toBeLessThan(200);
      expect(shown(root.querySelector('[part~="source"]')), `${tag} source line`).toBe(true);
      // A widget with a data table (a `table` part) prints it, and nothing that would open it.
      const hasTable = elementOf(tag)?.cssParts?.some((p) => p.name === 'table') ?? false;
      if (hasTable) expect(shown(root.querySelector('table')), `${tag} table`).toBe(true);
      const openers = [...root.querySelectorAll('[part~="toggle"], summary')].filter(
        (o) => !o.closest('[part~="source"]'),
      );
      expect(openers.filter(shown).length, `${tag} toggles shown`).toBe(0);
    }
  },
};
export default meta;
type Story = StoryObj;

/** Every widget on an A4 page, in the toolbar's language and theme. */
export const A4Page: Story = {};

/** The same page from the dark theme: it prints light. */
export const A4PageFromDark: Story = {
  globals: { theme: 'dark' },
};
