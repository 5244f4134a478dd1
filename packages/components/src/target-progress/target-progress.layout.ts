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

export { isUnitId, parseStrictNumber };

/** The figures of one progress bar, all in the same unit. */
export interface TargetProgressInput {
  /** The actual; `null` when there is none yet (a target on its own). */
  value: number | null;
  /** What the actual is measured against. */
  target: number;
  /** Where the effort started; `null` or absent for none. */
  baseline?: number | null;
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
  /** From 0 to the value; `null` when there is no actual (never a fake 0). */
  fill: Span | null;
  /** The value's end of the fill, where its label points; `null` with no actual. */
  valueAt: number | null;
  /** The part of the fill past the target; `null` unless the value overshoots it. */
  beyond: Span | null;
  /** The target marker. */
  marker: number;
  /** The baseline marker, `null` for none. */
  baseline: number | null;
  /** Value ÷ target × 100; `null` with no actual, a target of 0 or below, or an overflow. */
  percent: number | null;
  /** How far past the target, in percent of it (12 for 112 of 100); `null` unless the value is past it. */
  overshoot: number | null;
  /** The value meets or passes the target. */
  reached: boolean;
}

/**
 * Places the fill, target and baseline on one linear scale. The scale reaches from the smallest to
 * the largest of 0, value, target and baseline, so an overshoot extends the track (the target marker
 * moves inside it) instead of being clipped, and a negative value gets room left of 0.
 */
