import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface MetricCardArgs {
  indicator?: string;
  value?: string;
  unit?: string;
  label?: string;
  period?: string;
  bound?: string;
  status?: string;
  delta?: string;
  'delta-unit'?: string;
  'better-when'?: string;
  context?: string;
  'source-name'?: string;
  'source-text'?: string;
  'source-url'?: string;
  'source-lang'?: string;
  animate?: boolean;
}

const meta: Meta<MetricCardArgs> = {
  title: 'Components/Metric card',
  component: 'pearl-metric-card',
};
export default meta;
type Story = StoryObj<MetricCardArgs>;

/** Guangdong's 2024 industrial robot output, with its growth and its share of the national total. */
export const Default: Story = { args: { indicator: 'gd-industrial-robot-output-2024' } };

/**
 * The host's own numbers, every one from seed 000 (南方日报): value, unit, bound, label, period,
 * delta, context and the quoted source.
 */
export const HostNumbers: Story = {
  args: {
    value: '5000e8',
    unit: 'cny',
    bound: 'over',
    label: '工业技术改造投资',
    period: '2024',
    delta: '11.5',
    'delta-unit': 'percent',
    'better-when': 'higher',
    context: '连续24个月保持两位数增长',
    'source-name': '南方日报',
    'source-text': '工业技术改造投资突破5000亿元，同比增长11.5%、连续24个月保持两位数增长',
    'source-lang': 'zh-Hans',
    'source-url': 'https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html',
  },
};

/** The number counts up on entrance (not under reduced motion), ending on the formatted text. */
export const Animated: Story = {
  args: { indicator: 'gd-ai-core-industry-size-2025', animate: true },
};

/** A label and context from the host override the catalogue's. */
export const LabelOverride: Story = {
  args: { indicator: 'gd-industrial-robot-output-2024', label: '机器人产量', context: '占全国44%' },
};

/** A rise that is bad news (better-when="lower") is coloured as such, with sign and arrow as well (made-up numbers). */
export const BetterWhenLower: Story = {
  args: {
    value: '5.1',
    unit: 'percent',
    label: '城镇调查失业率（虚构数字）',
    delta: '0.3',
    'delta-unit': 'pp',
    'better-when': 'lower',
  },
};

/** A fall that is bad news: minus sign and down arrow (made-up numbers). */
export const NegativeDelta: Story = {
  args: {
    value: '3.2e12',
    unit: 'cny',
    label: '出口额（虚构数字）',
    delta: '-4.1',
    'delta-unit': 'percent',
    'better-when': 'higher',
  },
};

/** A change with no better direction stays neutral (made-up numbers). */
export const NeutralDelta: Story = {
  args: {
    value: '120',
    unit: 'projects',
    label: '在建项目（虚构数字）',
    delta: '6',
    'delta-unit': 'projects',
  },
};

/** A share with its change in percentage points. */
export const PercentagePointChange: Story = {
  args: { indicator: 'gd-advanced-manufacturing-share-2024' },
};

