/**
 * Target progress, in words: the labels at the marks, the big figure, why there is none, and what
 * remains, in the reader's script. DOM-free and pure, like the layout file that re-exports it.
 */
import type { Bound, UnitId } from '@pearl-charts/data/vocab';
import { isChinese } from '../format/locale.js';
import {
  chooseScale,
  formatPeriod,
  formatValue,
  message,
  NO_VALUE,
  scriptOf,
  type FormatLocale,
} from '../format.js';
import type { TargetProgressLayout } from './target-progress.layout.js';
import {
  percentBound,
  readFigures,
  remainingBound,
  type Figure,
} from './target-progress.reading.js';

/** Everything the bar needs to say, already in the reader's language. */
export interface TargetProgressTexts {
  /**
   * The big figure: the percent of target (84%, 约84%, 不足100%), or a rate's own value (−3.2%);
   * an en dash when there is neither.
   */
  percent: string;
  /** What the big figure is: 目标完成率 / of target, or 目标为5% / against a target of 5%. */
  caption: string;
  /** Past the target: 超出目标+12%, or for a rate 比目标高1个百分点; `null` when not past it. */
  note: string | null;
  /**
   * What remains, where it means something: 距目标还差1.41万家 / 14,100 enterprises to go, 比目标低
   * 8.2个百分点 for a rate, 尚未超过目标 at the number of an "over" target, or between figures of
   * different periods 目标比2024年多1.41万家; `null` otherwise.
   */
  remaining: string | null;
  /** Why there is no big figure: no actual yet, different periods, a target of 0, …; `null` when there is one. */
  status: string | null;
  /** At the fill or dot: 2024年：7.39万家, 2024年预计：5500家. `null` with no actual. */
  actual: string | null;
  /** At the marker: 2027年目标：超200亿元. */
  target: string;
  /** At the baseline marker: 2020年基准：不足5%. */
  baseline: string | null;
  /** For `aria-valuetext` (已完成目标的84%) or, without a progress bar, the chart's description. */
  valueText: string;
}

/** This component's own words; the shared ones (目标, 预计, 已完成目标的84%) come from `message()`. */
const WORDS = {
  'zh-Hans': {
    caption: '目标完成率',
    beyond: (d: string) => `超出目标${d}`,
    noActual: '暂无实际数据，仅显示目标',
    targetZero: '目标为0，完成比例无法计算',
    targetNegative: '目标为负值，完成比例无法计算',
    valueNegative: '实际值为负，不计算完成率',
    noPercent: '完成比例无法计算',
    period: '实际与目标不是同一时期，不计算完成率',
    'period-unknown': '时期未注明，不计算完成率',
    definition: '实际与目标口径不同，不计算完成率',
    against: (t: string) => `目标为${t}`,
    toGo: (d: string) => `距目标还差${d}`,
    below: (d: string) => `比目标低${d}`,
    above: (d: string) => `比目标高${d}`,
    notAbove: '尚未超过目标',
    more: (d: string, when: string) => `目标比${when}多${d}`,
    higher: (when: string) => `目标高于${when}水平`,
    list: '；',
    comma: '，',
  },
  'zh-Hant': {
    caption: '目標完成率',
    beyond: (d: string) => `超出目標${d}`,
    noActual: '暫無實際數據，僅顯示目標',
    targetZero: '目標為0，完成比例無法計算',
    targetNegative: '目標為負值，完成比例無法計算',
    valueNegative: '實際值為負，不計算完成率',
    noPercent: '完成比例無法計算',
    period: '實際與目標不是同一時期，不計算完成率',
    'period-unknown': '時期未註明，不計算完成率',
    definition: '實際與目標口徑不同，不計算完成率',
    against: (t: string) => `目標為${t}`,
    toGo: (d: string) => `距目標還差${d}`,
    below: (d: string) => `比目標低${d}`,
    above: (d: string) => `比目標高${d}`,
    notAbove: '尚未超過目標',
    more: (d: string, when: string) => `目標比${when}多${d}`,
    higher: (when: string) => `目標高於${when}水平`,
    list: '；',
    comma: '，',
  },
  en: {
    caption: 'of target',
    beyond: (d: string) => `${d} beyond target`,
    noActual: 'No actual figure yet: target only',
    targetZero: 'Target is 0: percent of target undefined',
    targetNegative: 'Target is negative: percent of target undefined',
    valueNegative: 'Actual is negative: no percent of target',
    noPercent: 'Percent of target cannot be computed',
    period: 'Actual and target are for different periods: no percent of target',
    'period-unknown': 'Period not stated: no percent of target',
    definition: 'Actual and target measure different things: no percent of target',
    against: (t: string) => `against a target of ${t}`,
    toGo: (d: string) => `${d} to go`,
    below: (d: string) => `${d} below target`,
    above: (d: string) => `${d} above target`,
    notAbove: 'Not yet above the target',
    more: (d: string, when: string) => `Target: ${d} more than in ${when}`,
    higher: (when: string) => `Target is above the ${when} level`,
    list: '; ',
    comma: ' ',
  },
} as const;

