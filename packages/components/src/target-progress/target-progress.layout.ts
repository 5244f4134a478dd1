/**
 * Target progress, computed: where the fill, the target and the baseline sit on the track (in
 * percent of its width, so the element needs no ResizeObserver), and the texts around them.
 * DOM-free and pure: the element maps these onto markup, and Lit SSR can call them in Node.
 */
import type { IndicatorData } from '@pearl-charts/data';
import type { Bound, UnitId } from '@pearl-charts/data/vocab';
import {
  chooseScale,
  formatPeriod,
  formatValue,
  message,
  NO_VALUE,
  percentOfTarget,
  scriptOf,
  type FormatLocale,
} from '../format.js';
import { isFiniteNumber } from '../format/number.js';
import { errorMessage, unknownIndicatorMessage } from '../format/messages.js';
import { isUnitId, parseStrictNumber, resolveNumber } from '../format/parse.js';
import { getCatalog, getIndicatorViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import type { PearlErrorCode } from '../shared/events.js';
import { linearMap } from '../shared/linear.js';
import {
  meetsTarget,
  percentBound,
  readFigures,
  remainingBound,
  type Figure,
} from './target-progress.reading.js';

export { isUnitId, parseStrictNumber };
export * from './target-progress.reading.js';

/** The figures of one progress bar, all in the same unit. */
export interface TargetProgressInput {
  /** The actual; `null` when there is none yet (a target on its own). */
  value: number | null;
  /** What the actual is measured against. */
  target: number;
  /** Where the effort started; `null` or absent for none. */
  baseline?: number | null;
  /** How the source qualifies the actual and the target (超, 约, …); default `exact`. */
  valueBound?: Bound | undefined;
  targetBound?: Bound | undefined;
  /** The low end of an actual given as a range. */
  valueMin?: number | undefined;
  /** The figures are rates (see {@link readFigures}): drawn as positions, never a percent of target. */
  rate?: boolean | undefined;
  /** Actual and target measure the same thing over the same period; default `true`. */
  comparable?: boolean | undefined;
}

/** A stretch of the track, in percent of its width from the left end. */
export interface Span {
  from: number;
  to: number;
}

/** Where things sit on the track. Every position is a percentage of the track width, 0–100. */
export interface TargetProgressLayout {
  /** Ends of the scale, in data units: they always include 0, the value, the target and the baseline. */
  min: number;
  max: number;
  /** Position of 0: above 0 when a figure is negative. */
  zero: number;
  /**
   * `fill`: a bar from 0 to the actual, read as a share of the target. `positions`: the actual as a
   * dot on a line through 0, for rates, negative figures, a target of 0 or below, and figures that
   * are not progress toward each other (different periods or definitions).
   */
  marks: 'fill' | 'positions';
  /** From 0 to the value in `fill` marks; `null` with `positions` or no actual (never a fake 0). */
  fill: Span | null;
  /** The dot of the actual in `positions` marks; `null` otherwise. */
  point: number | null;
  /** Where the value sits, where its label points; `null` with no actual. */
  valueAt: number | null;
  /** The part of the fill past the target; `null` unless the value overshoots it. */
  beyond: Span | null;
  /** The target marker. */
  marker: number;
  /** The baseline marker, `null` for none. */
  baseline: number | null;
  /** Whether to draw a line at 0: with `positions`, or when a figure is below 0. */
  zeroLine: boolean;
  /** Value ÷ target × 100 in `fill` marks; `null` otherwise, with no actual, or on overflow. */
  percent: number | null;
  /** How far past the target, in percent of it (12 for 112 of 100); `null` unless the value is past it. */
  overshoot: number | null;
  /** Target − value, in the figures' unit (negative past the target); `null` with no actual. */
  gap: number | null;
  /** The value meets the target (see {@link meetsTarget}), and the two are comparable. */
  reached: boolean;
}

/** How far the track runs past an "over" target, as a share of the target. */
const OVER_ROOM = 0.05;

/**
 * Places the fill or dot, target and baseline on one linear scale. The scale reaches from the
 * smallest to the largest of 0, value, target and baseline, so an overshoot extends the track (the
 * target marker moves inside it) instead of being clipped, and a negative value gets room left of 0.
 */
export function layoutTargetProgress(input: TargetProgressInput): TargetProgressLayout {
  const value = isFiniteNumber(input.value) ? input.value : null;
  const target = isFiniteNumber(input.target) ? input.target : 0;
  const baseline = isFiniteNumber(input.baseline) ? input.baseline : null;
  const comparable = input.comparable ?? true;
  // An "over" target (超5500) is a line to pass: the track runs on past it, so a value at its
  // number stops at the line instead of filling the track.
  const room = input.targetBound === 'over' ? target + Math.abs(target) * OVER_ROOM : 0;
  const figures = [
    0,
    target,
    isFiniteNumber(room) ? room : target,
    ...(value === null ? [] : [value]),
    ...(baseline === null ? [] : [baseline]),
  ];
  const min = Math.min(...figures);
  const max = Math.max(...figures);
  // Scaled by the largest magnitude first, so -1e308..1e308 does not overflow to an infinite span.
  const norm = Math.max(Math.abs(min), Math.abs(max)) || 1;
  const x = linearMap([min / norm, max > min ? max / norm : 1], [0, 100]);
  const at = (n: number) => x(n / norm);

  const zero = at(0);
  const marker = at(target);
  // A fill reads as "this much of the target done": only for a comparable level, 0 ≤ value, 0 < target.
  const marks =
    value !== null && (input.rate || !comparable || value < 0 || target <= 0)
      ? 'positions'
      : 'fill';
  const reached =
    value !== null &&
    comparable &&
    meetsTarget(value, target, input.valueBound, input.targetBound, input.valueMin);
  const valueAt = value === null ? null : at(value);
  const fill =
    valueAt === null || marks === 'positions'
      ? null
      : { from: Math.min(zero, valueAt), to: Math.max(zero, valueAt) };
  const passed = fill !== null && reached && value! > target;
  const beyond = passed ? { from: marker, to: valueAt! } : null;

  const ratio = fill === null ? null : percentOfTarget(value!, target);
  const percent = isFiniteNumber(ratio) ? ratio : null;
  const overshoot = passed && percent !== null ? percent - 100 : null;
  const gap = value === null ? null : target - value;
  return {
    min,
    max,
    zero,
    marks,
    fill,
    point: marks === 'positions' ? valueAt : null,
    valueAt,
    beyond,
    marker,
    baseline: baseline === null ? null : at(baseline),
    zeroLine: marks === 'positions' || min < 0,
    percent,
    overshoot,
    gap: isFiniteNumber(gap) ? gap : null,
    reached,
  };
}

/** The layout of a bar's figures, read with {@link readFigures}: what the element draws. */
export function layoutFigures(figures: {
  value: Figure | null;
  target: Figure;
  baseline: Figure | null;
  unit: UnitId;
}): TargetProgressLayout {
  const { value, target, baseline, unit } = figures;
  const reading = value ? readFigures(value, target, unit) : null;
  return layoutTargetProgress({
    value: value?.value ?? null,
    target: target.value,
    baseline: baseline?.value,
    valueBound: value?.bound,
    targetBound: target.bound,
    valueMin: value?.min,
    rate: reading?.rate,
    comparable: !reading?.apart,
  });
}

/**
 * The marker glyphs, shared by every instance: a triangle under the target, a diamond on the
 * baseline. They are d3-shape's `symbol(symbolTriangle, 48)` and `symbol(symbolDiamond, 32)`
 * (a test checks that) written out, since d3-shape does not tree-shake and would cost 3.4 KB gzip.
 */
export const TARGET_GLYPH = 'M0,-6.079L5.264,3.039L-5.264,3.039Z';
export const BASELINE_GLYPH = 'M0,-5.264L3.039,0L0,5.264L-3.039,0Z';

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
  /** At the fill or dot: 2024: 7.39万家, 2024 预计: 5500家. `null` with no actual. */
  actual: string | null;
  /** At the marker: 2027 目标: 超200亿元. */
  target: string;
  /** At the baseline marker: 2020 基准: 不足5%. */
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
  // "2024: 7.39万家", "2027 目标: 超200亿元", "2027 target: over 20 billion yuan", "Target: 30%".
  const labelled = (f: Figure, word: string) => {
    const when = periodLabel(f.period, locale);
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

/** The host's inputs, as the element holds them. */
export interface TargetProgressHost {
  indicator?: string | null | undefined;
  targetIndicator?: string | null | undefined;
  /** Numbers, or the text to quote when they are not (see `resolveNumber`). */
  value?: unknown;
  target?: unknown;
  baseline?: unknown;
  unit?: unknown;
  label?: string | null | undefined;
  valuePeriod?: string | null | undefined;
  targetPeriod?: string | null | undefined;
  baselinePeriod?: string | null | undefined;
}

/** Everything one progress bar shows, or the error it shows instead. */
export type TargetProgressModel =
  | {
      ok: true;
      label: string;
      layout: TargetProgressLayout;
      texts: TargetProgressTexts;
      value: number | null;
      target: number;
      /** The actual is an estimate: its mark is drawn hollow. */
      estimate: boolean;
    }
  | { ok: false; code: PearlErrorCode; message: string };

/** The figures of a bar before layout, from the catalogue or the host. */
export interface TargetFigures {
  unit: unknown;
  label: string | null | undefined;
  value: Figure | null;
  target: Figure | undefined;
  baseline: Figure | null;
}

type NumberField = 'value' | 'target' | 'baseline';

/** Thrown inside this module and returned as the error model by {@link layoutTargetModel}. */
class Invalid {
  constructor(
    readonly code: PearlErrorCode,
    readonly message: string,
  ) {}
}

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** A host number: undefined when unset; anything else that is not a finite number is an error naming it. */
function hostNumber(host: TargetProgressHost, field: NumberField) {
  const n = resolveNumber(host[field]);
  if (n.ok) return n.value;
  throw new Invalid('not-finite', errorMessage('notFinite', { field, text: n.text }));
}

function lookup(catalog: Catalog, id: string): IndicatorData {
  const found = lookupIndicator(id, catalog);
  if (found.ok) return found.indicator;
  const suggestion = found.code === 'unknown-indicator' ? found.suggestion : undefined;
  throw new Invalid('unknown-indicator', unknownIndicatorMessage(id, suggestion));
}

/** A figure the host gave (its number and period), or undefined when it gave none. */
const hostFigure = (value: number | undefined, period: unknown): Figure | undefined =>
  value === undefined
    ? undefined
    : { value, period: period === undefined || period === null ? undefined : String(period) };

const fromRecord = (r: IndicatorData): Figure => ({
  value: r.value,
  period: r.period,
  bound: r.bound,
  min: r.min,
  max: r.max,
  status: r.status,
  concept: r.concept,
  kind: r.kind,
});

/**
 * Indicator view (registered with the catalogue, src/views.ts): the figures of `indicator`, its
 * target (`target-indicator`, else the catalogue's pairing, else the host's `target`) and its
 * baseline. An id of a target shows that target alone, or against the host's `value` when there
 * is one. Throws for an unknown id, a bad host number or mixed units.
 */
export function targetFiguresFromCatalog(
  host: TargetProgressHost,
  hostTarget: number | undefined,
  hostBaseline: number | undefined,
  catalog: Catalog,
  locale: FormatLocale,
): TargetFigures {
  const main = lookup(catalog, host.indicator!.trim());
  const actual = main.status === 'target' ? null : main;
  let goal = actual ? undefined : main;
  if (actual && present(host.targetIndicator)) goal = lookup(catalog, host.targetIndicator.trim());
  else if (actual) goal = catalog.targetFor(actual);
  const start =
    catalog.related(actual ?? main, 'baseline') ?? (goal && catalog.related(goal, 'baseline'));
  for (const other of [goal, start]) {
    if (other && other.unit !== main.unit) {
      throw new Invalid(
        'mixed-units',
        errorMessage('mixedUnits', { units: `${main.unit}, ${other.unit}` }),
      );
    }
  }
  return {
    unit: main.unit,
    label: present(host.label) ? host.label : main.labels[scriptOf(locale)],
    value: actual
      ? fromRecord(actual)
      : (hostFigure(hostNumber(host, 'value'), host.valuePeriod) ?? null),
    target: goal ? fromRecord(goal) : hostFigure(hostTarget, host.targetPeriod),
    baseline: start ? fromRecord(start) : (hostFigure(hostBaseline, host.baselinePeriod) ?? null),
  };
}

/**
 * Everything a progress bar shows, or the error it shows instead. With `indicator` the figures come
 * from the catalogue (through the registered indicator view); without it, from the host's numbers.
 */
export function layoutTargetModel(
  host: TargetProgressHost,
  locale: FormatLocale,
): TargetProgressModel {
  try {
    const hostTarget = hostNumber(host, 'target');
    const hostBaseline = hostNumber(host, 'baseline');
    let figures: TargetFigures;
    if (present(host.indicator)) {
      const catalog = getCatalog();
      const views = getIndicatorViews();
      if (!catalog || !views) {
        const id = host.indicator.trim();
        throw new Invalid('no-catalog', errorMessage('noCatalog', { id }));
      }
      figures = views.targetProgress(host, hostTarget, hostBaseline, catalog, locale);
    } else {
      figures = {
        unit: host.unit,
        label: host.label,
        value: hostFigure(hostNumber(host, 'value'), host.valuePeriod) ?? null,
        target: hostFigure(hostTarget, host.targetPeriod),
        baseline: hostFigure(hostBaseline, host.baselinePeriod) ?? null,
      };
    }
    const { unit, value, target, baseline } = figures;
    if (!target) throw new Invalid('missing-value', errorMessage('missingTarget'));
    if (unit === undefined || unit === null || unit === '')
      throw new Invalid('missing-unit', errorMessage('missingUnit'));
    if (!isUnitId(unit))
      throw new Invalid(
        'missing-unit',
        errorMessage('unknownUnit', { field: 'unit', unit: String(unit) }),
      );
    const layout = layoutFigures({ value, target, baseline, unit });
    return {
      ok: true,
      label: typeof figures.label === 'string' ? figures.label : '',
      layout,
      texts: targetProgressTexts(layout, { value, target, baseline, unit }, locale),
      value: value?.value ?? null,
      target: target.value,
      estimate: value?.status === 'estimate',
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}
