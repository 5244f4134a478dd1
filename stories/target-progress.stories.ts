import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface TargetProgressArgs {
  indicator?: string;
  'target-indicator'?: string;
  value?: number | string;
  target?: number | string;
  baseline?: number | string;
  unit?: string;
  label?: string;
  'value-period'?: string;
  'target-period'?: string;
  'baseline-period'?: string;
  animate?: boolean;
}

/**
 * No actual in the data has a target the catalogue measures it against (a 2024 flow is not progress
 * toward a 2025 flow), so the progress stories use the host's own numbers, labelled as made up.
 * The real records appear as targets alone, and as one same-concept pair named with
 * `target-indicator`: 5500 firms upgraded in 2024 (seed 000) and "over 5500" planned for 2025 (seed 001).
 */
const ACTUAL = 'gd-small-to-above-scale-upgrades-2024';
const GOAL = 'gd-firms-upgraded-above-scale-2025';
const MADE_UP = '示例（虚构数字）';
/** Made-up host numbers for the states no real pair shows: a stock at 84% of the level it is to reach. */
const HOST = {
  value: 73900,
  target: 88000,
  unit: 'enterprises',
  label: MADE_UP,
  'value-period': 'as of 2024-12',
  'target-period': 'by 2027',
};

const meta: Meta<TargetProgressArgs> = {
  title: 'Components/Target progress',
  component: 'pearl-target-progress',
};
export default meta;
type Story = StoryObj<TargetProgressArgs>;

/** Real records: 5500 firms upgraded in 2024 (seed 000) against "over 5500" planned for 2025 (seed 001). */
export const Default: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
};

/** A real actual and a real target of one concept, paired with `target-indicator` (different years of a yearly count). */
export const TargetIndicator: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
};

/** A real actual measured against a target the host supplies (made up). */
export const IndicatorWithHostTarget: Story = {
  args: { indicator: ACTUAL, target: 11000, 'target-period': '2026' },
};

/** A baseline marker and label beside the fill and the target (host numbers, made up). */
export const WithBaseline: Story = {
  args: { ...HOST, baseline: 52000, 'baseline-period': '2020' },
};

/** The fill grows in from 0 on first render; nothing moves under prefers-reduced-motion. */
export const Animated: Story = {
  args: { ...Default.args, animate: true },
};

/** A value equal to its target (made up): 100%, and the reached event fires. */
export const TargetReached: Story = {
  args: { ...HOST, value: 88000 },
};

/** A value past its target (host numbers, made up): the scale extends, the marker moves inside, +12% is noted. */
export const Overshoot: Story = {
  args: {
    value: 112,
    target: 100,
    unit: 'enterprises',
    label: MADE_UP,
    'value-period': '2025',
    'target-period': '2025',
  },
};

/** A real target with no actual in the data, shown alone: no fill, no percent, no fake 0. */
export const TargetOnly: Story = {
  args: { indicator: 'gd-soe-ai-investment-by-2027' },
};

/** A target qualified with "about" (约200场), shown alone. */
export const AboutTarget: Story = {
  args: { indicator: 'gd-domestic-trade-fairs-2025' },
};

/** A range target (1–2 zones), shown alone at its midpoint with the range in its label. */
export const RangeTarget: Story = {
  args: { indicator: 'gd-future-industry-pilot-zones-2025' },
};

/** Host numbers without a value: the target alone, clearly labelled. */
export const MissingValue: Story = {
  args: { target: 30, unit: 'platforms', label: MADE_UP, 'target-period': '2025' },
};

/** A target of 0 (host numbers, made up): drawn, with the percent of target stated as undefined. */
export const TargetZero: Story = {
  args: {
    value: 5,
    target: 0,
    unit: 'enterprises',
    label: MADE_UP,
    'value-period': '2025',
    'target-period': '2025',
  },
};

/** A negative value (host numbers, made up): the scale includes 0 and the value is a dot left of it. */
export const Negative: Story = {
  args: {
    value: -3.2,
    target: 5,
    unit: 'percent',
    label: MADE_UP,
    'value-period': '2024',
    'target-period': '2025',
  },
};

/** An unknown id: the error names it and suggests the closest one. */
export const UnknownIndicator: Story = {
  args: { indicator: 'gd-small-to-above-scale-upgrade-2024' },
};

/** An actual with no target in the data and none given: the error asks for one. */
export const MissingTarget: Story = {
  args: { indicator: ACTUAL },
};

/** A target in another unit than the actual: refused. */
export const MixedUnits: Story = {
  args: { indicator: 'gd-gdp-2024', 'target-indicator': GOAL },
};

/** A value attribute that is not a number: the error names the field and the text. */
export const NotFinite: Story = {
  args: { value: 'abc', target: 100, unit: 'percent', label: MADE_UP },
};

/** Host numbers without a unit. */
export const MissingUnit: Story = {
  args: { value: 84, target: 100, label: MADE_UP },
};

/** A unit outside the data vocabulary. */
export const UnknownUnit: Story = {
  args: { value: 84, target: 100, unit: 'widgets', label: MADE_UP },
};

/** A long label wraps; the labels at the fill and the marker stay inside the track. */
export const LongLabel: Story = {
  args: {
    ...WithBaseline.args,
    label:
      '示例（虚构数字）：完成数字化转型并接入工业互联网平台的规模以上工业企业，按年末累计口径统计',
  },
};

