import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { INDICATORS, SOURCES, TAGS, REGIONS } from '../packages/data/src/index.js';
import {
  formatIndicator,
  formatPeriod,
  message,
  resolveLocale,
  scriptOf,
} from '../packages/components/src/format.js';

interface CatalogueArgs {
  tag: string;
}

/** The badge word of an estimate or target; an actual figure has none. */
const statusText = (
  status: 'actual' | 'estimate' | 'target',
  locale: ReturnType<typeof resolveLocale>,
) => (status === 'actual' ? '' : message(`status.${status}`, locale));

/** Column heads of the catalogue table (the components' own tables have theirs). */
const HEADS = {
  'zh-Hans': ['指标', '数值', '时期', '地区'],
  'zh-Hant': ['指標', '數值', '時期', '地區'],
  en: ['Indicator', 'Value', 'Period', 'Region'],
} as const;

/** Every indicator in the data, formatted in the toolbar's language; filter by tag with the control. */
const meta: Meta<CatalogueArgs> = {
  title: 'Catalogue',
  args: { tag: 'all' },
  argTypes: { tag: { control: 'select', options: ['all', ...TAGS] } },
  parameters: { layout: 'fullscreen' },
  render: ({ tag }, { globals }) => {
    const locale = resolveLocale(globals.locale ?? 'zh-Hans');
    const script = scriptOf(locale);
    const rows = INDICATORS.filter((r) => tag === 'all' || (r.tags as string[]).includes(tag));
    const sourceScript = (seed: string) =>
      SOURCES.find((s) => s.seed === seed)?.script ?? 'zh-Hans';
    return html`<table class="pearl-catalogue">
      <caption>
        ${rows.length} / ${INDICATORS.length}
      </caption>
      <thead>
        <tr>
          <th scope="col">id</th>
          ${HEADS[script].map((head) => html`<th scope="col">${head}</th>`)}
          <th scope="col">${message('source', locale)}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td><code>${r.id}</code></td>
              <td>${r.labels[script]}</td>
              <td>${formatIndicator(r, locale)} ${statusText(r.status, locale)}</td>
              <td>${formatPeriod(r.period, locale)}</td>
              <td>${REGIONS[r.region][script]}</td>
              <td lang=${sourceScript(r.source.seed)}>${r.source.quote}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  },
};
export default meta;

/** All figures. */
export const All: StoryObj<CatalogueArgs> = {};

/** Only the artificial-intelligence figures. */
export const ArtificialIntelligence: StoryObj<CatalogueArgs> = { args: { tag: 'ai' } };

/** Only the manufacturing figures. */
export const Manufacturing: StoryObj<CatalogueArgs> = { args: { tag: 'manufacturing' } };
