/**
 * Pure functions behind `<pearl-sector-comparison>`: inputs → checked items → bar geometry and texts.
 * DOM-free (Lit SSR imports it in Node). Geometry is in percent of the plot, so CSS alone keeps the
 * chart responsive.
 */
import type { IndicatorData } from '@pearl-charts/data';
import { REGIONS, type Bound, type Status } from '@pearl-charts/data/vocab';
import { checkUnit, rangeProblem, unitSpec } from '../format/units.js';
import { formatPeriod } from '../format/indicator.js';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { errorMessage, message, unknownIndicatorMessage } from '../format/messages.js';
import { parseStrictNumber, readJson } from '../format/parse.js';
import type { ScaleStep } from '../format/number.js';
import { getCatalog, getViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import { hostRow, recordRow, type DataRow, type HostSource } from '../shared/data-rows.js';
import type { TooltipContent } from '../shared/tooltip.js';
import { linearMap } from '../shared/linear.js';
import type { PearlErrorCode } from '../shared/events.js';
import { rangeOf, valueColumn, valueText } from './sector-comparison.values.js';

export * from './sector-comparison.values.js';

/** Bar order: as given, largest first, or smallest first. */
export type SectorSort = 'none' | 'descending' | 'ascending';

/** The fewest and most bars one chart shows. */
export const MIN_ITEMS = 2;
export const MAX_ITEMS = 20;

/** One item as a host passes it (`items` property, or the JSON of the `items` attribute). */
export interface SectorItemInput {
  label: string;
  /** In base units of the chart's unit: 1.2e12 for 1.2万亿元, 57.1 for 57.1%. Optional with a range. */
  value?: number;
  id?: string;
  /** Optional per item; every item must share one unit. */
  unit?: string;
  /** Both or neither: a range (5–10), drawn from min to max; `value` defaults to its midpoint. */
  min?: number;
  max?: number;
  /** `estimate` (hatched, badged 预计) or `target` (outlined, badged 目标); default `actual`. */
  status?: Status;
}

/** One checked item: a finite value with its label and unit. */
export interface SectorDatum {
  label: string;
  value: number;
  unit: string;
  id?: string;
  bound?: Bound;
  min?: number;
  max?: number;
  /** Catalogue records only: the measure word the source counts with (家 where the unit says 个). */
  classifier?: Partial<Record<'zh-Hans' | 'zh-Hant', string>>;
  /** Catalogue records only: estimates and targets are badged so they are not read as actuals. */
  status?: Exclude<Status, 'actual'>;
  /**
   * What tells apart records that share a label: region and/or period, 广东 · 2024年. Shown under
   * the label, not glued to it.
   */
  detail?: string;
}

/** Why a chart cannot be drawn; {@link sectorMessage} turns it into the reader's language. */
export type SectorProblem =
  | { code: 'no-input' }
  | { code: 'no-catalog'; id: string }
  | { code: 'unknown-indicator'; id: string; suggestion?: string }
  | { code: 'malformed-json'; attribute: string; detail: string }
  | { code: 'not-finite'; field: string; text: string }
  | { code: 'missing-value'; field: string }
  | { code: 'missing-label'; field: string }
  | { code: 'missing-unit' }
  | { code: 'unknown-unit'; message: string }
  | { code: 'out-of-range'; message: string }
  | { code: 'mixed-units'; units: string[]; query: boolean }
  | { code: 'item-count'; count: number }
  | { code: 'bad-data'; detail: string };

export type SectorResult =
  { ok: true; data: SectorDatum[] } | { ok: false; problem: SectorProblem };

const fail = (problem: SectorProblem): SectorResult => ({ ok: false, problem });

/** The `pearl-error` code each problem reports. `shared/events.ts` has no code for a missing label
 * or for more than 20 items, so those use the nearest existing ones. */
export function problemCode(problem: SectorProblem): PearlErrorCode {
  switch (problem.code) {
    case 'no-input':
    case 'missing-label':
      return 'missing-value';
    case 'item-count':
      return 'too-few-items';
    case 'bad-data':
      return 'malformed-json';
    case 'unknown-unit':
      return 'missing-unit';
    default:
      return problem.code;
  }
}

const STATUSES: readonly Status[] = ['actual', 'estimate', 'target'];

/** A JSON or property value as a finite number, or null. Numeric strings count; nothing else does. */
export function strictNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' ? parseStrictNumber(v) : null;
}

