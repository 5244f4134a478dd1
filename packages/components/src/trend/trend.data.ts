/**
 * The data behind `<pearl-trend>`, before any geometry: host points (`series` JSON) and catalogue
 * records read into checked points in time order, with the breaks a line must not cross
 * (bound, definition, scope, region, unit, period) and the problems a reader is shown instead.
 * DOM-free; `trend.layout.ts` turns the result into scales, paths and texts.
 */
import { checkUnit } from '../format/units.js';
import type { IndicatorData } from '@pearl-charts/data';
import { BOUNDS, STATUSES, type Bound, type Status } from '@pearl-charts/data/vocab';
import { scriptOf, type FormatLocale } from '../format/locale.js';
import { errorMessage, unknownIndicatorMessage } from '../format/messages.js';
import { parseStrictNumber, readJson } from '../format/parse.js';
import { getViews, type Catalog } from '../shared/catalog.js';
import type { PearlErrorCode } from '../shared/events.js';

/** The fewest points a trend draws: two make a slope chart. */
export const MIN_POINTS = 2;

/** Why two neighbouring points are not joined: the data's reasons, and a gap in the periods. */
export type TrendBreak =
  'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period' | 'gap' | (string & {});

/** One point as a host passes it (`series` property, or the JSON of the `series` attribute). */
export interface TrendPointInput {
  /** A period of the data grammar: `2024`, `2023-01/2023-09`, `as of 2024-12`, `by 2027`, `before 2025`. */
  period: string;
  /** In base units of `unit`: 1.2e12 for 1.2万亿元, 57.1 for 57.1%. */
  value: number;
  /** `over` (超, drawn as an open marker), `about`, `nearly`, `under`, `odd`; default `exact`. */
  bound?: Bound;
  /** `estimate` or `target` (dashed); default `actual`. */
  status?: Status;
  unit?: string;
}

/** One checked point. Catalogue points also carry their record's label, quote and source. */
export interface TrendDatum {
  period: string;
  value: number;
  unit: string;
  bound: Bound;
  status: Status;
  /** Why this point must not be joined to the one before it; absent when it may (or is first). */
  breakBefore?: TrendBreak;
  id?: string;
  /** The record's label in the reader's script. */
  label?: string;
  classifier?: Partial<Record<'zh-Hans' | 'zh-Hant', string>>;
  /** The verbatim sentence the figure comes from, in its article's script. */
  quote?: string;
  /** The outlet, in the reader's script. */
  outlet?: string;
  /** The article's date, YYYY-MM-DD. */
  date?: string;
}

/** Checked points, with the target the concept is measured against when the catalogue has one. */
export interface TrendData {
  points: TrendDatum[];
  target?: TrendDatum;
  /** The catalogue records drawn (their source lines and notes go in the frame). */
  records?: IndicatorData[];
}

/** Why a chart cannot be drawn; {@link trendMessage} names it (in English, as every error). */
export type TrendProblem =
  | { code: 'no-input' }
  | { code: 'no-catalog'; id: string }
  | { code: 'unknown-indicator'; id: string; suggestion?: string }
  | { code: 'unknown-concept'; concept: string }
  | { code: 'malformed-json'; attribute: string; detail: string }
  | { code: 'not-finite'; field: string; text: string }
  | { code: 'bad-period'; field: string; text: string }
  | { code: 'missing-unit'; message?: string }
  | { code: 'mixed-units'; units: string[] }
  | { code: 'too-few'; count: number }
  | { code: 'too-large' }
  | { code: 'bad-data'; detail: string };

export type TrendResult = { ok: true; data: TrendData } | { ok: false; problem: TrendProblem };

const fail = (problem: TrendProblem): TrendResult => ({ ok: false, problem });

/** The `pearl-error` code of each problem (shared/events.ts has a fixed list). */
export function trendProblemCode(p: TrendProblem): PearlErrorCode {
  switch (p.code) {
    case 'no-input':
      return 'missing-value';
    case 'unknown-concept':
      return 'unknown-indicator';
    case 'too-few':
      return 'too-few-items';
    case 'too-large':
      return 'not-finite';
    case 'bad-period':
    case 'bad-data':
      return 'malformed-json';
    default:
      return p.code;
  }
}

