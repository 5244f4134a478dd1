/**
 * What a metric card shows, computed from an indicator record or the host's own numbers: pure
 * functions and types, no DOM. The element maps a {@link MetricCardModel} onto its template.
 */
import type { IndicatorData } from '@pearl-charts/data';
import {
  BOUNDS,
  REGIONS,
  STATUSES,
  UNITS,
  type Bound,
  type Labels,
  type RegionId,
  type Script,
  type Status,
  type Unit,
  type UnitId,
} from '@pearl-charts/data/vocab';
import { formatDelta, formatPeriod, formatIndicator } from '../format/indicator.js';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { errorMessage, message, unknownIndicatorMessage } from '../format/messages.js';
import { isUnitId, parseNumberAttribute, resolveNumber } from '../format/parse.js';
import { chooseScale, formatValue } from '../format/number.js';
import { formatSourceDate, quoteMarks, safeUrl } from '../format/source.js';
import { getCatalog, getViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import type { PearlErrorCode } from '../shared/events.js';
import { layoutFigure, type FigureAnatomy, type FigureHost } from '../shared/figure.layout.js';
import { hostRow, recordRow, type DataRow } from '../shared/data-rows.js';

// The strict number readers are shared (format/parse.ts), and so are the source helpers
// (format/source.ts); these names stay part of this module's API.
export { parseNumberAttribute, resolveNumber, formatSourceDate, safeUrl };

/** The host's inputs, as the element holds them. Attribute text reaches `value`/`delta` as strings. */
export interface MetricCardInput {
  indicator?: string | null;
  /** A number, or attribute text that is parsed strictly (so "abc" can be quoted in the error). */
  value?: unknown;
  unit?: string | null;
  label?: string | null;
  period?: string | null;
  bound?: string | null;
  status?: string | null;
  delta?: unknown;
  deltaUnit?: string | null;
  betterWhen?: string | null;
  context?: string | null;
  sourceName?: string | null;
  sourceText?: string | null;
  sourceUrl?: string | null;
  sourceLang?: string | null;
  sourceDate?: string | null;
  description?: string | null;
  notes?: string | null;
}

/** The value text cut into pieces that concatenate to it exactly: 超 + 20万亿 + 元. */
export interface ValueParts {
  bound: string;
  number: string;
  unit: string;
}

export type DeltaTone = 'positive' | 'negative' | 'neutral';

export interface MetricDelta {
  /** Signed, with its unit: +31.2%, −0.5个百分点. */
  text: string;
  direction: 'up' | 'down' | 'flat';
  /** ▲ or ▼ (empty when flat): the direction without colour. */
  arrow: string;
  /** Good or bad news per `betterWhen`; only ever shown as colour beside sign and arrow. */
  tone: DeltaTone;
  /** What the delta is: 增速 / Growth for percent, 变化 / Change otherwise. */
  caption: string;
}

/** The verbatim passage the figure was read from, cut around the figure so that can be marked. */
export interface MetricQuote {
  before: string;
  figure: string;
  after: string;
  /** The reader's quotation marks around it: 「」 in zh-Hant, “” in zh-Hans and English. */
  open: string;
  close: string;
  /** The script the passage is written in (`zh-Hans`/`zh-Hant`), when known. */
  lang: string | null;
}

/** The figure a count-up runs to; null when counting makes no sense (1/7, No. 1, ranges, 0). */
export interface CountUp {
  value: number;
  unit: UnitId;
  /** Decimals of the final number text, kept throughout so the width does not jitter. */
  fractionDigits: number;
}

export interface MetricCard {
  label: string;
  /** Exactly what formatValue/formatIndicator writes: 超20万亿元, over 20 trillion yuan. */
  valueText: string;
  parts: ValueParts;
  count: CountUp | null;
  /** estimate / target as words; an actual figure has no badge. */
  badge: { status: Exclude<Status, 'actual'>; text: string } | null;
  region: string | null;
  period: string | null;
  delta: MetricDelta | null;
  context: string | null;
  /** Title, description, notes and source line of the frame (shared/figure.layout.ts). */
  figure: FigureAnatomy;
  /** What the source line opens onto; null without a passage. */
  quote: MetricQuote | null;
  /** The figure as a row of the "Get the data" CSV. */
  row: DataRow;
}

export type MetricCardModel =
  { ok: true; card: MetricCard } | { ok: false; code: PearlErrorCode; message: string };

/** The caption before a delta: growth for a percent change, change for points. */
const DELTA_CAPTION = {
  growth: { 'zh-Hans': '增速', 'zh-Hant': '增速', en: 'Growth' },
  change: { 'zh-Hans': '变化', 'zh-Hant': '變化', en: 'Change' },
} as const satisfies Record<string, Labels>;

/** The context line of a share: 占全国1/7, 1/7 of the national total. */
const SHARE_OF: Record<Script, (whole: string, share: string) => string> = {
  'zh-Hans': (whole, share) => `占${whole}${share}`,
  'zh-Hant': (whole, share) => `佔${whole}${share}`,
  en: (whole, share) => `${share} of ${whole}`,
};

/** The whole a share is of, as the context line names it. */
const WHOLE: Partial<Record<RegionId, Labels>> = {
  china: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'the national total' },
  world: { 'zh-Hans': '全球', 'zh-Hant': '全球', en: 'the world total' },
};