/** In a 300px column (the story wrapper's width). */
export const Narrow: Story = {
  args: WithBaseline.args,
  parameters: { width: '300px' },
};

/** Dark theme from the ancestor's theme attribute. */
export const Dark: Story = {
  args: WithBaseline.args,
  parameters: { theme: 'dark' },
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
  parameters: { locale: 'zh-Hant' },
};

/** English. */
export const English: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
  parameters: { locale: 'en' },
};

/*
 * Never overstating (issue "Read as news"): a percent of target only when actual and target measure
 * the same thing over the same period; rates as positions against 0; an "over" target met only
 * when exceeded.
 */

/** 5500 firms expected in 2024 against the 2025 target of over 5500 (real records): both years, no percent, the target above the 2024 level. */
export const DifferentPeriods: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
};

/** A 2024 count against a 2027 target (host numbers, made up): no percent, and how much higher the target is. */
export const LaterTarget: Story = {
  args: { ...HOST, 'value-period': '2024', 'target-period': '2027' },
};

/** A stock counted "as of" a date toward a level to reach "by" a year (made up): percent of target and what remains. */
export const StockTowardTarget: Story = {
  args: { ...HOST },
};

/** The real 2025 target of over 5500 against a made-up 2025 count of exactly 5500: not met, under 100%. */
export const OverTargetAtItsNumber: Story = {
  args: {
    indicator: GOAL,
    value: 5500,
    'value-period': '2025',
    label: '新增“小升规”企业（示例：实际数为虚构）',
  },
};

/** The real 2025 target of over 5500 against a made-up 2025 count of 5600: met, and by how much. */
export const OverTargetPassed: Story = {
  args: { ...OverTargetAtItsNumber.args, value: 5600 },
};

/** The real target of about 200 domestic fairs against a made-up 180: an approximate percent (约90%). */
export const AboutTargetProgress: Story = {
  args: {
    indicator: 'gd-domestic-trade-fairs-2025',
    value: 180,
    'value-period': '2025',
    label: '举办或参与的国内展会（示例：实际数为虚构）',
  },
};

/** Firms that went digital (seed 003) against a target for tech upgrades (seed 001), both real: different definitions, no percent. */
export const DifferentDefinitions: Story = {
  args: {
    indicator: 'gd-above-scale-enterprises-digital-transformation-2025',
    'target-indicator': 'gd-enterprise-tech-upgrade-digitalisation-2025',
  },
};

/** Growth of −3.2% against a 5% target for the same year (host numbers, made up): positions against 0, never "−64% of target". */
export const RateBelowTarget: Story = {
  args: {
    value: -3.2,
    target: 5,
    unit: 'percent',
    label: MADE_UP,
    'value-period': '2025',
    'target-period': '2025',
  },
};

/** The rate below its target in Traditional Chinese. */
export const RateBelowTargetTraditional: Story = {
  args: RateBelowTarget.args,
  parameters: { locale: 'zh-Hant' },
};

/** The rate below its target in English. */
export const RateBelowTargetEnglish: Story = {
  args: { ...RateBelowTarget.args, label: 'Example (made-up numbers)' },
  parameters: { locale: 'en' },
};

/** A rate past its target (made up): by how many percentage points. */
export const RateAboveTarget: Story = {
  args: { ...RateBelowTarget.args, value: 6.1 },
};

/** Host numbers with a target period but no value period: not known to be the same period, no percent. */
export const PeriodNotStated: Story = {
  args: {
    value: 73900,
    target: 88000,
    unit: 'enterprises',
    label: MADE_UP,
    'target-period': '2027',
  },
};

/** Host numbers with no periods at all are taken as the same period: percent of target. */
export const NoPeriods: Story = {
  args: { value: 73900, target: 88000, unit: 'enterprises', label: MADE_UP },
};

/** The case in a 320px column. */
export const DifferentPeriodsNarrow: Story = {
  args: DifferentPeriods.args,
  parameters: { width: '320px' },
};

/** The rate case in the dark theme. */
export const RateBelowTargetDark: Story = {
  args: RateBelowTarget.args,
  parameters: { theme: 'dark' },
};

/** The anatomy of a news graphic: title, description, the bar, notes and a linked, dated source line. */
export const Anatomy: Story = {
  render: () =>
    html`<pearl-target-progress
      value="73900"
      target="88000"
      unit="enterprises"
      label=${MADE_UP}
      value-period="2024"
      target-period="2027"
      description="高新技术企业数量"
      notes="示例：主机页面自己的注释。"
      source-name="南方日报"
      source-url="https://example.com/"
      source-date="2025-01-17"
    ></pearl-target-progress>`,
};

/** An actual and a target from two articles: the source line counts and lists both. */
export const TwoSourcesTraditional: Story = {
  args: { indicator: ACTUAL, 'target-indicator': GOAL },
  parameters: { locale: 'zh-Hant' },
};

/** What a reader sees for bad input: one quiet line in their script (the problem goes to the console). */
export const ErrorAsReadersSeeIt: Story = {
  args: { indicator: 'gd-small-to-above-scale-upgrade-2024' },
  parameters: { debug: false },
};