/** The problem for whoever set the widget up, in English (readers see a quiet line). */
export function trendMessage(p: TrendProblem): string {
  switch (p.code) {
    case 'no-input':
      return 'No data: set concept, indicators or series.';
    case 'no-catalog':
      return errorMessage('noCatalog', { id: p.id });
    case 'unknown-indicator':
      return unknownIndicatorMessage(p.id, p.suggestion);
    case 'unknown-concept':
      return `Unknown concept "${p.concept}": the catalogue has no series for it.`;
    case 'malformed-json':
      return `${errorMessage('malformedJson', { attribute: p.attribute })} ${p.detail}`;
    case 'not-finite':
      return errorMessage('notFinite', { field: p.field, text: p.text });
    case 'bad-period':
      return `${p.field} is not a period such as 2024, 2023-01/2023-09 or as of 2024-12: "${p.text}".`;
    case 'missing-unit':
      return p.message ?? `${errorMessage('missingUnit')} Set the unit attribute.`;
    case 'mixed-units':
      return errorMessage('mixedUnits', { units: p.units.join(', ') });
    case 'too-few':
      return `A trend needs at least ${MIN_POINTS} points; it has ${p.count}.`;
    case 'too-large':
      return 'The values are too large to draw.';
    case 'bad-data':
      return `The data could not be read: ${p.detail}`;
  }
}

/** How a bad value is quoted in a message: short, as text. */
function quote(v: unknown): string {
  if (typeof v === 'string') return v.slice(0, 40);
  if (typeof v === 'number') return String(v);
  try {
    return String(JSON.stringify(v)).slice(0, 40);
  } catch {
    return String(v);
  }
}

/** A JSON or property value as a finite number, or null; numeric strings count. */
function strictNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' ? parseStrictNumber(v) : null;
}

/** Where a period sits on the time axis, and how it may be joined. */
export interface PeriodTime {
  /** Milliseconds since 1970 (UTC). */
  time: number;
  /** `before 2025`: a time the source does not state, drawn one year earlier and never joined. */
  undated: boolean;
}

/** 2024 / 2024-12 / 2024-12-31 → the UTC start of that year, month or day; null outside the grammar. */
function pointTime(text: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(Number(m[1]), month - 1, day);
}

/**
 * Where a period of the data grammar sits on the time axis: a year, month or day at its start
 * (where the axis writes it: the 2024 point on the 2024 tick), a span (2023-01/2023-09) at its
 * midpoint, `as of` and `by` at their date. `before 2025` has no date: it is drawn a year before,
 * marked undated and never joined. Null for `current` and text outside the grammar.
 */
export function periodTime(period: unknown): PeriodTime | null {
  if (typeof period !== 'string') return null;
  const text = period.trim();
  const prefixed = /^(as of|by|before) (.+)$/.exec(text);
  const body = prefixed ? prefixed[2]! : text;
  const [a, b, ...extra] = body.split('/');
  if (extra.length) return null;
  const start = pointTime(a!);
  if (start === null) return null;
  if (prefixed?.[1] === 'before') {
    if (b !== undefined) return null;
    const d = new Date(start);
    return {
      time: Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()),
      undated: true,
    };
  }
  if (b === undefined) return { time: start, undated: false };
  const end = pointTime(b);
  if (end === null || end < start) return null;
  return { time: start / 2 + end / 2, undated: false };
}

/**
 * Why `b` cannot be read as a change from `a` (the data package's rule, applied to host points
 * and to records picked by id): different units, regions, scopes or definitions, an undated
 * period, or a different bound word (57.1% against 超过五成). Null when they may be joined.
 */
/** What two points are compared on (a catalogue record or a host point). */
interface Comparable {
  unit: string;
  bound: string;
  period: string;
  region?: string;
  scope?: { name: { en: string } } | undefined;
  definition?: string | undefined;
}

