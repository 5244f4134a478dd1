/**
 * Pure functions behind `<pearl-share>`: a share of a whole (广东占全国1/4) as checked parts, then a
 * donut (d3-shape `pie` and `arc`) and the same angles as a stacked bar. DOM-free: Lit SSR imports
 * it in Node.
 *
 * Honesty: a bounded share (超五成, 近1/5, 约30%) is never drawn as exactly its number. Its solid arc
 * stops where the source is sure of (50% for 超50%, 16% for 近20%) and a hatched, open-edged
 * `bound` arc of {@link BOUND_SPAN} points stands where the true value may lie. An estimate is
 * hatched and a target outlined, as in the sector comparison.
 */
import { checkUnit } from '../format/units.js';
import { arc, pie } from 'd3-shape';
import type { IndicatorData } from '@pearl-charts/data';
import { REGIONS, type Bound } from '@pearl-charts/data/vocab';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { errorMessage, message, unknownIndicatorMessage } from '../format/messages.js';
import { formatValue } from '../format/number.js';
import { parseStrictNumber, readJson } from '../format/parse.js';
import { getViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import type { PearlErrorCode } from '../shared/events.js';
import { shareString } from './share.texts.js';

export * from './share.texts.js';

/** How a part is drawn: solid for an actual, hatched for an estimate, outlined for a target. */
export type ShareMark = 'actual' | 'estimate' | 'target';

/** The units a share is written in: 57.1 (%) or 0.25 (a quarter). */
export type ShareUnit = 'percent' | 'fraction';

/** At most this many parts; with "other", eight series colours. */
export const MAX_PARTS = 7;

/** Width of the hatched arc that marks where a bounded share may really lie, in percentage points. */
export const BOUND_SPAN = 4;

/** One part as a host passes it (`parts` JSON), in the unit of the chart (57.1 for %, 0.571 for a fraction). */
export interface SharePartInput {
  label: string;
  value: number;
  /** `over` (超), `about` (约), `nearly` (近), `under` (不足), `odd`; default `exact`. */
  bound?: Bound;
  /** `estimate` (hatched) or `target` (outlined); default `actual`. */
  status?: ShareMark;
}

/** A checked part: value in percent of the whole (0–100), text as the reader sees it. */
export interface SharePart {
  label: string;
  /** Percent of the whole, 0–100. */
  percent: number;
  /** The value in the chart's unit, as given (0.25 for a quarter). */
  value: number;
  bound: Bound;
  mark: ShareMark;
  /** 57.1%, 超五成, nearly 1/5: the bound word with the number, as the source writes it. */
  text: string;
}

/** What a chart shows, before geometry. */
export interface ShareData {
  parts: SharePart[];
  unit: ShareUnit;
  /** The whole's name in the reader's script: 全国, 規上工業增加值, the national total. */
  whole: string;
  /** Who holds the share, for the sentence: 广东工业机器人产量; '' when unknown. */
  subject: string;
  /** The catalogue record, when one is shown. */
  record?: IndicatorData;
}

export type ShareProblem =
  | { code: 'no-input' }
  | { code: 'no-catalog'; id: string }
  | { code: 'unknown-indicator'; id: string; suggestion?: string }
  | { code: 'not-a-share'; id: string; why: string }
  | { code: 'missing-whole'; id?: string }
  | { code: 'missing-unit'; message?: string }
  | { code: 'malformed-json'; detail: string }
  | { code: 'not-finite'; field: string; text: string }
  | { code: 'out-of-range'; field: string; value: number; unit: ShareUnit }
  | { code: 'missing-label'; field: string }
  | { code: 'part-count'; count: number }
  | { code: 'over-whole'; sum: number }
  | { code: 'bad-data'; detail: string };

export type ShareResult = { ok: true; data: ShareData } | { ok: false; problem: ShareProblem };

const fail = (problem: ShareProblem): ShareResult => ({ ok: false, problem });
const present = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';
const BOUNDS: readonly Bound[] = ['exact', 'over', 'about', 'nearly', 'under', 'odd'];

/** Chinese numerals as a fraction is written in words: 四分之一, 五成, 一半. */
const WORDED =
  /^(?:[一二三四五六七八九十两兩]+分之[一二三四五六七八九十]+|[一二三四五六七八九十]成|一半|半数|半數)$/;

/**
 * A share as the reader sees it, through our formatter: 57.1%, 超50%, 1/4, nearly 1/5. A fraction
 * the source wrote in words (`figure` 四分之一, 五成) keeps those words in Chinese; in English
 * a 成 or 半 reads as a percent (超五成 → over 50%), a 分之 as its fraction (1/4).
 */
export function shareText(
  value: number,
  unit: ShareUnit,
  bound: Bound,
  locale: FormatLocale,
  figure?: string,
): string {
  if (unit === 'fraction' && figure && WORDED.test(figure)) {
    if (isChinese(locale)) {
      const plain = formatValue(value, { unit, locale });
      return formatValue(value, { unit, locale, bound }).replace(plain, figure);
    }
    if (!figure.includes('分之'))
      return formatValue(value * 100, { unit: 'percent', locale, bound });
  }
  return formatValue(value, { unit, locale, bound });
}

/** A value's percent of the whole. */
const toPercent = (value: number, unit: ShareUnit) => (unit === 'fraction' ? value * 100 : value);

/** Checks one value: finite and within the whole (0–100 %, 0–1 as a fraction). */
function checkValue(raw: unknown, unit: ShareUnit, field: string): number | ShareProblem {
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' ? (parseStrictNumber(raw) ?? NaN) : NaN;
  if (!Number.isFinite(n)) return { code: 'not-finite', field, text: String(raw) };
  const p = toPercent(n, unit);
  if (p < 0 || p > 100) return { code: 'out-of-range', field, value: n, unit };
  return n;
}

function unitOf(unit: unknown): ShareUnit | null {
  return unit === 'percent' || unit === 'fraction' ? unit : null;
}

/** The host's inputs. */
export interface ShareHostInput {
  value?: unknown;
  unit?: string | null;
  whole?: string | null;
  label?: string | null;
  bound?: string | null;
  status?: string | null;
  parts?: unknown;
}

/**
 * Host numbers: `parts` (JSON `[{label, value, bound?, status?}]`) or one `value`, in `unit`
 * (`percent` or `fraction`), of the `whole` named. Parts that sum over 100 % are an error unless
 * one of them is a bound (约30%, 超40%): then they are drawn in proportion.
 */
export function shareFromHost(input: ShareHostInput, locale: FormatLocale): ShareResult {
  const unit = unitOf(input.unit?.trim());
  if (!unit) {
    const given = input.unit?.trim();
    if (!given) return fail({ code: 'missing-unit' });
    // The one unit check of every element: "precent" is refused naming "percent".
    const known = checkUnit(given, 'unit');
    const message = known.ok
      ? `Unit "${given}" is not a share: set unit to percent or fraction.`
      : known.message;
    return fail({ code: 'missing-unit', message });
  }
  if (!present(input.whole)) return fail({ code: 'missing-whole' });
  const whole = input.whole.trim();
  const subject = present(input.label) ? input.label.trim() : '';
  if (input.parts !== undefined && input.parts !== null && input.parts !== '') {
    const json = readJson(input.parts);
    if (!json.ok) return fail({ code: 'malformed-json', detail: json.detail });
    const list = json.value;
    if (!Array.isArray(list)) return fail({ code: 'malformed-json', detail: 'Expected an array.' });
    if (list.length < 1 || list.length > MAX_PARTS)
      return fail({ code: 'part-count', count: list.length });
    const parts: SharePart[] = [];
    for (const [i, item] of list.entries()) {
      const field = `parts[${i}]`;
      const { label, value, bound, status } = (item ?? {}) as Record<string, unknown>;
      const text = typeof label === 'number' ? String(label) : present(label) ? label.trim() : '';
      if (!text) return fail({ code: 'missing-label', field });
      const part = makePart(text, value, unit, bound, status, `${field}.value`, locale);
      if ('code' in part) return fail(part);
      parts.push(part);
    }
    const sum = parts.reduce((s, p) => s + p.percent, 0);
    if (sum > 100 + 1e-6 && parts.every((p) => p.bound === 'exact'))
      return fail({ code: 'over-whole', sum });
    return { ok: true, data: { parts, unit, whole, subject } };
  }
  if (input.value === undefined || input.value === null || input.value === '')
    return fail({ code: 'no-input' });
  const part = makePart(subject, input.value, unit, input.bound, input.status, 'value', locale);
  if ('code' in part) return fail(part);
  return { ok: true, data: { parts: [part], unit, whole, subject } };
}

function makePart(
  label: string,
  raw: unknown,
  unit: ShareUnit,
  bound: unknown,
  status: unknown,
  field: string,
  locale: FormatLocale,
  figure?: string,
): SharePart | ShareProblem {
  const value = checkValue(raw, unit, field);
  if (typeof value !== 'number') return value;
  const b = BOUNDS.includes(bound as Bound) ? (bound as Bound) : 'exact';
  const mark: ShareMark = status === 'estimate' || status === 'target' ? status : 'actual';
  return {
    label,
    value,
    percent: toPercent(value, unit),
    bound: b,
    mark,
    text: shareText(value, unit, b, locale, figure),
  };
}

/** The catalogue record for `indicator="…"`, through the registered adapter ({@link shareFromRecord}). */
export function shareFromIndicator(
  id: string,
  whole: string | null | undefined,
  catalog: Catalog | null,
  locale: FormatLocale,
): ShareResult {
  const views = getViews<ShareViews>('pearl-share');
  if (!catalog || !views) return fail({ code: 'no-catalog', id });
  const found = lookupIndicator(id.trim(), catalog);
  if (!found.ok) {
    const suggestion = found.code === 'unknown-indicator' ? found.suggestion : undefined;
    return fail({ code: 'unknown-indicator', id, ...(suggestion ? { suggestion } : {}) });
  }
  return views.shareFromRecord(found.indicator, whole, catalog, locale);
}

/** How `<pearl-share>` reads catalogue records (share.catalog.ts registers it). */
export interface ShareViews {
  shareFromRecord: typeof shareFromRecord;
}

/** `占全国比重` → 全国; `, share of GDP` → GDP; `X中的Y占比` → X. Subject and whole, or null. */
export function splitShareLabel(label: string): { subject: string; whole: string } | null {
  const zh =
    /^(.+?)[占佔](.+?)的?(?:比重|比例)$/.exec(label) ??
    /^(.+?)(全球|全国|全國)[占佔]比$/.exec(label);
  if (zh) return { subject: zh[1]!, whole: zh[2]! };
  const within = /^(.+?)中的?(.+?)[占佔]比$/.exec(label);
  if (within) return { subject: within[2]!, whole: within[1]! };
  const en = /^(.+?)[,:] share of (.+)$/.exec(label);
  if (en) return { subject: en[1]!, whole: en[2]! };
  return null;
}

/** `Industrial robot output` → `industrial robot output`, but `5G base stations`, `PCs` stay. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * Catalogue adapter: a share record as a chart. The whole is the host's `whole`, else the label of
 * the record's `relations.total`, else read from the record's own label (占全国比重 → 全国). The
 * sentence names the record's region: 广东工业机器人产量占全国44%.
 */
export function shareFromRecord(
  r: IndicatorData,
  whole: string | null | undefined,
  catalog: Catalog,
  locale: FormatLocale,
): ShareResult {
  const unit = unitOf(r.unit);
  if (r.kind !== 'share' || !unit)
    return fail({ code: 'not-a-share', id: r.id, why: `kind ${r.kind}, unit ${r.unit}` });
  const script = scriptOf(locale);
  const split = splitShareLabel(r.labels[script]);
  const total = r.relations?.total ? catalog.related(r, 'total') : undefined;
  // A record's label starts with a capital (Provincial key construction projects); mid-sentence it does not.
  const totalName = total && (script === 'en' ? lowerFirst(total.labels.en) : total.labels[script]);
  const name = present(whole) ? whole.trim() : (totalName ?? split?.whole);
  if (!name) return fail({ code: 'missing-whole', id: r.id });
  const zh = isChinese(locale);
  const own = split?.subject ?? '';
  const world = /全球|world/i.test(name);
  const region =
    r.region === 'china'
      ? world
        ? zh
          ? '中国'
          : 'China'
        : ''
      : (REGIONS[r.region]?.[script] ?? '');
  const named = !region || own.includes(region) || (r.region === 'china' && /Chin/.test(own));
  let subject = own;
  if (!named) subject = zh ? region + own : own ? `${region}’s ${lowerFirst(own)}` : region;
  const bound = r.bound === 'range' ? 'about' : r.bound;
  const part = makePart(subject, r.value, unit, bound, r.status, r.id, locale, r.source.figure);
  if ('code' in part) return fail(part);
  return { ok: true, data: { parts: [part], unit, whole: name, subject, record: r } };
}

/** One arc (and bar segment) of the chart, in drawing order. */
export interface ShareSegment {
  /** The part it belongs to; -1 for "other". */
  part: number;
  /** `share`: the part's sure extent; `bound`: where a bounded part may lie; `other`: the rest. */
  kind: 'share' | 'bound' | 'other';
  mark: ShareMark;
  /** Series colour 1–8; "other" takes none (0). */
  series: number;
  /** SVG path of the donut arc, in a viewBox of -50 -50 100 100. */
  path: string;
  /** Start and size along the bar, percent of its length. */
  start: number;
  size: number;
  /** Where a part's number sits on the donut (the arc's centroid), when the arc is wide enough. */
  label: [number, number] | null;
}

/** A part as the legend and table list it. */
export interface ShareRow {
  part: number;
  label: string;
  text: string;
  mark: ShareMark;
  bound: Bound;
  series: number;
  /** What the mark means, its accessible name: 广东先进制造业占规上工业增加值超50%（下限，实际更高）. */
  explanation: string;
  /** The tooltip of its mark: the sentence, then status and what the bound allows, one a line. */
  tip: { heading: string; details: string[] };
}

/** A part's stretch of the bar (its sure and bound segments together), percent of the bar. */
export interface ShareSpan {
  part: number;
  start: number;
  size: number;
  /** The part's number shows on the bar (several parts, and wide enough to hold it). */
  numbered: boolean;
}

export interface ShareLayout {
  segments: ShareSegment[];
  /** Each part's stretch of the bar, in order, then the rest's. */
  spans: ShareSpan[];
  rows: ShareRow[];
  /** The big text in the donut: the share (超五成), or the whole for several parts. */
  centre: string;
  /** The sentence near the chart: 广东工业机器人产量占全国44%. */
  sentence: string;
  whole: string;
  /** The centre text is long (四分之一, nearly 1/5): set smaller to stay inside the hole. */
  centreLong: boolean;
  /** Several parts: each is numbered on the donut and in the legend, so colour is not the only link. */
  several: boolean;
  /** A caveat the chart states: bounded parts summing over 100 % are drawn in proportion. */
  caveat: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
/** Rounds every number of an SVG path to 3 decimals (smaller markup, stable snapshots). */
const roundPath = (d: string | null) =>
  (d ?? '').replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(round(+n)));

/** The sure extent and the bound arc of a part, in percentage points: 超50% → [50, 4]. */
export function boundSplit(p: SharePart): [sure: number, bound: number] {
  const v = p.percent;
  switch (p.bound) {
    case 'over':
    case 'odd':
      return [v, Math.max(0, Math.min(BOUND_SPAN, 100 - v))];
    case 'nearly':
    case 'under': {
      const sure = Math.max(0, v - BOUND_SPAN);
      return [sure, v - sure];
    }
    case 'about': {
      const sure = Math.max(0, v - BOUND_SPAN / 2);
      return [sure, Math.min(100 - sure, v + BOUND_SPAN / 2) - sure];
    }
    default:
      return [v, 0];
  }
}

interface Piece {
  part: number;
  kind: ShareSegment['kind'];
  value: number;
}

/**
 * Donut and bar geometry from one d3 `pie` (sort off, so parts keep their order, clockwise from
 * 12 o'clock) and `arc` (inner radius 62 % of the outer). The bar reads the pie's angles, so both
 * draw the same proportions.
 */
export function layoutShare(data: ShareData, locale: FormatLocale): ShareLayout {
  const pieces: Piece[] = [];
  data.parts.forEach((p, i) => {
    const [sure, bound] = boundSplit(p);
    pieces.push({ part: i, kind: 'share', value: sure });
    if (bound > 0) pieces.push({ part: i, kind: 'bound', value: bound });
  });
  const used = pieces.reduce((s, p) => s + p.value, 0);
  if (used < 100 - 1e-6) pieces.push({ part: -1, kind: 'other', value: 100 - used });
  const angles = pie<Piece>()
    .sort(null)
    .value((p) => p.value)(pieces);
  const draw = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(30)
    .outerRadius(48)
    .padAngle(pieces.length > 1 ? 0.012 : 0);
  const turn = 2 * Math.PI;
  const segments = angles
    .filter((a) => a.endAngle - a.startAngle > 0)
    .map((a): ShareSegment => ({
      part: a.data.part,
      kind: a.data.kind,
      mark: a.data.part >= 0 ? data.parts[a.data.part]!.mark : 'actual',
      series: a.data.part >= 0 ? a.data.part + 1 : 0,
      path: roundPath(draw(a)),
      start: round((a.startAngle / turn) * 100),
      size: round(((a.endAngle - a.startAngle) / turn) * 100),
      label:
        a.endAngle - a.startAngle > 0.35 ? (draw.centroid(a).map(round) as [number, number]) : null,
    }));
  const rows = data.parts.map((p, i): ShareRow => ({
    part: i,
    label: p.label,
    text: p.text,
    mark: p.mark,
    bound: p.bound,
    series: i + 1,
    explanation: explainShare(p, data.whole, locale),
    tip: {
      heading: shareSentence({ ...p, mark: 'actual' }, p.label, data.whole, locale),
      details: shareNotes(p, locale),
    },
  }));
  const sum = data.parts.reduce((s, p) => s + p.percent, 0);
  if (used < 100 - 1e-6) {
    const rest = restText(data, sum, locale);
    rows.push({
      part: -1,
      label: shareString('other', locale),
      text: rest.text,
      mark: 'actual',
      bound: rest.bound,
      series: 0,
      explanation: shareString('other', locale) + shareString('colon', locale) + rest.text,
      tip: {
        heading: shareString('other', locale) + shareString('colon', locale) + rest.text,
        details: [],
      },
    });
  }
  const spans: ShareSpan[] = [];
  for (const seg of segments) {
    const last = spans[spans.length - 1];
    if (last && last.part === seg.part) last.size = round(last.size + seg.size);
    else spans.push({ part: seg.part, start: seg.start, size: seg.size, numbered: false });
  }
  const single = data.parts.length === 1;
  for (const span of spans) span.numbered = !single && span.part >= 0 && span.size >= 8;
  return {
    segments,
    spans,
    rows,
    centre: single ? data.parts[0]!.text : data.whole,
    sentence: single ? shareSentence(data.parts[0]!, data.subject, data.whole, locale) : '',
    whole: data.whole,
    several: !single,
    centreLong: centreLength(single ? data.parts[0]!.text : data.whole) > 3.5,
    caveat: sum > 100 + 1e-6 ? shareString('overWhole', locale) : '',
  };
}

/** How wide a text is, in ems roughly: a Chinese character 1, anything else 0.55. */
const centreLength = (text: string) =>
  [...text].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55), 0);