/**
 * The year of a single-year period (`2024`, `by 2027` → 2027) so both ends read "2024: …" and
 * "2027 目标: …" as the issue asks; any other period (a span, `as of 2024-12`) in full.
 */
export function periodLabel(period: string | undefined, locale: FormatLocale): string {
  // A property set from script may hold a number (2024) or anything else: read it as text.
  const text = period === undefined || period === null ? '' : String(period).trim();
  if (!text) return '';
  const year = /^(?:by )?(\d{4})$/.exec(text);
  return year ? year[1]! : formatPeriod(text, locale);
}

/**
 * A percentage of the target for display: whole numbers above 10, one decimal below. A value short
 * of the target never reads 100% (99.96 → 99.9%), and a value past it never reads 100% either.
 */
export function displayPercent(percent: number, reached: boolean): number {
  const whole = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  if (!reached && whole >= 100) return Math.floor(percent * 10) / 10;
  if (reached && percent > 100 && whole <= 100) return Math.ceil(percent * 10) / 10;
  return whole;
}

/** The overshoot for display, never 0: 12.4 → 12, 0.04 → 0.1. */
export function displayOvershoot(overshoot: number): number {
  const whole = overshoot >= 10 ? Math.round(overshoot) : Math.round(overshoot * 10) / 10;
  return whole > 0 ? whole : Math.ceil(overshoot * 10) / 10;
}

/** Over ↔ under: the bound of actual − target is the mirror of target − actual's. */
const MIRROR: Partial<Record<Bound, Bound>> = { over: 'under', under: 'over' };

/**
 * The labels, big figure, what remains and the accessible text for one layout, in one locale.
 * `layout` must come from the same figures ({@link layoutFigures}).
 */