/** How a bad value is quoted in a message: JSON-ish, short. */
function quote(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v); // NaN, Infinity
  try {
    return String(JSON.stringify(v)).slice(0, 40);
  } catch {
    return String(v);
  }
}

/**
 * Checks host items: an array (or its JSON text, from the attribute named `attribute`) of
 * `{label, value, id?, unit?}`. The chart's unit is `unit`, else the items' own.
 */
export function parseItems(
  raw: unknown,
  unit: string | undefined,
  attribute = 'items',
): SectorResult {
  const json = readJson(raw);
  if (!json.ok) return fail({ code: 'malformed-json', attribute, detail: json.detail });
  const list = json.value;
  if (!Array.isArray(list)) {
    return fail({
      code: 'malformed-json',
      attribute,
      detail: `expected an array, got ${quote(list)}`,
    });
  }
  const data: SectorDatum[] = [];
  const units = new Set<string>();
  for (const [i, item] of list.entries()) {
    const field = `${attribute}[${i}]`;
    if (typeof item !== 'object' || item === null) {
      return fail({ code: 'malformed-json', attribute, detail: `${field} is not an object` });
    }
    const { label, value, id, unit: own, min, max, status } = item as Record<string, unknown>;
    const ends: number[] = [];
    for (const [name, end] of [
      ['min', min],
      ['max', max],
    ] as const) {
      if (end === undefined) continue;
      const n = strictNumber(end);
      if (n === null)
        return fail({ code: 'not-finite', field: `${field}.${name}`, text: quote(end) });
      ends.push(n);
    }
    if (ends.length === 1)
      return fail({ code: 'bad-data', detail: `${field} needs both min and max for a range.` });
    if (status !== undefined && !STATUSES.includes(status as Status))
      return fail({
        code: 'bad-data',
        detail: `${field}.status is "${quote(status)}"; use actual, estimate or target.`,
      });
    // Halves first: (1e308 + 1e308) / 2 would be Infinity.
    const midpoint = ends.length === 2 ? ends[0]! / 2 + ends[1]! / 2 : undefined;
    const noValue = value === undefined || value === null || value === '';
    if (noValue && midpoint === undefined) return fail({ code: 'missing-value', field });
    const number = noValue ? midpoint! : strictNumber(value);
    if (number === null)
      return fail({ code: 'not-finite', field: `${field}.value`, text: quote(value) });
    const text =
      typeof label === 'string' ? label.trim() : typeof label === 'number' ? String(label) : '';
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    if (!text && !key) return fail({ code: 'missing-label', field });
    const itemUnit = typeof own === 'string' && own.trim() ? own.trim() : undefined;
    if (itemUnit) units.add(itemUnit);
    const datum: SectorDatum = { label: text || key!, value: number, unit: itemUnit ?? '' };
    if (key) datum.id = key;
    if (ends.length === 2) Object.assign(datum, { bound: 'range', min: ends[0], max: ends[1] });
    if (status === 'estimate' || status === 'target') datum.status = status;
    data.push(datum);
  }
  const chartUnit = unit?.trim() || (units.size === 1 ? [...units][0] : undefined);
  if (chartUnit) units.add(chartUnit);
  if (units.size > 1) return fail({ code: 'mixed-units', units: [...units], query: false });
  if (!chartUnit) return fail({ code: 'missing-unit' });
  const known = checkUnit(chartUnit, 'unit');
  if (!known.ok) return fail({ code: 'unknown-unit', message: known.message });
  for (const [i, d] of data.entries()) {
    for (const [name, v] of [
      ['value', d.value],
      ['min', d.min],
      ['max', d.max],
    ] as const) {
      const far = v === undefined ? null : rangeProblem(v, chartUnit, `${attribute}[${i}].${name}`);
      if (far) return fail({ code: 'out-of-range', message: far });
    }
  }
  return checkCount(data.map((d) => ({ ...d, unit: chartUnit })));
}