/** What a bound says of the rest: the rest of 超50% is under 50%; of 近20%, over 80%. */
const INVERSE: Partial<Record<Bound, Bound>> = {
  over: 'under',
  odd: 'under',
  under: 'over',
  nearly: 'over',
  about: 'about',
};

/**
 * The rest of the whole as text, written as the part is (a fraction stays a fraction: 3/4 beside
 * 1/4). With one bounded part the rest takes the opposite bound (超50% leaves 不足50%); with several
 * parts and a bound among them, only 其余 / the rest, since no one number is sure.
 */
export function restText(
  data: ShareData,
  sum: number,
  locale: FormatLocale,
): { text: string; bound: Bound } {
  const bounds = data.parts.map((p) => p.bound);
  const one = data.parts.length === 1 ? data.parts[0]! : null;
  const bound: Bound = one
    ? (INVERSE[one.bound] ?? 'exact')
    : bounds.some((b) => b !== 'exact')
      ? 'about'
      : 'exact';
  if (!one && bound !== 'exact') return { text: shareString('rest', locale), bound };
  const asFraction = data.unit === 'fraction' && !!one && !one.text.includes('%');
  const text = asFraction
    ? formatValue(1 - sum / 100, { unit: 'fraction', locale, bound })
    : formatValue(100 - sum, { unit: 'percent', locale, bound });
  return { text, bound };
}