export function targetProgressTexts(
  layout: TargetProgressLayout,
  figures: { value: Figure | null; target: Figure; baseline: Figure | null; unit: UnitId },
  locale: FormatLocale,
): TargetProgressTexts {
  const w = WORDS[scriptOf(locale)];
  const { unit, value, target: goal } = figures;
  const all = [value, goal, figures.baseline].filter((f): f is Figure => f !== null);
  // One scale word for every figure on the bar, so 9000万 never stands beside 1.2亿.
  const scale = chooseScale(
    all.map((f) => f.value),
    locale,
  );
  const amount = (f: Figure) =>
    formatValue(f.value, { unit, locale, bound: f.bound, min: f.min, max: f.max, scale });
  // "2024年：7.39万家", "2027年目标：超200亿元" (no space beside Chinese, a full-width colon),
  // "2027 target: over 20 billion yuan", "Target: 30%".
  const labelled = (f: Figure, word: string) => {
    const when = periodLabel(f.period, locale);
    if (isChinese(locale)) {
      const head = (/^\d{4}$/.test(when) ? `${when}年` : when) + word;
      return head ? `${head}：${amount(f)}` : amount(f);
    }
    const lower = when && locale === 'en' ? word.toLowerCase() : word;
    const head = [when, lower].filter(Boolean).join(' ');
    return head ? `${head}: ${amount(f)}` : amount(f);
  };
  // A difference between two figures, on its own scale (500家, 1.41万家); a difference of two
  // percentages is in percentage points. Chinese puts "or more" after it: 500家以上, not 超500家.
  const difference = (n: number, bound: Bound) => {
    const diffUnit = unit === 'percent' ? 'pp' : unit;
    const zhOver = bound === 'over' && locale !== 'en';
    const text = formatValue(n, { unit: diffUnit, locale, bound: zhOver ? 'exact' : bound });
    return zhOver ? `${text}以上` : text;
  };

  const actual = value
    ? labelled(value, value.status === 'estimate' ? message('status.estimate', locale) : '')
    : null;
  const target = labelled(goal, message('chart.target', locale));
  const baseline = figures.baseline
    ? labelled(figures.baseline, message('chart.baseline', locale))
    : null;

  let big: string = NO_VALUE;
  let caption: string = w.caption;
  let note: string | null = null;
  let remaining: string | null = null;
  let status: string | null = null;
  const reading = value && readFigures(value, goal, unit);
  const { gap, reached } = layout;
  const below = remainingBound(value?.bound, goal.bound);
  const above = below && (MIRROR[below] ?? below);

  if (!value || !reading) status = w.noActual;
  else if (reading.apart) {
    status = w[reading.apart];
    // Figures of different years of one measure: how the target compares with the actual's year.
    const when = value.period && formatPeriod(value.period, locale);
    if (reading.apart === 'period' && !reading.rate && when && gap !== null && below) {
      if (gap > 0) remaining = w.more(difference(gap, below), when);
      else if (gap === 0 && goal.bound === 'over') remaining = w.higher(when);
    }
  } else {
    if (reading.rate) {
      // A rate is compared in its own unit: −3.2% against a target of 5%, 8.2 points below it.
      big = amount(value);
      caption = w.against(amount(goal));
    } else if (layout.percent !== null) {
      big = percentText(layout.percent, reached, percentBound(value.bound, goal.bound), locale);
    } else if (goal.value === 0) status = w.targetZero;
    else if (goal.value < 0) status = w.targetNegative;
    else status = value.value < 0 ? w.valueNegative : w.noPercent;

    if (gap !== null && gap > 0 && below) {
      remaining = reading.rate ? w.below(difference(gap, below)) : w.toGo(difference(gap, below));
    } else if (gap !== null && gap <= 0 && !reached && goal.bound === 'over') {
      remaining = w.notAbove;
    } else if (gap !== null && gap < 0 && reached) {
      if (layout.overshoot !== null) {
        const past = formatValue(displayOvershoot(layout.overshoot), {
          unit: 'percent',
          locale,
          fractionDigits: 1,
          sign: 'always',
        });
        note = w.beyond(past);
      } else if (reading.rate && above) note = w.above(difference(-gap, above));
    }
  }

  const sentence = status === null && reading?.rate ? big + w.comma + caption : status;
  const valueText =
    layout.fill !== null && layout.percent !== null
      ? [message('progress.ofTarget', locale, { percent: big }), note, remaining]
          .filter((s): s is string => !!s)
          .join(w.list)
      : [sentence, actual, target, baseline, note, remaining]
          .filter((s): s is string => !!s)
          .join(w.list);
  return {
    percent: big,
    caption,
    note,
    remaining,
    status,
    actual,
    target,
    baseline,
    valueText,
  };
}

/**
 * The percent of target as text, with the bound its figures give it (超84%, 约84%). A value that
 * has not met its target never reads 100%: 5500 against 超5500 is 不足100% / under 100%.
 */
function percentText(percent: number, reached: boolean, bound: Bound, locale: FormatLocale) {
  const shown = displayPercent(percent, reached);
  const unmet = !reached && shown >= 100;
  return formatValue(unmet ? 100 : shown, {
    unit: 'percent',
    locale,
    fractionDigits: 1,
    bound: unmet && bound !== 'about' ? 'under' : bound,
  });
}
