import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SectorComparisonArgs {
  indicators?: string;
  tag?: string;
  concept?: string;
  unit?: string;
  items?: string;
  sort?: 'none' | 'descending' | 'ascending';
  highlight?: string;
  heading?: string;
  animate?: boolean;
}

/** Guangdong's share of four national totals (seed 000). */
const SHARES = [
  'gd-above-scale-industrial-enterprises-national-share-asof-2024-12',
  'gd-national-manufacturing-innovation-centers-national-share-asof-2024-12',
  'gd-5g-base-stations-national-share-asof-2024-12',
  'gd-specialized-smes-national-share-asof-2024-12',
].join(' ');

const meta: Meta<SectorComparisonArgs> = {
  title: 'Components/Sector comparison',
  component: 'pearl-sector-comparison',
  argTypes: {
    sort: { control: 'inline-radio', options: ['none', 'descending', 'ascending'] },
  },
};
export default meta;
type Story = StoryObj<SectorComparisonArgs>;

/** Guangdong's share of four national totals, in the order given. */
export const Default: Story = {
  args: { indicators: SHARES, heading: '广东占全国的比重' },
};

/** The same shares sorted largest first. */
export const SortedDescending: Story = {
  args: { ...Default.args, sort: 'descending' },
};

/** The same shares sorted smallest first. */
export const SortedAscending: Story = {
  args: { ...Default.args, sort: 'ascending' },
};

/** One item highlighted by id: accent colour, bold text and a ▸ marker. */
export const Highlighted: Story = {
  args: { ...Default.args, highlight: 'gd-5g-base-stations-national-share-asof-2024-12' },
};

/** Amounts in yuan share one scale word, so every label reads in 万亿. */
export const SharedScaleWord: Story = {
  args: {
    indicators:
      'gd-industrial-output-2024 gd-gdp-2024 gd-software-revenue-2024 gd-industrial-investment-2024',
    heading: '广东2024年经济规模',
    sort: 'descending',
  },
};

/** Guangdong beside China: 5G base stations. */
export const GuangdongAndChina: Story = {
  args: {
    indicators: 'gd-5g-base-stations-asof-2025-08 cn-5g-base-stations-current',
    highlight: '0',
  },
};

/** A catalogue query: every AI record counted in platforms, largest first. */
export const TagQuery: Story = {
  args: { tag: 'ai', unit: 'platforms', sort: 'descending', heading: '广东人工智能创新平台' },
};

/** The host's own numbers as JSON, with a unit attribute (figures and labels from seed 003). */
export const HostItems: Story = {
  args: {
    unit: 'laboratories',
    items: JSON.stringify([
      { label: '全国重点实验室', value: 45, id: 'state' },
      { label: '粤港澳联合实验室', value: 35, id: 'joint' },
    ]),
  },
};

/** Bars grow on first render; nothing moves under prefers-reduced-motion. */
export const Animated: Story = {
  args: { ...Default.args, animate: true },
};

/** Every bound in one unit: under 5%, about 50%, over 50% and an exact 57.1%. */
export const Bounds: Story = {
  args: {
    indicators: [
      'gd-auto-chip-design-localization-rate-before-2025',
      'gd-industry-info-services-gdp-growth-contribution-2025',
      'gd-advanced-manufacturing-share-2025',
      'gd-advanced-manufacturing-share-2024',
    ].join(' '),
  },
};

/** A range (5–10 planned centres) beside exact counts, drawn from 5 to 10. */
export const Range: Story = {
  args: {
    indicators: [
      'cn-national-manufacturing-innovation-centers-current',
      'cn-national-manufacturing-innovation-centers-new-current',
      'gd-national-manufacturing-innovation-centers-asof-2024-12',
    ].join(' '),
  },
};

/** An estimate and a target beside an actual, each badged. */
export const Statuses: Story = {
  args: {
    indicators:
      'gd-small-to-above-scale-upgrades-2024 gd-new-specialised-smes-2025 gd-ai-little-giant-enterprises-asof-2025',
  },
};

/** Negative values grow left from the zero line (illustrative numbers). */
export const Negative: Story = {
  args: {
    unit: 'percent',
    items: JSON.stringify([
      { label: 'A', value: 11.5 },
      { label: 'B', value: -3.2 },
      { label: 'C', value: 4.3 },
      { label: 'D', value: -0.7 },
    ]),
  },
};

/** An unknown id: the error suggests the closest one. */
export const UnknownIndicator: Story = {
  args: { indicators: 'gd-gdp-2024 gd-gdp-2042' },
};

/** Yuan and percent cannot share an axis: the error names both units. */
export const MixedUnits: Story = {
  args: { indicators: 'gd-gdp-2024 gd-advanced-manufacturing-share-2024' },
};

/** A tag whose records come in many units: the error lists them and suggests `unit`. */
export const MixedUnitsFromTag: Story = {
  args: { tag: 'ai' },
};

/** One item is not a comparison. */
export const TooFewItems: Story = {
  args: { indicators: 'gd-gdp-2024' },
};

/** More than 20 items (every enterprise count) is refused. */
export const TooManyItems: Story = {
  args: { tag: 'enterprises', unit: 'enterprises' },
};

/** Malformed JSON in the items attribute. */
export const MalformedJson: Story = {
  args: { unit: 'cny', items: '[{"label": "A", value: 1}]' },
};