/** 广东工业机器人产量占全国44%; Guangdong’s industrial robot output: 44% of the national total. */
export function shareSentence(p: SharePart, subject: string, whole: string, locale: FormatLocale) {
  const status = p.mark === 'actual' ? '' : message(`status.${p.mark}`, locale);
  if (isChinese(locale))
    return `${status ? status + '：' : ''}${subject}${shareString('takes', locale)}${whole}${p.text}`;
  const of = /^[a-z]/.test(whole) && !/^the /.test(whole) ? `the ${whole}` : whole;
  const text = `${p.text} of ${of}`;
  const lead = [status, subject].filter(Boolean).join(': ');
  return lead ? `${lead}: ${text}` : text[0]!.toUpperCase() + text.slice(1);
}

/** A part's status and what its bound allows, as the reader reads them: 预计, 下限，实际更高. */
export function shareNotes(p: SharePart, locale: FormatLocale): string[] {
  const notes: string[] = [];
  if (p.mark !== 'actual') notes.push(message(`status.${p.mark}`, locale));
  const bound = shareString(`bound.${p.bound}`, locale);
  if (bound) notes.push(bound);
  return notes;
}

/** What a part's mark means, as one line: the sentence, then its status and bound in brackets. */
export function explainShare(p: SharePart, whole: string, locale: FormatLocale): string {
  const notes = shareNotes(p, locale);
  const main = shareSentence({ ...p, mark: 'actual' }, p.label, whole, locale);
  if (!notes.length) return main;
  if (isChinese(locale)) return `${main}（${notes.join('；')}）`;
  return `${main} (${notes.map((n) => n[0]!.toLowerCase() + n.slice(1)).join('; ')})`;
}