export function layoutTargetProgress(input: TargetProgressInput): TargetProgressLayout {
  const value = isFiniteNumber(input.value) ? input.value : null;
  const target = isFiniteNumber(input.target) ? input.target : 0;
  const baseline = isFiniteNumber(input.baseline) ? input.baseline : null;
  const figures = [
    0,
    target,
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
  const reached = value !== null && value >= target;
  const valueAt = value === null ? null : at(value);
  const fill =
    valueAt === null ? null : { from: Math.min(zero, valueAt), to: Math.max(zero, valueAt) };
  const passed = value !== null && target > 0 && value > target;
  const beyond = passed ? { from: marker, to: at(value) } : null;

  const ratio = value === null || target <= 0 ? null : percentOfTarget(value, target);
  const percent = isFiniteNumber(ratio) ? ratio : null;
  const overshoot = passed && percent !== null ? percent - 100 : null;
  return {
    min,
    max,
    zero,
    fill,
    valueAt,
    beyond,
    marker,
    baseline: baseline === null ? null : at(baseline),
    percent,
    overshoot,
    reached,
  };
}

/**
 * The marker glyphs, shared by every instance: a triangle under the target, a diamond on the
 * baseline. They are d3-shape's `symbol(symbolTriangle, 48)` and `symbol(symbolDiamond, 32)`
 * (a test checks that) written out, since d3-shape does not tree-shake and would cost 3.4 KB gzip.
 */
export const TARGET_GLYPH = 'M0,-6.079L5.264,3.039L-5.264,3.039Z';
export const BASELINE_GLYPH = 'M0,-5.264L3.039,0L0,5.264L-3.039,0Z';

/** One figure as the element receives it: the number, its period and how the source qualifies it. */
export interface Figure {
  value: number;
  period?: string | undefined;
  bound?: Bound | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** Everything the bar needs to say, already in the reader's language. */
export interface TargetProgressTexts {
  /** The big figure: 84%, or an en dash when there is no percent to show. */
  percent: string;
  /** What the big figure is: 目标完成率 / of target. */
  caption: string;
  /** The overshoot note: 超出目标+12% / +12% beyond target; `null` when the target is not passed. */
  note: string | null;
  /** Why there is no percent: no actual yet, target of 0, …; `null` when there is one. */
  status: string | null;
  /** At the fill: 2024: 7.39万家. `null` with no actual. */
  actual: string | null;
  /** At the marker: 2027 目标: 超200亿元. */
  target: string;
  /** At the baseline marker: 2020 基准: 不足5%. */
  baseline: string | null;
  /** For `aria-valuetext`: 已完成目标的84%, 84% of target, or the status with the figures. */
  valueText: string;
}

/** This component's own words; the shared ones (目标, 已完成目标的84%) come from `message()`. */
const WORDS = {
  'zh-Hans': {
    caption: '目标完成率',
    beyond: (d: string) => `超出目标${d}`,
    noActual: '暂无实际数据，仅显示目标',
    targetZero: '目标为0，完成比例无法计算',
    targetNegative: '目标为负值，完成比例无法计算',
    noPercent: '完成比例无法计算',
    list: '；',
  },
  'zh-Hant': {
    caption: '目標完成率',
    beyond: (d: string) => `超出目標${d}`,
    noActual: '暫無實際數據，僅顯示目標',
    targetZero: '目標為0，完成比例無法計算',
    targetNegative: '目標為負值，完成比例無法計算',
    noPercent: '完成比例無法計算',
    list: '；',
  },
  en: {
    caption: 'of target',
    beyond: (d: string) => `${d} beyond target`,
    noActual: 'No actual figure yet: target only',
    targetZero: 'Target is 0: percent of target undefined',
    targetNegative: 'Target is negative: percent of target undefined',
    noPercent: 'Percent of target cannot be computed',
    list: '; ',
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

/** The labels, big figure and accessible value text for one layout, in one locale. */
export function targetProgressTexts(
  layout: TargetProgressLayout,
  figures: { value: Figure | null; target: Figure; baseline: Figure | null; unit: UnitId },
  locale: FormatLocale,
): TargetProgressTexts {
  const w = WORDS[scriptOf(locale)];
  const { unit } = figures;
  const all = [figures.value, figures.target, figures.baseline].filter(
    (f): f is Figure => f !== null,
  );
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

  const actual = figures.value ? labelled(figures.value, '') : null;
  const target = labelled(figures.target, message('chart.target', locale));
  const baseline = figures.baseline
    ? labelled(figures.baseline, message('chart.baseline', locale))
    : null;

  const percentText =
    layout.percent === null
      ? NO_VALUE
      : formatValue(displayPercent(layout.percent, layout.reached), {
          unit: 'percent',
          locale,
          fractionDigits: 1,
        });
  const note =
    layout.overshoot === null
      ? null
      : w.beyond(
          formatValue(displayOvershoot(layout.overshoot), {
            unit: 'percent',
            locale,
            fractionDigits: 1,
            sign: 'always',
          }),
        );
  let status: string | null = null;
  if (!figures.value) status = w.noActual;
  else if (layout.percent === null) {
    status =
      figures.target.value === 0
        ? w.targetZero
        : figures.target.value < 0
          ? w.targetNegative
          : w.noPercent;
  }
  const valueText =
    status === null
      ? message('progress.ofTarget', locale, { percent: percentText })
      : [status, actual, target].filter((s): s is string => !!s).join(w.list);
  return {
    percent: percentText,
    caption: w.caption,
    note,
    status,
    actual,
    target,
    baseline,
    valueText,
  };
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
const hostFigure = (value: number | undefined, period: string | null | undefined) =>
  value === undefined ? undefined : { value, period: period ?? undefined };

const fromRecord = (r: IndicatorData): Figure => ({
  value: r.value,
  period: r.period,
  bound: r.bound,
  min: r.min,
  max: r.max,
});

/**
 * Indicator view (registered with the catalogue, src/views.ts): the figures of `indicator`, its
 * target (`target-indicator`, else the catalogue's pairing, else the host's `target`) and its
 * baseline. An id of a target shows that target alone. Throws for an unknown id or mixed units.
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
    value: actual && fromRecord(actual),
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
    const layout = layoutTargetProgress({
      value: value?.value ?? null,
      target: target.value,
      baseline: baseline?.value,
    });
    return {
      ok: true,
      label: typeof figures.label === 'string' ? figures.label : '',
      layout,
      texts: targetProgressTexts(layout, { value, target, baseline, unit }, locale),
      value: value?.value ?? null,
      target: target.value,
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}
