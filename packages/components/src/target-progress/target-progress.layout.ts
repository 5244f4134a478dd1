/**
 * Target progress, computed: where the fill or dot, the target and the baseline sit on the track
 * (in percent of its width, so the element needs no ResizeObserver), and the model the element
 * shows. What a bar may claim is decided in target-progress.reading.ts, its words are written in
 * target-progress.texts.ts; this module re-exports both. DOM-free and pure: the element maps these
 * onto markup, and Lit SSR can call them in Node.
 */
import type { IndicatorData } from '@pearl-charts/data';
import type { Bound, UnitId } from '@pearl-charts/data/vocab';
import { percentOfTarget, scriptOf, type FormatLocale } from '../format.js';
import { isFiniteNumber } from '../format/number.js';
import { errorMessage, message, unknownIndicatorMessage } from '../format/messages.js';
import { isUnitId, parseStrictNumber, resolveNumber } from '../format/parse.js';
import { getCatalog, getViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import { hostRow, recordRow, type DataRow } from '../shared/data-rows.js';
import { colon } from '../format/source.js';
import type { PearlErrorCode } from '../shared/events.js';
import { linearMap } from '../shared/linear.js';
import { meetsTarget, readFigures, type Figure } from './target-progress.reading.js';
import { targetProgressTexts, type TargetProgressTexts } from './target-progress.texts.js';

export { isUnitId, parseStrictNumber };
export * from './target-progress.reading.js';
export * from './target-progress.texts.js';

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
  /** The host's source, which its own figures carry in the CSV. */
  sourceName?: string | null | undefined;
  sourceDate?: string | null | undefined;
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
      /** The actual, target and baseline shown, as rows of the "Get the data" CSV. */
      rows: DataRow[];
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
  id: r.id,
});

/** How target progress reads catalogue records (target-progress.catalog.ts registers them). */
export interface TargetProgressViews {
  targetFiguresFromCatalog: typeof targetFiguresFromCatalog;
}

/**
 * Catalogue adapter (registered by target-progress.catalog.ts): the figures of `indicator`, its
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
      const views = getViews<TargetProgressViews>('pearl-target-progress');
      if (!catalog || !views) {
        const id = host.indicator.trim();
        throw new Invalid('no-catalog', errorMessage('noCatalog', { id }));
      }
      figures = views.targetFiguresFromCatalog(host, hostTarget, hostBaseline, catalog, locale);
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
    const label = typeof figures.label === 'string' ? figures.label : '';
    return {
      ok: true,
      label,
      layout,
      texts: targetProgressTexts(layout, { value, target, baseline, unit }, locale),
      value: value?.value ?? null,
      target: target.value,
      estimate: value?.status === 'estimate',
      rows: progressRows(label, { value, target, baseline }, unit, host, locale),
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

/**
 * The actual, target and baseline a bar shows, as CSV rows: the target's and baseline's labels
 * say which they are (高新技术企业：目标). A catalogue figure carries its record's article and
 * passage; the host's numbers carry the host's `source-name` and `source-date`.
 */
export function progressRows(
  label: string,
  figures: { value: Figure | null; target: Figure; baseline: Figure | null },
  unit: UnitId,
  host: TargetProgressHost,
  locale: FormatLocale,
  catalog: Catalog | null = getCatalog(),
): DataRow[] {
  const script = scriptOf(locale);
  const roles = [
    [figures.value, label, 'actual'],
    [figures.target, label + colon(locale) + message('chart.target', locale), 'target'],
    [figures.baseline, label + colon(locale) + message('chart.baseline', locale), 'actual'],
  ] as const;
  const rows: DataRow[] = [];
  for (const [figure, name, status] of roles) {
    if (!figure) continue;
    const record = figure.id ? catalog?.find(figure.id) : undefined;
    rows.push(
      record
        ? recordRow(name, record, catalog?.source(record.source.seed), script)
        : hostRow(
            {
              label: name,
              period: figure.period?.trim() ?? '',
              value: figure.value,
              unit,
              bound: figure.bound ?? 'exact',
              status: figure.status ?? status,
            },
            host,
          ),
    );
  }
  return rows;
}