const unitOf = (id: UnitId): Unit => UNITS[id];
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  list.includes(v as T) ? (v as T) : undefined;
const present = (s: string | null | undefined): s is string => typeof s === 'string' && s !== '';

/**
 * Cuts a formatted value into bound word, number and unit, so the unit can be set smaller. The
 * pieces always concatenate to `full`; anything unexpected stays in `number`.
 */
export function splitValue(
  full: string,
  bare: string,
  unit: UnitId,
  locale: FormatLocale,
): ValueParts {
  const bound = bare && full.endsWith(bare) ? full.slice(0, full.length - bare.length) : '';
  const rest = full.slice(bound.length);
  const u = unitOf(unit);
  const suffixes = [u.label[scriptOf(locale)], isChinese(locale) ? '' : (u.enOne ?? '')];
  if (u.kind === 'percent') suffixes.push('%');
  if (u.kind === 'times') suffixes.push('×');
  const suffix = suffixes.find((s) => s && rest.endsWith(s) && rest.length > s.length);
  if (!suffix) return { bound, number: rest, unit: '' };
  const number = rest.slice(0, rest.length - suffix.length).trimEnd();
  return { bound, number, unit: rest.slice(number.length) };
}

function countUpFor(value: number, unit: UnitId, bound: Bound, number: string): CountUp | null {
  const kind = unitOf(unit).kind;
  if (value === 0 || bound === 'range' || kind === 'fraction' || kind === 'rank') return null;
  if (!/\d/.test(number)) return null;
  const fractionDigits = /\.(\d+)/.exec(number)?.[1]?.length ?? 0;
  return { value, unit, fractionDigits };
}

/** Ease-out cubic: fast at first, settling on the final number. */
export const easeOutCubic = (t: number) => 1 - (1 - Math.min(1, Math.max(0, t))) ** 3;

/**
 * The number text at `progress` (0–1, eased) of a count-up: same scale word and decimals as the
 * final text, and at 1 exactly `card.parts.number`.
 */
export function countUpNumber(card: MetricCard, progress: number, locale: FormatLocale): string {
  const count = card.count;
  if (!count || !(progress < 1)) return card.parts.number;
  const { value, unit, fractionDigits } = count;
  const scale = chooseScale([value], locale);
  const frame = formatValue(value * Math.max(0, progress), { unit, locale, scale, fractionDigits });
  return splitValue(frame, frame, unit, locale).number;
}

/** Whether a change is good news, from its sign and which way is better. */
export function deltaTone(direction: MetricDelta['direction'], betterWhen: unknown): DeltaTone {
  if (direction === 'flat' || (betterWhen !== 'higher' && betterWhen !== 'lower')) return 'neutral';
  return (direction === 'up') === (betterWhen === 'higher') ? 'positive' : 'negative';
}

export function layoutDelta(
  value: number,
  unit: UnitId,
  betterWhen: unknown,
  locale: FormatLocale,
  bound: Bound = 'exact',
): MetricDelta {
  const deltaText = formatDelta(value, unit, locale, bound);
  // The sign of the number as written, not of the value: a change that rounds to 0 reads 0, flat.
  const sign = /[+\u2212]/.exec(deltaText)?.[0];
  const direction = sign === '+' ? 'up' : sign === '\u2212' ? 'down' : 'flat';
  return {
    text: deltaText,
    direction,
    arrow: direction === 'up' ? '▲' : direction === 'down' ? '▼' : '',
    tone: deltaTone(direction, betterWhen),
    caption: DELTA_CAPTION[unit === 'percent' ? 'growth' : 'change'][scriptOf(locale)],
  };
}