/** `indicators="a b, c"` → ['a', 'b', 'c']. */
export function splitIds(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,，]+/).filter(Boolean);
}

/**
 * The catalogue records as items, in the given order; the first unknown id stops it. Runs the
 * registered indicator view ({@link recordsForIds}), or reports that no catalogue came with one.
 */
export function resolveIndicators(
  ids: readonly string[],
  catalog: Catalog | null,
  locale: FormatLocale,
): SectorResult {
  const views = getViews<SectorComparisonViews>('pearl-sector-comparison');
  if (!catalog || !views) return fail({ code: 'no-catalog', id: ids.join(', ') });
  return views.recordsForIds(ids, catalog, locale);
}

/**
 * Records matching a tag and/or concept, in data order. Several units → the mixed-units problem
 * naming them, unless `unit` picks one. Runs the registered indicator view ({@link recordsForQuery}).
 */
export function queryIndicators(
  query: { tag?: string; concept?: string },
  unit: string | undefined,
  catalog: Catalog | null,
  locale: FormatLocale,
): SectorResult {
  if (unit !== undefined) {
    const known = checkUnit(unit, 'unit');
    if (!known.ok) return fail({ code: 'unknown-unit', message: known.message });
  }
  const views = getViews<SectorComparisonViews>('pearl-sector-comparison');
  if (!catalog || !views)
    return fail({ code: 'no-catalog', id: [query.tag, query.concept].filter(Boolean).join(', ') });
  return views.recordsForQuery(query, unit, catalog, locale);
}

/** How a comparison reads catalogue records (sector-comparison.catalog.ts registers them). */
export interface SectorComparisonViews {
  recordsForIds: typeof recordsForIds;
  recordsForQuery: typeof recordsForQuery;
}

/** Catalogue adapter: the items for `indicators="…"` ids (see {@link resolveIndicators}). */
export function recordsForIds(
  ids: readonly string[],
  catalog: Catalog,
  locale: FormatLocale,
): SectorResult {
  const records: IndicatorData[] = [];
  for (const id of ids) {
    const found = lookupIndicator(id, catalog);
    if (!found.ok) {
      const suggestion = found.code === 'unknown-indicator' ? found.suggestion : undefined;
      return fail({ code: 'unknown-indicator', id, ...(suggestion ? { suggestion } : {}) });
    }
    records.push(found.indicator);
  }
  const units = [...new Set(records.map((r) => r.unit))];
  if (units.length > 1) return fail({ code: 'mixed-units', units, query: false });
  return checkCount(fromRecords(records, locale));
}

/** Catalogue adapter: the items for a tag or concept query (see {@link queryIndicators}). */
export function recordsForQuery(
  query: { tag?: string; concept?: string },
  unit: string | undefined,
  catalog: Catalog,
  locale: FormatLocale,
): SectorResult {
  const q: { tag?: string; concept?: string } = {};
  if (query.tag) q.tag = query.tag;
  if (query.concept) q.concept = query.concept;
  let records = catalog.query(q);
  if (unit) records = records.filter((r) => r.unit === unit);
  const units = [...new Set(records.map((r) => r.unit))];
  if (units.length > 1) return fail({ code: 'mixed-units', units, query: true });
  return checkCount(fromRecords(records, locale));
}

function checkCount(data: SectorDatum[]): SectorResult {
  if (data.length < MIN_ITEMS || data.length > MAX_ITEMS)
    return fail({ code: 'item-count', count: data.length });
  return { ok: true, data };
}

/** Between the parts of a detail and after a label in running text: 广东 · 2024年. */
export const DETAIL_SEPARATOR = ' · ';

/**
 * Records as items, labels in the locale's script (part of the catalogue adapter). When the rows are
 * not all of one region, or not all of one period, each row says its own as its `detail` (广东 ·
 * 2024年), so Guangdong's 431,000 base stations are never read beside China's 3.282 million as if
 * both were one place's or one date's. Records that share a label and differ in neither are told
 * apart by id.
 */