/** A value that is not a number. */
export const NotFinite: Story = {
  args: { unit: 'cny', items: '[{"label":"A","value":1},{"label":"B","value":"abc"}]' },
};

/** Host numbers without a unit. */
export const MissingUnit: Story = {
  args: { items: '[{"label":"A","value":1},{"label":"B","value":2}]' },
};

/** An item without a value. */
export const MissingValue: Story = {
  args: { unit: 'cny', items: '[{"label":"A","value":1},{"label":"B"}]' },
};

/** Long labels wrap in their column. */
export const LongLabel: Story = {
  args: {
    indicators: [
      'gd-above-scale-enterprises-digital-transformation-2025',
      'gd-tech-transformation-digitalization-enterprises-2025',
      'gd-provincial-foreign-trade-backbone-enterprises-2025',
    ].join(' '),
  },
};

/** In a 300px column the labels sit above their bars. */
export const Narrow: Story = {
  args: Default.args,
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
};

/** Dark theme from the ancestor's theme attribute. */
export const Dark: Story = {
  args: Highlighted.args,
  parameters: { theme: 'dark' },
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = {
  args: SharedScaleWord.args,
  parameters: { locale: 'zh-Hant' },
};

/** English. */
export const English: Story = {
  args: SharedScaleWord.args,
  parameters: { locale: 'en' },
};

/** Each row writes its own number: 超8400家, 1万家, 约100家 (never 超0.84万家 or 约0.01万家). */
export const OwnNumbers: Story = {
  args: { indicators: LongLabel.args!.indicators },
};

/** English states the unit once (Unit: enterprises): over 8,400, 10,000, about 100. */
export const OwnNumbersEnglish: Story = {
  args: OwnNumbers.args,
  parameters: { locale: 'en' },
};

/** Amounts of different magnitudes keep the source's scale word: 1万亿元 beside 1658亿元. */
export const MixedMagnitudes: Story = {
  args: {
    indicators: [
      'gd-key-projects-planned-investment-2025',
      'gd-key-industrial-projects-5-categories-investment-2025',
      'gd-soe-ai-related-industry-scale-by-2027',
      'gd-soe-ai-investment-by-2027',
    ].join(' '),
  },
};

/** In English the same amounts read 1 trillion, 165.8 billion… under "Unit: yuan". */
export const MixedMagnitudesEnglish: Story = {
  args: MixedMagnitudes.args,
  parameters: { locale: 'en' },
};

/** 431,000 beside 3.282 million base stations, not 0.431 million (43.1 and 328.2 under 单位：万个 in Chinese). */
export const NaturalEnglishNumbers: Story = {
  args: GuangdongAndChina.args,
  parameters: { locale: 'en' },
};

/** Every kind of mark: an actual, a range with end caps, a hatched estimate, an outlined target (host numbers, illustrative). */
export const Marks: Story = {
  args: {
    heading: '示例（虚构数字）',
    unit: 'enterprises',
    items: JSON.stringify([
      { label: '实际', value: 8400 },
      { label: '区间', min: 3000, max: 6000 },
      { label: '预计', value: 5500, status: 'estimate' },
      { label: '目标', value: 10000, status: 'target' },
      { label: '目标区间', min: 5000, max: 9000, status: 'target' },
    ]),
  },
};

/** The marks in the dark theme, one of them highlighted. */
export const MarksDark: Story = {
  args: { ...Marks.args, highlight: '2' },
  parameters: { theme: 'dark' },
};

/** Rows of one label told apart by region and period, on their own line: 广东 · 2024年. */
export const RegionAndPeriod: Story = {
  args: {
    indicators: 'gd-high-tech-manufacturing-share-2024 cn-high-tech-manufacturing-share-2012',
  },
};

/** English at 600px: the value column fits its numbers and the bars take most of the row. */
export const English600: Story = {
  args: OwnNumbers.args,
  parameters: { locale: 'en' },
  decorators: [(story) => html`<div style="width: 600px">${story()}</div>`],
};

/** Traditional Chinese at 320px: labels above their bars, no one-character last lines. */
export const TraditionalChinese320: Story = {
  args: { indicators: Range.args!.indicators },
  parameters: { locale: 'zh-Hant' },
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
};

/** The anatomy of a news graphic: title, description, bars, notes and a linked, dated source line. */
export const Anatomy: Story = {
  render: () =>
    html`<pearl-sector-comparison
      unit="percent"
      sort="descending"
      heading="占规上工业增加值比重"
      description="广东 · 2024年"
      notes="示例：主机页面自己的注释。"
      source-name="南方日报"
      source-url="https://example.com/"
      source-date="2025-01-17"
      items='[{"label":"先进制造业","value":57.1},{"label":"高技术制造业","value":32}]'
    ></pearl-sector-comparison>`,
};

/** Two bars and nothing below the source: the chart is as tall as its content. */
export const TwoBars: Story = {
  args: { indicators: 'gd-industrial-output-2024 gd-gdp-2024', heading: '广东经济总量' },
};

/** What a reader sees for bad input: one quiet line in their script (the problem goes to the console). */
export const ErrorAsReadersSeeIt: Story = {
  args: { indicators: 'gd-gdp-2024' },
  parameters: { debug: false },
};