/** An estimate: a text badge, and a context line from a 1/7 national share. */
export const Estimate: Story = {
  args: { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
};

/** A target: a dashed text badge. */
export const Target: Story = {
  args: { indicator: 'gd-tech-transformation-digitalization-enterprises-2025' },
};

/** Bound "over" (超). */
export const BoundOver: Story = { args: { indicator: 'gd-gdp-2024' } };

/** Bound "about" (约), with a world share as context. */
export const BoundAbout: Story = { args: { indicator: 'cn-manufacturing-value-added-2022' } };

/** Bound "nearly" (近) on a fraction. */
export const BoundNearly: Story = {
  args: { indicator: 'gd-5g-base-stations-national-share-asof-2024-12' },
};

/** Bound "under" (不足). */
export const BoundUnder: Story = {
  args: { indicator: 'gd-auto-chip-design-localization-rate-before-2025' },
};

/** A range target (1–2). */
export const BoundRange: Story = { args: { indicator: 'gd-future-industry-pilot-zones-2025' } };

/** A source with no quote: a plain line with the article link. */
export const SourceLinkOnly: Story = {
  args: {
    value: '57.1',
    unit: 'percent',
    label: '先进制造业占比',
    'source-name': '南方日报',
    'source-url': 'https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html',
  },
};

/** Error: an unknown id, with the closest id suggested. */
export const UnknownIndicator: Story = { args: { indicator: 'gd-industrial-robot-output-202' } };

/** Error: value text that is not a number. */
export const NotANumber: Story = { args: { value: 'abc', unit: 'cny', label: 'GDP' } };

/** Error: Infinity is not a figure. */
export const NotFinite: Story = { args: { value: 'Infinity', unit: 'cny', label: 'GDP' } };

/** Error: a delta that is not a number. */
export const BadDelta: Story = {
  args: { value: '1', unit: 'percent', delta: 'up', 'delta-unit': 'pp' },
};

/** Error: no value and no indicator. */
export const MissingValue: Story = { args: { unit: 'cny', label: 'GDP' } };

/** Error: a value without a unit. */
export const MissingUnit: Story = { args: { value: '14', label: 'GDP' } };

/** Error: a unit the vocabulary does not know. */
export const UnknownUnit: Story = { args: { value: '14', unit: 'furlongs', label: 'GDP' } };

/** Error: a delta without delta-unit, rather than a guess between % and points. */
export const DeltaWithoutUnit: Story = { args: { value: '57.1', unit: 'percent', delta: '1.4' } };

/** A long label wraps; the badge stays on its line. */
export const LongLabel: Story = {
  args: {
    indicator: 'gd-ai-core-industry-size-2025',
    label: '人工智能核心产业规模（含大模型、智能算力、行业应用与相关软硬件服务）',
  },
};

/** A 300px column: smaller figure, everything wraps inside. */
export const Narrow: Story = {
  args: { indicator: 'gd-ai-core-industry-size-2025' },
  render: (a) =>
    html`<div style="width: 300px">
      <pearl-metric-card indicator=${ifDefined(a.indicator)}></pearl-metric-card>
    </div>`,
};

/** Dark theme from an ancestor's theme attribute. */
export const Dark: Story = {
  args: { indicator: 'gd-industrial-robot-output-2024' },
  parameters: { theme: 'dark' },
};

/** Simplified Chinese. */
export const SimplifiedChinese: Story = {
  args: { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
  parameters: { locale: 'zh-Hans' },
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = {
  args: { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
  parameters: { locale: 'zh-Hant' },
};

/** English. */
export const English: Story = {
  args: { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
  parameters: { locale: 'en' },
};

/** The anatomy of a news graphic: title, description, figure, notes and a linked, dated source line. */
export const Anatomy: Story = {
  render: () =>
    html`<pearl-metric-card
      value="165800000000"
      unit="cny"
      label="五大类产业项目年度投资额"
      period="2025"
      description="按现价计算"
      notes="示例：主机页面自己的注释。"
      source-name="南方日报"
      source-url="https://example.com/"
      source-date="2025-01-17"
    ></pearl-metric-card>`,
};

/** What a reader sees for bad input: one quiet line in their script (the problem goes to the console). */
export const ErrorAsReadersSeeIt: Story = {
  args: { indicator: 'gd-industrial-robot-output-202' },
  parameters: { debug: false },
};

/** `rise-color="red"`: the Chinese market convention, a rise in red; the arrow and sign say it too. */
export const RiseColorRed: Story = {
  render: () =>
    html`<pearl-metric-card
      value="57.1"
      unit="percent"
      label="先进制造业占比"
      delta="1.4"
      delta-unit="pp"
      better-when="higher"
      rise-color="red"
    ></pearl-metric-card>`,
};

/** A percentage-point change and a unit that stay whole in a 280 px column. */
export const NarrowChangeEnglish: Story = {
  render: () =>
    html`<div style="width: 280px">
      <pearl-metric-card
        value="165800000000"
        unit="cny"
        label="Investment in five kinds of industrial projects"
        delta="0.3"
        delta-unit="pp"
        period="2025"
      ></pearl-metric-card>
    </div>`,
  parameters: { locale: 'en' },
};
