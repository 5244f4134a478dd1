import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localizeArgs } from './phrases.js';

type TrendArgs = {
  concept?: string;
  indicators?: string;
  series?: string;
  unit?: string;
  label?: string;
  area?: boolean;
};

/** Made-up yearly levels in yuan: 2022 missing, 2025 an estimate. */
const LEVELS = JSON.stringify([
  { period: '2018', value: 9.7e12 },
  { period: '2019', value: 10.8e12 },
  { period: '2020', value: 11.1e12 },
  { period: '2021', value: 12.4e12 },
  { period: '2023', value: 13.6e12 },
  { period: '2024', value: 14.2e12 },
  { period: '2025', value: 15e12, status: 'estimate' },
]);

/** Made-up growth rates that fall below zero, with a target for 2026. */
const RATES = JSON.stringify([
  { period: '2019', value: 6.2 },
  { period: '2020', value: -2.3 },
  { period: '2021', value: 8 },
  { period: '2022', value: 1.9 },
  { period: '2023', value: 4.8 },
  { period: '2024', value: 3.5 },
  { period: '2025', value: 5, status: 'target' },
]);

const render = (a: TrendArgs) =>
  html`<pearl-trend
    concept=${ifDefined(a.concept)}
    indicators=${ifDefined(a.indicators)}
    series=${ifDefined(a.series)}
    unit=${ifDefined(a.unit)}
    label=${ifDefined(a.label)}
    ?area=${a.area}
  ></pearl-trend>`;

const meta: Meta<TrendArgs> = {
  title: 'Components/Trend',
  component: 'pearl-trend',
  // No render of its own: the preview's draws every attribute arg (notes, source…).
};
export default meta;
type Story = StoryObj<TrendArgs>;

/** 5G base stations in Guangdong: over 400,000 (open dot) and then 431,000, not joined. */
export const Default: Story = {
  args: { concept: 'gd-5g-base-stations' },
};

/** Host numbers as an area: a missing year is a gap, the estimate dashed. */
export const Area: Story = {
  args: { series: LEVELS, unit: 'cny', label: '示例（虚构数字）', area: true },
};

/** The same numbers as a line. */
export const Line: Story = {
  args: { ...Area.args, area: false },
};

/** Two comparable points make a slope chart, both ends labelled (China, 2012 and Jan–Sep 2023). */
export const SlopeChart: Story = {
  args: { concept: 'cn-high-tech-manufacturing-share' },
};

/** Patent applications 2012 and 2022: a slope chart in counts. */
export const SlopeChartCounts: Story = {
  args: { concept: 'cn-industrial-invention-patent-applications' },
};

/** 57.1% and then "over half": a bound beside an exact figure is not joined. */
export const BoundNotJoined: Story = {
  args: { concept: 'gd-advanced-manufacturing-share' },
};

/** An estimate for 2024 and a bound target for 2025, with the target line. */
export const EstimateAndTarget: Story = {
  args: { concept: 'gd-small-to-above-scale-upgrades' },
};

/** Two estimates with the same bound word: joined, dashed, both open. */
export const BoundEstimates: Story = {
  args: { concept: 'gd-above-scale-industrial-revenue' },
};

/** "Formerly" (no date) under 5%, then 100%: the undated point is never joined. */
export const Undated: Story = {
  args: { concept: 'gd-auto-chip-design-localization-rate' },
};

/** Rates below zero: the axis includes zero, so the direction reads honestly; the target dashed. */
export const NegativeRates: Story = {
  args: { series: RATES, unit: 'percent', label: '增速（虚构数字）' },
};

/** Records picked by id are put in time order. */
export const Indicators: Story = {
  args: {
    indicators:
      'cn-above-scale-industrial-enterprises-asof-2023-11 cn-above-scale-industrial-enterprises-2012',
  },
};

/** An unknown concept. */
export const UnknownConcept: Story = {
  args: { concept: 'gd-no-such-concept' },
};

/** An unknown id: the error suggests the closest one. */
export const UnknownIndicator: Story = {
  args: { indicators: 'gd-gdp-2024 gd-gdp-2042' },
};

/** Malformed JSON in the series attribute. */
export const MalformedJson: Story = {
  args: { unit: 'cny', series: '[{"period": "2024", value: 1}]' },
};

/** A value that is not a number. */
export const NotFinite: Story = {
  args: { unit: 'cny', series: '[{"period":"2024","value":1},{"period":"2025","value":"NaN"}]' },
};

/** Host numbers without a unit. */
export const MissingUnit: Story = {
  args: { series: '[{"period":"2024","value":1},{"period":"2025","value":2}]' },
};

/** One point is not a trend. */
export const TooFewPoints: Story = {
  args: { unit: 'cny', series: '[{"period":"2024","value":1}]' },
};

/** Yuan and percent cannot share an axis. */
export const MixedUnits: Story = {
  args: { indicators: 'gd-gdp-2024 gd-advanced-manufacturing-share-2024' },
};

/** The reader's quiet line, without `debug`. */
export const ErrorForReaders: Story = {
  args: UnknownConcept.args,
  parameters: { debug: false },
};

/** In a 320px column. */
export const Narrow: Story = {
  args: Area.args,
  parameters: { width: '320px' },
};

/** Dark theme from the ancestor's theme attribute. */
export const Dark: Story = {
  args: EstimateAndTarget.args,
  parameters: { theme: 'dark' },
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = {
  args: Area.args,
  parameters: { locale: 'zh-Hant' },
};

/** English. */
export const English: Story = {
  args: Default.args,
  parameters: { locale: 'en' },
};

const STATES: TrendArgs[] = [
  Default.args!,
  Area.args!,
  SlopeChart.args!,
  BoundNotJoined.args!,
  EstimateAndTarget.args!,
  Undated.args!,
  NegativeRates.args!,
];
/** Every chart state in one language and theme. */
const everyState = (locale: 'zh-Hans' | 'zh-Hant' | 'en', theme: 'light' | 'dark') =>
  html`<div
    lang=${locale}
    theme=${theme}
    style="padding: 1rem; background: ${theme === 'dark' ? '#15171b' : '#ffffff'}"
  >
    ${STATES.map((args) => render(localizeArgs(args, locale)))}
  </div>`;

/** Every chart state in Simplified Chinese, light. */
export const EveryStateSimplifiedLight: Story = { render: () => everyState('zh-Hans', 'light') };

/** Every chart state in Simplified Chinese, dark. */
export const EveryStateSimplifiedDark: Story = { render: () => everyState('zh-Hans', 'dark') };

/** Every chart state in Traditional Chinese, light. */
export const EveryStateTraditionalLight: Story = { render: () => everyState('zh-Hant', 'light') };

/** Every chart state in Traditional Chinese, dark. */
export const EveryStateTraditionalDark: Story = { render: () => everyState('zh-Hant', 'dark') };

/** Every chart state in English, light. */
export const EveryStateEnglishLight: Story = { render: () => everyState('en', 'light') };

/** Every chart state in English, dark. */
export const EveryStateEnglishDark: Story = { render: () => everyState('en', 'dark') };