function quoteOf(
  quote: string | null | undefined,
  figure: string | undefined,
  lang: string | null | undefined,
  locale: FormatLocale,
): MetricQuote | null {
  if (!present(quote)) return null;
  const [open, close] = quoteMarks(locale);
  const at = figure ? quote.indexOf(figure) : -1;
  const cut =
    !figure || at < 0
      ? { before: quote, figure: '', after: '' }
      : { before: quote.slice(0, at), figure, after: quote.slice(at + figure.length) };
  return { ...cut, open, close, lang: present(lang) ? lang : null };
}

/** The host's frame attributes, with the card's label as the title. */
function figureHost(input: MetricCardInput, title: string): FigureHost {
  return {
    title,
    description: input.description,
    notes: input.notes,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    sourceDate: input.sourceDate,
    sourceLang: input.sourceLang,
  };
}

/** The whole a share record is of: its `total` relation's region, else read from the concept. */
function shareWhole(share: IndicatorData, catalog: Catalog): RegionId | undefined {
  const total = catalog.related(share, 'total');
  if (total) return total.region;
  if (share.concept.endsWith('-national-share')) return 'china';
  if (share.concept.endsWith('-world-share')) return 'world';
  return undefined;
}

/** 占全国1/7 / 1/7 of the national total, from a share record describing `level`. */
function shareContext(level: IndicatorData, catalog: Catalog, locale: FormatLocale): string | null {
  for (const r of catalog.describing(level)) {
    if (r.kind !== 'share' || (r.unit !== 'fraction' && r.unit !== 'percent')) continue;
    const whole = shareWhole(r, catalog);
    const name = whole && whole !== r.region ? WHOLE[whole] : undefined;
    if (!name) continue;
    const share = formatValue(r.value, { unit: r.unit, locale, bound: r.bound });
    return SHARE_OF[scriptOf(locale)](name[scriptOf(locale)], share);
  }
  return null;
}

/** The growth (else change) record describing `level`, for the delta. */
function deltaRecord(level: IndicatorData, catalog: Catalog): IndicatorData | undefined {
  const records = catalog.describing(level);
  return records.find((r) => r.kind === 'growth') ?? records.find((r) => r.kind === 'change');
}

function fail(code: PearlErrorCode, msg: string): MetricCardModel {
  return { ok: false, code, message: msg };
}

/** The host's delta/delta-unit pair: null when unset, else a delta or the error to show. */
function hostDelta(
  input: MetricCardInput,
  betterWhen: unknown,
  locale: FormatLocale,
): MetricDelta | null | MetricCardModel {
  const delta = resolveNumber(input.delta);
  if (!delta.ok)
    return fail('not-finite', errorMessage('notFinite', { field: 'delta', text: delta.text }));
  if (delta.value === undefined) return null;
  if (!present(input.deltaUnit))
    return fail('missing-unit', 'Missing delta-unit: a delta needs a unit (percent or pp).');
  if (!isUnitId(input.deltaUnit)) {
    return fail(
      'missing-unit',
      errorMessage('unknownUnit', { field: 'delta', unit: input.deltaUnit }),
    );
  }
  return layoutDelta(delta.value, input.deltaUnit, betterWhen, locale);
}

const isModel = (x: MetricDelta | MetricCardModel | null): x is MetricCardModel =>
  x !== null && 'ok' in x;

/** Badge for an estimate or target; none for an actual (or an unknown status, as HTML ignores it). */
function badgeFor(status: Status | undefined, locale: FormatLocale): MetricCard['badge'] {
  if (status !== 'estimate' && status !== 'target') return null;
  return { status, text: message(`status.${status}`, locale) };
}

function figure(
  value: number,
  unit: UnitId,
  bound: Bound,
  locale: FormatLocale,
  range: Pick<IndicatorData, 'min' | 'max' | 'classifier'> = {},
) {
  const valueText = formatIndicator({ value, unit, bound, ...range }, locale);
  const bare = formatValue(value, {
    unit,
    locale,
    classifier: range.classifier,
    ...(bound === 'range' ? { bound, min: range.min, max: range.max } : {}),
  });
  const parts = splitValue(valueText, bare, unit, locale);
  return { valueText, parts, count: countUpFor(value, unit, bound, parts.number) };
}

/** How the card shows catalogue records (metric-card.catalog.ts registers {@link fromIndicator}). */
export interface MetricCardViews {
  fromIndicator: typeof fromIndicator;
}

/**
 * A card from a catalogue record and the host's overrides: the metric card's catalogue adapter,
 * registered by metric-card.catalog.ts (with the data) so that host-number pages do not download it.
 */
