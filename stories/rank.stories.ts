import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { phrase } from './phrases.js';

interface RankArgs {
  indicator?: string;
  rank?: number | string;
  of?: number | string;
  streak?: number | string;
  since?: number | string;
  period?: string;
  bound?: string;
  scope?: string;
  label?: string;
  region?: string;
}

/**
 * Real records: Guangdong's GDP first among provinces, 连续36年 in an article of 2025-01-17 (seed 000)
 * and 连续37年 in one of 2026 (seed 003); China first in the world in manufacturing value added
 * 连续14年 "as of" 2024-01-10. No record states how many are ranked, so a row of peers needs the
 * host's `of` (31 provinces); the host-number states are labelled as made up.
 */
const GDP_2024 = 'gd-gdp-rank-2024';
const GDP_2025 = 'gd-gdp-rank-2025';
const WORLD = 'cn-manufacturing-value-added-world-rank-current';
const MADE_UP = '示例（虚构数字）';

const meta: Meta<RankArgs> = {
  title: 'Components/Rank',
  component: 'pearl-rank',
  // No render of its own: the preview's draws every attribute arg (peers, notes, source…).
};
export default meta;
type Story = StoryObj<RankArgs>;

/** Guangdong's GDP, first among 31 provinces for 36 years (real record; `of` from the host). */
export const Default: Story = {
  args: { indicator: GDP_2024, of: 31 },
};

/** The same record without `of`: no row of peers is drawn, the position is text. */
export const WithoutPeers: Story = {
  args: { indicator: GDP_2024 },
};

/** The 2026 article's own count, 连续37年 ending in 2025: not merged with 2024's 36. */
export const LaterRecord: Story = {
  args: { indicator: GDP_2025, of: 31 },
};

/** A streak "as of" a date: 14 years drawn, no year named (the source names none). */
export const StreakAsOf: Story = {
  args: { indicator: WORLD },
};

/** An estimated rank (预计): hatched mark and a badge. */
export const Estimate: Story = {
  args: { indicator: 'gd-above-scale-industrial-revenue-rank-2025', of: 31 },
};

/** Fifth of 31 for 6 years, from the host's numbers (made up). */
export const HostNumbers: Story = {
  args: { rank: 5, of: 31, since: 2019, period: '2024', scope: 'national', label: MADE_UP },
};

/** 前三 (among the top 3): a bracket over three places, none filled (made up). */
export const TopThree: Story = {
  args: { rank: 3, of: 31, bound: 'top', scope: 'national', label: MADE_UP, period: '2024' },
};

/** 前列 (among the leaders): text only, no bracket of a made-up size (made up). */
export const AmongTheLeaders: Story = {
  args: { bound: 'top', of: 31, scope: 'national', label: MADE_UP, period: '2024' },
};

/** An unknown id: the error names it and suggests the closest one. */
export const UnknownIndicator: Story = {
  args: { indicator: 'gd-gdp-rank-2023' },
};

/** A record that is not a rank (the GDP level itself). */
export const NotARank: Story = {
  args: { indicator: 'gd-gdp-2024' },
};

/** A rank that is not a number. */
export const NotFinite: Story = {
  args: { rank: 'abc', of: 31, label: MADE_UP },
};

/** A rank past the number ranked. */
export const RankPastPeers: Story = {
  args: { rank: 32, of: 31, label: MADE_UP },
};

/** A rank below 1. */
export const RankBelowOne: Story = {
  args: { rank: 0, label: MADE_UP },
};

/** A rank that is not a whole number. */
export const NotWhole: Story = {
  args: { rank: 1.5, label: MADE_UP },
};

/** In a 320px column. */
export const Narrow: Story = {
  args: Default.args,
  parameters: { width: '320px' },
};

/** Dark theme from the ancestor's theme attribute. */
export const Dark: Story = {
  args: Default.args,
  parameters: { theme: 'dark' },
};

/** Traditional Chinese. */
export const TraditionalChinese: Story = {
  args: Default.args,
  parameters: { locale: 'zh-Hant' },
};

/** English. */
export const English: Story = {
  args: Default.args,
  parameters: { locale: 'en' },
};

/** What a reader sees for bad input: one quiet line in their script. */
export const ErrorAsReadersSeeIt: Story = {
  args: RankPastPeers.args,
  parameters: { debug: false },
};

/** One state in zh-Hans, zh-Hant and English, light and dark. */
function everywhere(...states: RankArgs[]): Story {
  return {
    render: () =>
      html`${states.map((a) =>
        ['zh-Hans', 'zh-Hant', 'en'].map((lang) =>
          ['light', 'dark'].map(
            (theme) =>
              html`<div
                lang=${lang}
                theme=${theme}
                style="padding: 0.5rem; margin-block-end: 0.5rem; background: ${
                  theme === 'dark' ? '#15171b' : '#ffffff'
                }"
              >
                <pearl-rank
                  indicator=${ifDefined(a.indicator)}
                  rank=${ifDefined(a.rank)}
                  of=${ifDefined(a.of)}
                  streak=${ifDefined(a.streak)}
                  since=${ifDefined(a.since)}
                  period=${ifDefined(a.period)}
                  bound=${ifDefined(a.bound)}
                  scope=${ifDefined(a.scope)}
                  label=${ifDefined(a.label && phrase(a.label, lang))}
                ></pearl-rank>
              </div>`,
          ),
        ),
      )}`,
  };
}

/** Default in three scripts, light and dark. */
export const DefaultEverywhere = everywhere(Default.args!);
/** Without peers in three scripts, light and dark. */
export const WithoutPeersEverywhere = everywhere(WithoutPeers.args!);
/** The 2025 record in three scripts, light and dark. */
export const LaterRecordEverywhere = everywhere(LaterRecord.args!);
/** A streak as of a date in three scripts, light and dark. */
export const StreakAsOfEverywhere = everywhere(StreakAsOf.args!);
/** An estimated rank in three scripts, light and dark. */
export const EstimateEverywhere = everywhere(Estimate.args!);
/** Host numbers in three scripts, light and dark. */
export const HostNumbersEverywhere = everywhere(HostNumbers.args!);
/** 前三 in three scripts, light and dark. */
export const TopThreeEverywhere = everywhere(TopThree.args!);
/** 前列 in three scripts, light and dark. */
export const AmongTheLeadersEverywhere = everywhere(AmongTheLeaders.args!);
/** Every error state in three scripts, light and dark. */
export const ErrorsEverywhere = everywhere(
  UnknownIndicator.args!,
  NotARank.args!,
  NotFinite.args!,
  RankPastPeers.args!,
  RankBelowOne.args!,
  NotWhole.args!,
);