export function fromRecords(
  records: readonly IndicatorData[],
  locale: FormatLocale,
): SectorDatum[] {
  const script = scriptOf(locale);
  const labels = records.map((r) => r.labels[script]);
  const regionsDiffer = new Set(records.map((r) => r.region)).size > 1;
  const periodsDiffer = new Set(records.map((r) => r.period)).size > 1;
  return records.map((r, i) => {
    const twins = records.filter((_, j) => labels[j] === labels[i]);
    const label = labels[i]!;
    const datum: SectorDatum = { label, value: r.value, unit: r.unit, id: r.id, bound: r.bound };
    if (r.classifier) datum.classifier = r.classifier;
    const parts: string[] = [];
    if (regionsDiffer) parts.push(REGIONS[r.region]?.[script] ?? r.region);
    if (periodsDiffer) parts.push(formatPeriod(r.period, locale));
    if (parts.length === 0 && twins.length > 1) parts.push(r.id);
    if (parts.length) datum.detail = parts.join(DETAIL_SEPARATOR);
    if (r.status !== 'actual') datum.status = r.status;
    if (r.min !== undefined) datum.min = r.min;
    if (r.max !== undefined) datum.max = r.max;
    return datum;
  });
}

/** How a bar is drawn: solid for an actual, hatched for an estimate, outlined for a target. */
export type SectorMark = 'actual' | 'estimate' | 'target';

/** One bar, in display order. Positions are percent of the plot width, measured from its left. */
export interface SectorBar {
  /** Position in the given order (before sorting); what `pearl-sector-select` reports. */
  index: number;
  id?: string;
  label: string;
  /** Region and period that tell this row from one of the same label (广东 · 2024年); or ''. */
  detail: string;
  value: number;
  /**
   * The value as its column shows it: 超8400家 when every row keeps its own scale word, 超20 under
   * a header 单位：万亿元, over 20 trillion under "Unit: yuan".
   */
  text: string;
  /**
   * The words the header states once, for screen readers after `text`: 万亿元, " trillion yuan";
   * '' when `text` is whole. `text + spoken` is the value as it reads alone.
   */
  spoken: string;
  /** Left end of the bar, % of the plot. */
  start: number;
  /** Bar length, % of the plot. */
  size: number;
  negative: boolean;
  /** A range: the bar spans min to max (5–10), not zero to its midpoint. */
  range: boolean;
  /** Estimates are hatched and targets outlined, in the mark itself and not only in the badge. */
  mark: SectorMark;
  highlighted: boolean;
  /** Badge for an estimate or target (预计, 目标, Target); '' for actuals and host numbers. */
  status: string;
}

export interface SectorLayout {
  bars: SectorBar[];
  /** Where the zero line sits, % of the plot from its left. */
  zero: number;
  /** Bar thickness as a share of the row pitch (band scale bandwidth / step). */
  thickness: number;
  /** The scale word the value column states once; null when each value keeps its own. */
  scale: ScaleStep | null;
  /**
   * The unit words stated once above the value column (万亿元, trillion yuan, enterprises), or ''
   * when every value carries its own (超8400家, 57.1%).
   */
  unit: string;
}

export interface SectorLayoutOptions {
  locale: FormatLocale;
  sort?: SectorSort | string;
  /** Item to highlight: its id, its label, or its index in the given order. */
  highlight?: string | number | null;
  /** Space between bars as a share of the row pitch (a band scale's inner padding). Default 0.3. */
  padding?: number;
}

/** The name a reader sees for an item: its label, and its detail when it has one. */
export function itemName(d: { label: string; detail?: string }): string {
  return d.detail ? d.label + DETAIL_SEPARATOR + d.detail : d.label;
}

/**
 * The index (in the given order) that `highlight` names, or -1. A number is an index; a string is
 * tried as an id, then a label (alone or with its detail), then an integer index, so
 * `highlight="2"` still finds an item labelled "2".
 */