export function breakBetween(a: Comparable, b: Comparable): TrendBreak | null {
  if (a.unit !== b.unit) return 'unit';
  if (a.region !== b.region) return 'region';
  if (a.scope?.name.en !== b.scope?.name.en) return 'scope';
  if (a.definition !== b.definition) return 'definition';
  if (periodTime(a.period)?.undated || periodTime(b.period)?.undated) return 'period';
  if (a.bound !== b.bound) return 'bound';
  return null;
}

/**
 * Checks host points: an array (or its JSON text, from the attribute `attribute`) of
 * `{period, value, bound?, status?, unit?}`, in `unit` (else the points' own). Points are put in
 * time order; each says whether it may be joined to the one before.
 */
export function parseSeries(
  raw: unknown,
  unit: string | undefined,
  attribute = 'series',
): TrendResult {
  const json = readJson(raw);
  if (!json.ok) return fail({ code: 'malformed-json', attribute, detail: json.detail });
  const list = json.value;
  if (!Array.isArray(list))
    return fail({
      code: 'malformed-json',
      attribute,
      detail: `expected an array, got ${quote(list)}`,
    });
  const points: TrendDatum[] = [];
  const units = new Set<string>();
  for (const [i, item] of list.entries()) {
    const field = `${attribute}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return fail({ code: 'malformed-json', attribute, detail: `${field} is not an object` });
    const { period, value, bound, status, unit: own } = item as Record<string, unknown>;
    if (typeof period !== 'string' || !periodTime(period))
      return fail({ code: 'bad-period', field: `${field}.period`, text: quote(period) });
    const number = strictNumber(value);
    if (number === null)
      return fail({ code: 'not-finite', field: `${field}.value`, text: quote(value) });
    if (bound !== undefined && (!BOUNDS.includes(bound as Bound) || bound === 'range'))
      return fail({
        code: 'bad-data',
        detail: `${field}.bound is "${quote(bound)}"; use exact, over, about, nearly, under or odd.`,
      });
    if (status !== undefined && !STATUSES.includes(status as Status))
      return fail({
        code: 'bad-data',
        detail: `${field}.status is "${quote(status)}"; use actual, estimate or target.`,
      });
    if (typeof own === 'string' && own.trim()) units.add(own.trim());
    points.push({
      period: period.trim(),
      value: number,
      unit: '',
      bound: (bound as Bound | undefined) ?? 'exact',
      status: (status as Status | undefined) ?? 'actual',
    });
  }
  const chartUnit = unit?.trim() || (units.size === 1 ? [...units][0] : undefined);
  if (chartUnit) units.add(chartUnit);
  if (units.size > 1) return fail({ code: 'mixed-units', units: [...units] });
  if (!chartUnit) return fail({ code: 'missing-unit' });
  // The one unit check of every element: "precent" is refused naming "percent".
  const known = checkUnit(chartUnit, 'unit');
  if (!known.ok) return fail({ code: 'missing-unit', message: known.message });
  return checked(inTimeOrder(points.map((p) => ({ ...p, unit: chartUnit }))), undefined);
}

/** Points sorted by time (stable), each with the break from the one before recomputed. */
function inTimeOrder(points: TrendDatum[]): TrendDatum[] {
  const order = points.map((_, i) => i);
  order.sort(
    (a, b) => periodTime(points[a]!.period)!.time - periodTime(points[b]!.period)!.time || a - b,
  );
  return order.map((i, k) => {
    const p = { ...points[i]! };
    delete p.breakBefore;
    const reason = k === 0 ? null : breakBetween(points[order[k - 1]!]!, p);
    if (reason) p.breakBefore = reason;
    return p;
  });
}

/** Enough points, and the target: the catalogue's, else the last point that is a target. */
function checked(points: TrendDatum[], target?: TrendDatum): TrendResult {
  if (points.length < MIN_POINTS) return fail({ code: 'too-few', count: points.length });
  const data: TrendData = { points };
  const goal = target ?? [...points].reverse().find((p) => p.status === 'target');
  if (goal) data.target = goal;
  return { ok: true, data };
}

/** How a trend reads catalogue records (trend.catalog.ts registers them). */
export interface TrendViews {
  seriesForConcept: typeof seriesForConcept;
  seriesForIds: typeof seriesForIds;
}

/** The points of a concept, via the registered adapter; or why not. */
export function resolveTrendConcept(
  concept: string,
  catalog: Catalog | null,
  locale: FormatLocale,
): TrendResult {
  const views = getViews<TrendViews>('pearl-trend');
  if (!catalog || !views) return fail({ code: 'no-catalog', id: concept });
  return views.seriesForConcept(concept, catalog, locale);
}

/** The points of `indicators` ids, via the registered adapter; or why not. */
export function resolveTrendIds(
  ids: readonly string[],
  catalog: Catalog | null,
  locale: FormatLocale,
): TrendResult {
  const views = getViews<TrendViews>('pearl-trend');
  if (!catalog || !views) return fail({ code: 'no-catalog', id: ids.join(', ') });
  return views.seriesForIds(ids, catalog, locale);
}

/** A catalogue record as a point, with its quote and source in the reader's script. */
export function trendDatum(r: IndicatorData, catalog: Catalog, locale: FormatLocale): TrendDatum {
  const script = scriptOf(locale);
  const source = catalog.source(r.source.seed);
  const d: TrendDatum = {
    period: r.period,
    value: r.value,
    unit: r.unit,
    bound: r.bound,
    status: r.status,
    id: r.id,
    label: r.labels[script],
    quote: r.source.quote,
  };
  if (r.classifier) d.classifier = r.classifier;
  if (source) {
    d.outlet = source.outlet[script];
    d.date = source.date;
  }
  return d;
}

function recordResult(
  records: IndicatorData[],
  catalog: Catalog,
  locale: FormatLocale,
  breaks: (r: IndicatorData, i: number) => TrendBreak | undefined,
): TrendResult {
  const units = [...new Set(records.map((r) => r.unit))];
  if (units.length > 1) return fail({ code: 'mixed-units', units });
  for (const r of records)
    if (!periodTime(r.period)) return fail({ code: 'bad-period', field: r.id, text: r.period });
  const points = records.map((r, i) => {
    const d = trendDatum(r, catalog, locale);
    const reason = breaks(r, i);
    if (reason) d.breakBefore = reason;
    return d;
  });
  // The target the latest actual is measured against, else the last target point.
  const actual = [...records].reverse().find((r) => r.status !== 'target');
  const goal =
    (actual && catalog.targetFor(actual)) ??
    [...records].reverse().find((r) => r.status === 'target');
  const result = checked(
    points,
    goal && goal.unit === units[0] ? trendDatum(goal, catalog, locale) : undefined,
  );
  if (result.ok) result.data.records = records;
  return result;
}

/** Catalogue adapter: a concept's records in time order, with the catalogue's `breakBefore`. */
export function seriesForConcept(
  concept: string,
  catalog: Catalog,
  locale: FormatLocale,
): TrendResult {
  const series = catalog.series?.(concept) ?? [];
  if (series.length === 0) return fail({ code: 'unknown-concept', concept });
  return recordResult(
    [...series],
    catalog,
    locale,
    (r) => (r as IndicatorData & { breakBefore?: string }).breakBefore,
  );
}

/** Catalogue adapter: the records of `ids`, put in time order, breaks from {@link breakBetween}. */
export function seriesForIds(
  ids: readonly string[],
  catalog: Catalog,
  locale: FormatLocale,
): TrendResult {
  const records: IndicatorData[] = [];
  for (const id of ids) {
    const r = catalog.find(id);
    if (!r) return fail({ code: 'unknown-indicator', id, suggestion: catalog.closest(id, 1)[0] });
    records.push(r);
  }
  for (const r of records)
    if (!periodTime(r.period)) return fail({ code: 'bad-period', field: r.id, text: r.period });
  const sorted = [...records].sort(
    (a, b) => periodTime(a.period)!.time - periodTime(b.period)!.time,
  );
  return recordResult(sorted, catalog, locale, (r, i) =>
    i === 0 ? undefined : (breakBetween(sorted[i - 1]!, r) ?? undefined),
  );
}

/** `indicators="a b, c"` → ['a', 'b', 'c']. */
export function trendIds(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,，]+/).filter(Boolean);
}
