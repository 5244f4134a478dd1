import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localizeArgs } from './phrases.js';

interface ShareArgs {
  indicator?: string;
  value?: string;
  unit?: string;
  whole?: string;
  label?: string;
  bound?: string;
  status?: string;
  parts?: string;
}

/**
 * Each story shows its state in the three scripts, light and dark (six widgets), so one look (and
 * one axe run) covers every combination; `parameters.width` sets the column each widget gets.
 */
const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

const one = (a: ShareArgs) =>
  html`<pearl-share
    indicator=${ifDefined(a.indicator)}
    value=${ifDefined(a.value)}
    unit=${ifDefined(a.unit)}
    whole=${ifDefined(a.whole)}
    label=${ifDefined(a.label)}
    bound=${ifDefined(a.bound)}
    status=${ifDefined(a.status)}
    parts=${ifDefined(a.parts)}
  ></pearl-share>`;

/** One state in zh-Hans, zh-Hant and English, light and dark. */
const everywhere = (args: ShareArgs, parameters: Record<string, unknown>) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    ${THEMES.map((theme) =>
      LOCALES.map(
        (locale) =>
          html`<div
            lang=${locale}
            theme=${theme}
            style="box-sizing: border-box; width: ${parameters.width ?? '460px'}; padding: 0.75rem; background: ${
              theme === 'dark' ? '#15171b' : '#ffffff'
            }"
          >
            ${one(localizeArgs(args, locale))}
          </div>`,
      ),
    )}
  </div>`;

// No render of its own: the preview's draws every attribute arg, in the toolbar's language and theme.
const meta: Meta<ShareArgs> = {
  title: 'Components/Share',
  component: 'pearl-share',
};
export default meta;
type Story = StoryObj<ShareArgs>;

const PARTS = JSON.stringify([
  { label: '先进制造业', value: 57.1 },
  { label: '高技术制造业', value: 32 },
]);

/** Guangdong's industrial robot output: 44% of the national total (catalogue record). */
export const Default: Story = {
  args: { indicator: 'gd-industrial-robot-output-national-share-2024' },
};

/** The default in every language and theme side by side. */
export const DefaultEverywhere: Story = {
  args: Default.args,
  render: (args, { parameters }) => everywhere(args, parameters),
};

/** 超五成: drawn solid to 50% with a hatched, open edge beyond it, labelled 超50%, never 50%. */
export const OverBound: Story = {
  args: { indicator: 'gd-advanced-manufacturing-share-2025' },
};

/** 近1/5: the solid arc stops short of 1/5, the hatched edge runs up to it. */
export const NearlyBound: Story = {
  args: { indicator: 'gd-specialized-smes-national-share-asof-2024-12' },
};

/** An estimate, 四分之一 as the source writes it: hatched inside an outline, badged 预计. */
export const Estimate: Story = {
  args: { indicator: 'gd-ai-core-industry-size-national-share-2025' },
};

/** A target share of provincial key projects (whole from relations.total): a dashed outline. */
export const Target: Story = {
  args: { indicator: 'gd-key-projects-industrial-share-2025' },
};

/** Several parts of one whole; the rest is drawn as 其他 and every part is numbered and labelled. */
export const Parts: Story = {
  args: {
    label: '规上工业增加值构成（示例）',
    unit: 'percent',
    whole: '规上工业增加值',
    parts: PARTS,
  },
};

/** Approximate parts that sum over 100% are drawn in proportion, and the chart says so. */
export const BoundedPartsOverWhole: Story = {
  args: {
    label: '示例：三个部分均为约数',
    unit: 'percent',
    whole: '全国',
    parts: JSON.stringify([
      { label: '制造业', value: 45, bound: 'about' },
      { label: '服务业', value: 50, bound: 'about' },
      { label: '农业', value: 10, bound: 'about' },
    ]),
  },
};

/** The host's own number: a fraction of a named whole, as an estimate. */
export const HostFraction: Story = {
  args: {
    label: '广东',
    value: '0.125',
    unit: 'fraction',
    whole: '全国',
    status: 'estimate',
  },
};

/** Under 360px of container width the donut becomes one stacked bar. */
export const Narrow: Story = {
  args: Parts.args,
  parameters: { width: '320px' },
};

/** Error: an id the catalogue does not know (the reader sees a quiet line; `debug` shows why). */
export const UnknownIndicator: Story = {
  args: { indicator: 'gd-industrial-robot-output-national-share-2042' },
};

/** Error: a record that is not a share (a level in yuan). */
export const NotAShare: Story = {
  args: { indicator: 'gd-industrial-output-2024' },
};

/** Error: parts that are not valid JSON. */
export const MalformedParts: Story = {
  args: { unit: 'percent', whole: '全国', parts: '[{"label":"A","value":' },
};

/** Error: a value that is not a number. */
export const NotANumber: Story = {
  args: { value: 'NaN', unit: 'percent', whole: '全国' },
};

/** Error: a share over 100%. */
export const OutOfRange: Story = {
  args: { value: '120', unit: 'percent', whole: '全国' },
};

/** Error: no unit. */
export const MissingUnit: Story = {
  args: { value: '30', whole: '全国' },
};

/** Error: no whole named. */
export const MissingWhole: Story = {
  args: { value: '30', unit: 'percent' },
};

/** Error as a reader sees it: one quiet line in their script. */
export const ReaderError: Story = {
  args: MissingWhole.args,
  parameters: { debug: false },
};