export function fromIndicator(
  r: IndicatorData,
  input: MetricCardInput,
  catalog: Catalog,
  locale: FormatLocale,
): MetricCardModel {
  const script = scriptOf(locale);
  const betterWhen = oneOf(['higher', 'lower'], input.betterWhen);
  let delta = hostDelta(input, betterWhen ?? r.betterWhen, locale);
  if (isModel(delta)) return delta;
  if (!delta) {
    const d = deltaRecord(r, catalog);
    if (d && isUnitId(d.unit))
      delta = layoutDelta(
        d.value,
        d.unit,
        betterWhen ?? r.betterWhen ?? d.betterWhen,
        locale,
        d.bound,
      );
  }
  const label = present(input.label) ? input.label : r.labels[script];
  // The host's own source (source-name) replaces the catalogue's, and its passage the record's.
  const hostSource = present(input.sourceName);
  return {
    ok: true,
    card: {
      label,
      ...figure(r.value, r.unit, r.bound, locale, {
        min: r.min,
        max: r.max,
        classifier: r.classifier,
      }),
      badge: badgeFor(r.status, locale),
      region: REGIONS[r.region]?.[script] ?? null,
      period: formatPeriod(r.period, locale),
      delta,
      context: present(input.context) ? input.context : shareContext(r, catalog, locale),
      figure: layoutFigure([r], figureHost(input, label), locale, catalog),
      quote: hostSource
        ? quoteOf(input.sourceText, undefined, input.sourceLang, locale)
        : quoteOf(r.source.quote, r.source.figure, catalog.source(r.source.seed)?.script, locale),
      // The figure is the catalogue's, so its row names the catalogue's article and passage.
      row: recordRow(label, r, catalog.source(r.source.seed), script),
    },
  };
}

function fromHost(input: MetricCardInput, locale: FormatLocale): MetricCardModel {
  const value = resolveNumber(input.value);
  if (!value.ok)
    return fail('not-finite', errorMessage('notFinite', { field: 'value', text: value.text }));
  if (value.value === undefined)
    return fail('missing-value', 'Missing value: set value or indicator.');
  if (!present(input.unit)) return fail('missing-unit', errorMessage('missingUnit'));
  if (!isUnitId(input.unit))
    return fail('missing-unit', errorMessage('unknownUnit', { field: 'value', unit: input.unit }));
  const delta = hostDelta(input, input.betterWhen, locale);
  if (isModel(delta)) return delta;
  // Like HTML's enumerated attributes, an unknown bound or status falls back to the default.
  const bound = oneOf(BOUNDS, input.bound) ?? 'exact';
  const label = present(input.label) ? input.label : '';
  return {
    ok: true,
    card: {
      label,
      // A host gives no range ends: its one number is a midpoint, so it reads as 约 / about.
      ...figure(value.value, input.unit, bound === 'range' ? 'about' : bound, locale),
      badge: badgeFor(oneOf(STATUSES, input.status), locale),
      region: null,
      period: present(input.period) ? formatPeriod(input.period, locale) : null,
      delta,
      context: present(input.context) ? input.context : null,
      figure: layoutFigure([], figureHost(input, label), locale, null),
      quote: quoteOf(input.sourceText, undefined, input.sourceLang, locale),
      row: hostRow(
        {
          label,
          period: present(input.period) ? input.period.trim() : '',
          value: value.value,
          unit: input.unit,
          bound: bound === 'range' ? 'about' : bound,
          status: oneOf(STATUSES, input.status) ?? 'actual',
        },
        input,
      ),
    },
  };
}

/**
 * Everything a metric card shows, or the error it shows instead. With `indicator` the figure,
 * period, status, source, delta and context come from the catalogue (`label`, `context`, `delta`,
 * `better-when` override); without it, from the host's own attributes.
 */
export function layoutMetricCard(input: MetricCardInput, locale: FormatLocale): MetricCardModel {
  if (present(input.indicator)) {
    const id = input.indicator;
    const found = lookupIndicator(id);
    const catalog = getCatalog();
    const views = getViews<MetricCardViews>('pearl-metric-card');
    if (!found.ok || !catalog || !views) {
      if (!found.ok && found.code === 'unknown-indicator') {
        return fail('unknown-indicator', unknownIndicatorMessage(id, found.suggestion));
      }
      return fail('no-catalog', errorMessage('noCatalog', { id }));
    }
    return views.fromIndicator(found.indicator, input, catalog, locale);
  }
  return fromHost(input, locale);
}