/** The error text for a problem, in English as every error (see ERRORS). */
export function shareMessage(p: ShareProblem): string {
  switch (p.code) {
    case 'no-input':
      return 'No data: set indicator, value or parts.';
    case 'no-catalog':
      return errorMessage('noCatalog', { id: p.id });
    case 'unknown-indicator':
      return unknownIndicatorMessage(p.id, p.suggestion);
    case 'not-a-share':
      return `"${p.id}" is not a share (${p.why}); a share is in percent or a fraction.`;
    case 'missing-whole':
      return `${p.id ? `"${p.id}" does not name its whole` : 'Missing whole'}: set the whole attribute (全国, national total).`;
    case 'missing-unit':
      return p.message ?? `${errorMessage('missingUnit')} Set unit to percent or fraction.`;
    case 'malformed-json':
      return `${errorMessage('malformedJson', { attribute: 'parts' })} ${p.detail}`;
    case 'not-finite':
      return errorMessage('notFinite', { field: p.field, text: p.text });
    case 'out-of-range':
      return `${p.field} is ${p.value}, outside the whole (${p.unit === 'percent' ? '0–100%' : '0–1'}).`;
    case 'missing-label':
      return `${p.field} has no label.`;
    case 'part-count':
      return `A share chart takes 1 to ${MAX_PARTS} parts; it has ${p.count}.`;
    case 'over-whole':
      return `The parts sum to ${round(p.sum)}%, more than the whole; only bounded parts (about, over) may.`;
    case 'bad-data':
      return `The data could not be read: ${p.detail}`;
  }
}

/** The `pearl-error` code of a problem. */
export function shareProblemCode(p: ShareProblem): PearlErrorCode {
  switch (p.code) {
    case 'no-input':
    case 'missing-label':
      return 'missing-value';
    case 'part-count':
      return 'too-few-items';
    case 'bad-data':
      return 'malformed-json';
    default:
      return p.code;
  }
}