export function findHighlight(
  data: readonly SectorDatum[],
  highlight: string | number | null | undefined,
): number {
  if (highlight === undefined || highlight === null || highlight === '') return -1;
  if (typeof highlight === 'number')
    return Number.isInteger(highlight) && data[highlight] ? highlight : -1;
  const text = highlight.trim();
  const byId = data.findIndex((d) => d.id === text);
  if (byId >= 0) return byId;
  const byLabel = data.findIndex((d) => d.label === text || itemName(d) === text);
  if (byLabel >= 0) return byLabel;
  return /^\d+$/.test(text) && data[Number(text)] ? Number(text) : -1;
}

/** Stable order: ties keep the given order. */
export function sortOrder(
  data: readonly SectorDatum[],
  sort: SectorSort | string | undefined,
): number[] {
  const order = data.map((_, i) => i);
  const sign = sort === 'descending' ? -1 : sort === 'ascending' ? 1 : 0;
  if (sign) order.sort((a, b) => sign * (data[a]!.value - data[b]!.value) || a - b);
  return order;
}

/**
 * Bar geometry: rows in sort order, each bar `1 - padding` of the row pitch thick; a linear map from
 * min(0, values) to max(0, values) onto 0–100 % of the plot, so bars start at the zero line,
 * negative ones grow left, and the longest bar fills the plot. A range spans its two ends instead.
 */
