/**
 * The texts a card or chart shows for one indicator: its value, its period, a change, progress
 * toward a target. DOM-free: imported in Node too.
 */
import type { IndicatorData } from '@pearl-charts/data';
import type { Bound, UnitId } from '@pearl-charts/data/vocab';
import { isChinese, resolveLocale, type FormatLocale } from './locale.js';
import { formatValue, NO_VALUE, RANGE_DASH } from './number.js';

/**
 * Exactly what a metric card shows as its value: bound word, number, scale word and unit, in the
 * locale's script: 超20万亿元, 超20萬億元, over 20 trillion yuan, 3–5万家. The status (estimate,
 * target) is not part of it: the card shows that as a badge.
 */
export function formatIndicator(
  indicator: Pick<IndicatorData, 'value' | 'unit' | 'bound' | 'min' | 'max' | 'classifier'>,
  locale: FormatLocale | string,
): string {
  const { value, unit, bound, min, max, classifier } = indicator;
  return formatValue(value, { unit, locale, bound, min, max, classifier });
}

/**
 * A change with an explicit sign, in the unit of the change: +11.5%, −3.2%, +1.4个百分点,
 * +1.4 percentage points, +1658亿元. A change that rounds to 0 has no sign (0%). The change keeps
 * its qualifier: 超40% growth is 超+40% / over +40%, 30多场 is +30多场 / +30-odd.
 */
export function formatDelta(
  value: number,
  unit: UnitId,
  locale: FormatLocale | string,
  bound: Bound = 'exact',
): string {
  return formatValue(value, { unit, locale, sign: 'always', bound });
}

/**
 * How much of a target a value reaches, in percent: (84, 100) → 84. Null when the target is 0 or
 * either number is not finite, so a card can leave the progress out instead of showing NaN.
 */
export function percentOfTarget(value: number, target: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(target) || target === 0) return null;
  return (value / target) * 100;
}

/** A calendar point of the period grammar: 2024, 2024-12 or 2024-12-31. */
interface Point {
  year: number;
  month?: number;
  day?: number;
}

function parsePoint(text: string): Point | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [, year, month, day] = m;
  const point: Point = { year: Number(year) };
  if (month) {
    point.month = Number(month);
    if (point.month < 1 || point.month > 12) return null;
  }
  if (day) {
    point.day = Number(day);
    if (point.day < 1 || point.day > 31) return null;
  }
  return point;
}

// Fixed English abbreviations rather than Intl.DateTimeFormat: "Sep", never "Sept", in every engine.
/** English month abbreviations, as periods and source dates write them. */
export const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** 2024年12月31日 and the parts of it: `withYear: false` gives 12月31日 for the end of a span. */
function zhPoint(p: Point, withYear = true): string {
  let text = withYear ? `${p.year}年` : '';
  if (p.month) text += `${p.month}月`;
  if (p.month && p.day) text += `${p.day}日`;
  return text;
}

/** 2024, Dec 2024, 31 Dec 2024. */
function enPoint(p: Point): string {
  if (!p.month) return String(p.year);
  const month = `${EN_MONTHS[p.month - 1]} ${p.year}`;
  return p.day ? `${p.day} ${month}` : month;
}

const samePoint = (a: Point, b: Point) =>
  a.year === b.year && a.month === b.month && a.day === b.day;
const yearsOnly = (a: Point, b: Point) => !a.month && !b.month;
/** Both whole months (no day) of one year: 2023-01/2023-09. */
const monthsOfOneYear = (a: Point, b: Point) =>
  a.year === b.year && !!a.month && !!b.month && !a.day && !b.day;

/** 2012–2022年, 2023年1–9月, 2023年11月–2024年2月. */
function zhSpan(a: Point, b: Point): string {
  if (yearsOnly(a, b)) return `${a.year}${RANGE_DASH}${b.year}年`;
  if (monthsOfOneYear(a, b)) return `${a.year}年${a.month}${RANGE_DASH}${b.month}月`;
  return zhPoint(a) + RANGE_DASH + zhPoint(b, a.year !== b.year || !b.month);
}

/** 2012–2022, Jan–Sep 2023, Nov 2023–Feb 2024. */
function enSpan(a: Point, b: Point): string {
  if (yearsOnly(a, b)) return `${a.year}${RANGE_DASH}${b.year}`;
  if (monthsOfOneYear(a, b)) return `${EN_MONTHS[a.month! - 1]}${RANGE_DASH}${enPoint(b)}`;
  return enPoint(a) + RANGE_DASH + enPoint(b);
}

/** A point (2024-12) or a span (2023-01/2023-09); null for text outside the grammar. */
function formatWhen(text: string, locale: FormatLocale): string | null {
  const zh = isChinese(locale);
  const [start, end, ...extra] = text.split('/');
  const a = parsePoint(start!.trim());
  if (!a || extra.length) return null;
  if (end === undefined) return zh ? zhPoint(a) : enPoint(a);
  const b = parsePoint(end.trim());
  if (!b) return null;
  if (samePoint(a, b)) return zh ? zhPoint(a) : enPoint(a);
  return zh ? zhSpan(a, b) : enSpan(a, b);
}

/**
 * A period of the data grammar as text. Text outside the grammar comes back unchanged.
 *
 * | period            | zh-Hans / zh-Hant | en             |
 * | ----------------- | ----------------- | -------------- |
 * | `2024`            | 2024年            | 2024           |
 * | `2012/2022`       | 2012–2022年       | 2012–2022      |
 * | `2023-01/2023-09` | 2023年1–9月       | Jan–Sep 2023   |
 * | `as of 2024-12`   | 截至2024年12月    | as of Dec 2024 |
 * | `by 2027`         | 到2027年          | by 2027        |
 * | `before 2025`     | 2025年以前        | before 2025    |
 * | `current`         | 目前              | current        |
 *
 * `before 2025` is the data's reading of 原来 ("formerly"): some time before 2025 that the source
 * does not state, so it is written as a bound, never as a date.
 */
export function formatPeriod(period: string, locale: FormatLocale | string): string {
  // Not a string at all (bad JSON): the same dash as a missing number.
  if (typeof period !== 'string') return NO_VALUE;
  const resolved = resolveLocale(locale);
  const zh = isChinese(resolved);
  const text = period.trim();
  if (text === 'current') return zh ? '目前' : 'current';
  const prefixed = /^(as of|by|before) (.+)$/.exec(text);
  if (prefixed) {
    const when = formatWhen(prefixed[2]!, resolved);
    if (when === null) return period;
    if (prefixed[1] === 'as of') return zh ? `截至${when}` : `as of ${when}`;
    if (prefixed[1] === 'before') return zh ? `${when}以前` : `before ${when}`;
    return zh ? `到${when}` : `by ${when}`;
  }
  return formatWhen(text, resolved) ?? period;
}
