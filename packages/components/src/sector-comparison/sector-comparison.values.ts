/**
 * How a comparison writes its values, as a newsroom does: each value as the source writes it, a
 * scale word and unit stated once only where every row shares them, ranges from min to max, and a
 * badge that never sits alone on a line. DOM-free, like the rest of the layout.
 */
import type { UnitId } from '@pearl-charts/data/vocab';
import { isChinese, type FormatLocale } from '../format/locale.js';
import {
  formatValue,
  isFiniteNumber,
  sharedScale,
  unitWords,
  type FormatValueOptions,
  type ScaleStep,
} from '../format/number.js';
import { isUnitId } from '../format/parse.js';
import type { SectorDatum } from './sector-comparison.layout.js';

/** The tail of a label: its last word, or its last one or two Chinese characters with what follows. */
const LAST_WORD =
  /(?:[^\s\p{Script=Han}]*\p{Script=Han}{1,2}|[^\s\p{Script=Han}]+)[^\s\p{Script=Han}]*$/u;

/**
 * A label split before its last word, which keeps a badge company on its line (never a lone
 * 目标 or Estimate): 'Total industrial output' → ['Total industrial ', 'output'], '推动的企业' →
 * ['推动的', '企业'], '数量（截至2024年12月）' → ['数量（截至2024年', '12月）'].
 */
export function splitLastWord(text: string): [string, string] {
  const at = LAST_WORD.exec(text)?.index ?? text.length;
  return [text.slice(0, at), text.slice(at)];
}

/** A range with both ends known: drawn and written from min to max. */
export function rangeOf(d: SectorDatum): [number, number] | null {
  const { min, max } = d;
  if (d.bound !== 'range' || !isFiniteNumber(min) || !isFiniteNumber(max)) return null;
  return min <= max ? [min, max] : [max, min];
}

/** What decides an item's scale word: its value, or the larger end of its range. */
function magnitude(d: SectorDatum): number {
  const range = rangeOf(d);
  return range ? Math.max(Math.abs(range[0]), Math.abs(range[1])) : Math.abs(d.value);
}

/** How the value column writes its numbers, and what its header states once. */
export interface ValueColumn {
  /** The scale step every value shares; undefined when each takes its own. */
  scale?: ScaleStep;
  /** What each value keeps after its number (see `FormatValueOptions.suffix`). */
  suffix: NonNullable<FormatValueOptions['suffix']>;
  /** The words stated once above the column; '' for none. */
  unit: string;
}

/**
 * The value column of items in one unit, as a newsroom writes it. A scale word is shared, and
 * stated once with the unit (单位：万亿元 / Unit: trillion yuan), only when every value takes that
 * word on its own; otherwise each keeps its own (超8400家 beside 1万家, 1658亿元 beside 1万亿元).
 * English also states a worded unit once (Unit: enterprises; over 8,400 … about 100). Symbols
 * stay on every value: 57.1%, 1/7, No. 1, 2×.
 */
export function valueColumn(data: readonly SectorDatum[], locale: FormatLocale): ValueColumn {
  const unit = data[0]?.unit ?? '';
  const known = isUnitId(unit);
  // A unit outside the vocabulary is the host's own word, written after the number (5 GW).
  const words = known ? unitWords(unit, locale) : unit;
  if (!words) return { suffix: 'all', unit: '' };
  const shared = known ? sharedScale(data.map(magnitude), unit, locale) : null;
  // The header can name one measure word only when every row counts with it (家 and 个 cannot share).
  const classifiers = new Set(data.map((d) => JSON.stringify(d.classifier ?? null)));
  const classifier = classifiers.size === 1 ? data[0]?.classifier : undefined;
  if (shared?.word && classifiers.size === 1)
    return { scale: shared, suffix: 'none', unit: unitWords(unit, locale, shared, classifier) };
  if (isChinese(locale)) return { suffix: 'all', unit: '' };
  return { suffix: 'scale', unit: words };
}

/**
 * The value label of one item: its bound word, number and, as `suffix` says, scale word and unit.
 * `scale` undefined lets the value take its own scale word. Units outside the vocabulary follow
 * as text.
 */
export function valueText(
  d: SectorDatum,
  scale: ScaleStep | undefined,
  locale: FormatLocale,
  suffix: ValueColumn['suffix'] = 'all',
): string {
  const known = isUnitId(d.unit);
  const { bound, min, max, classifier } = d;
  const opts: FormatValueOptions = {
    unit: d.unit as UnitId,
    locale,
    bound,
    min,
    max,
    suffix,
    classifier,
  };
  if (scale) opts.scale = scale;
  const text = formatValue(d.value, opts);
  if (known || !d.unit || suffix !== 'all') return text;
  return isChinese(locale) ? text + d.unit : `${text} ${d.unit}`;
}