export function layoutSectors(
  data: readonly SectorDatum[],
  opts: SectorLayoutOptions,
): SectorLayout {
  const ranges = data.map(rangeOf);
  const ends = data.flatMap((d, i) => ranges[i] ?? [d.value]);
  // Divide by the largest magnitude first: the extent of ±1e308 would overflow to Infinity.
  const m = Math.max(0, ...ends.map(Math.abs));
  const norm = (v: number) => (m > 0 ? v / m : 0);
  const lo = Math.min(0, ...ends.map(norm));
  const hi = Math.max(0, ...ends.map(norm));
  // All zeros: an empty domain would put every bar at NaN; [0, 1] draws none.
  const x = linearMap(hi > lo ? [lo, hi] : [0, 1], [0, 100]);
  const order = sortOrder(data, opts.sort);
  const zero = x(0);
  const column = valueColumn(data, opts.locale);
  const highlighted = findHighlight(data, opts.highlight);
  const bars = order.map((i): SectorBar => {
    const d = data[i]!;
    const range = ranges[i];
    const [a, b] = range ? [x(norm(range[0])), x(norm(range[1]))] : [zero, x(norm(d.value))];
    const text = valueText(d, column.scale, opts.locale, column.suffix);
    const whole = valueText(d, column.scale, opts.locale);
    const bar: SectorBar = {
      index: i,
      label: d.label,
      detail: d.detail ?? '',
      value: d.value,
      text,
      // The header's words, said after the number; a lone 超20 never reaches a screen reader.
      spoken: whole.startsWith(text) ? whole.slice(text.length) : '',
      start: round(Math.min(a, b)),
      size: round(Math.abs(b - a)),
      negative: d.value < 0,
      range: range !== null,
      mark: d.status ?? 'actual',
      highlighted: i === highlighted,
      status: d.status ? message(`status.${d.status}`, opts.locale) : '',
    };
    if (d.id !== undefined) bar.id = d.id;
    return bar;
  });
  return {
    bars,
    zero: round(zero),
    // A band scale with inner padding p: bandwidth / step = 1 - p, whatever the number of rows.
    thickness: round(1 - (opts.padding ?? 0.3)),
    scale: column.scale ?? null,
    unit: column.unit,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * One CSV row per bar, in the order shown, named as the row is (label · detail). With
 * `fromCatalog`, each bar's record gives its period, article and passage; the host's items carry
 * the host's `source-name` and `source-date`.
 */
export function sectorRows(
  data: readonly SectorDatum[],
  bars: readonly SectorBar[],
  fromCatalog: boolean,
  host: HostSource,
  locale: FormatLocale,
  catalog: Catalog | null = getCatalog(),
): DataRow[] {
  const script = scriptOf(locale);
  return bars.map((bar) => {
    const d = data[bar.index]!;
    const record = fromCatalog && d.id ? catalog?.find(d.id) : undefined;
    if (record)
      return recordRow(itemName(bar), record, catalog?.source(record.source.seed), script);
    return hostRow(
      {
        label: itemName(bar),
        period: '',
        value: d.value,
        unit: d.unit,
        bound: d.bound ?? 'exact',
        status: d.status ?? 'actual',
      },
      host,
    );
  });
}

/**
 * What a bar's tooltip says: the row's name and value as it reads alone (地区生产总值：超14万亿元),
 * its period and status (2024年 · 预计), and the source's sentence, from the bar's CSV row.
 */
export function sectorTooltip(
  bar: SectorBar,
  row: DataRow | undefined,
  locale: FormatLocale,
): TooltipContent {
  const when = row?.period ? formatPeriod(row.period, locale) : '';
  return {
    heading: itemName(bar) + sectorString('separator', locale) + bar.text + bar.spoken,
    details: [[when, bar.status].filter(Boolean).join(DETAIL_SEPARATOR)],
    quote: row?.quote ?? '',
  };
}

/** UI strings, by script. */
const STRINGS = {
  'zh-Hans': {
    show: '显示数据表',
    hide: '隐藏数据表',
    item: '项目',
    value: '数值',
    caption: '对比数据',
    highlighted: '（重点）',
    separator: '：',
    comma: '，',
    unit: '单位：',
  },
  'zh-Hant': {
    show: '顯示數據表',
    hide: '隱藏數據表',
    item: '項目',
    value: '數值',
    caption: '對比數據',
    highlighted: '（重點）',
    separator: '：',
    comma: '，',
    unit: '單位：',
  },
  en: {
    show: 'Show table',
    hide: 'Hide table',
    item: 'Item',
    value: 'Value',
    caption: 'Comparison data',
    highlighted: ' (highlighted)',
    separator: ': ',
    comma: ', ',
    unit: 'Unit: ',
  },
} as const;

export type SectorString = keyof (typeof STRINGS)['en'];

export function sectorString(key: SectorString, locale: FormatLocale): string {
  return STRINGS[scriptOf(locale)][key];
}

/** The table's value header, with the unit the column states once: 数值（万亿元）, Value (yuan). */
export function valueHeading(unit: string, locale: FormatLocale): string {
  const value = sectorString('value', locale);
  if (!unit) return value;
  return isChinese(locale) ? `${value}（${unit}）` : `${value} (${unit})`;
}

/** A unit as an error names it: yuan (cny), % (percent), fraction. */
export function unitName(unit: string): string {
  const label = unitSpec(unit)?.label.en ?? '';
  return !label || label === unit ? unit : `${label} (${unit})`;
}

/** The error text for a problem, in English as every error (see ERRORS). Ids and JSON are quoted as plain text. */
export function sectorMessage(p: SectorProblem): string {
  switch (p.code) {
    case 'no-input':
      return 'No data: set indicators, tag, concept or items.';
    case 'no-catalog':
      return errorMessage('noCatalog', { id: p.id });
    case 'unknown-indicator':
      return unknownIndicatorMessage(p.id, p.suggestion);
    case 'malformed-json':
      return `${errorMessage('malformedJson', { attribute: p.attribute })} ${p.detail}`;
    case 'not-finite':
      return errorMessage('notFinite', { field: p.field, text: p.text });
    case 'missing-value':
      return `${p.field} has no value.`;
    case 'missing-label':
      return `${p.field} has no label.`;
    case 'missing-unit':
      return `${errorMessage('missingUnit')} Set the unit attribute.`;
    case 'mixed-units': {
      const units = errorMessage('mixedUnits', { units: p.units.map(unitName).join(', ') });
      return p.query ? `${units} Set the unit attribute to pick one.` : units;
    }
    case 'item-count':
      return `A comparison needs ${MIN_ITEMS} to ${MAX_ITEMS} items; it has ${p.count}.`;
    case 'bad-data':
      return `The data could not be read: ${p.detail}`;
    case 'unknown-unit':
    case 'out-of-range':
      return p.message;
  }
}
