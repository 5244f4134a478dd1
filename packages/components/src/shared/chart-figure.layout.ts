/**
 * What the charts' frames share and the metric card's does not: the records a chart shows, and the
 * line under its data table's caption. Pure and DOM-free. Apart from figure.layout.ts so a page of
 * metric cards does not download it (the script-tag loader's shared chunk holds what every element
 * imports).
 */
import type { IndicatorData } from '@pearl-charts/data';
import { unitSpec } from '../format/units.js';
import { formatPeriod } from '../format/indicator.js';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';
import { colon, META_SEPARATOR, sourceLineText } from '../format/source.js';
import { getCatalog, type Catalog } from './catalog.js';
import type { FigureAnatomy } from './figure.layout.js';

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** The catalogue records of `ids` that exist, in order (unknown ids are the chart's error to name). */
export function recordsOf(
  ids: readonly (string | null | undefined)[],
  catalog: Catalog | null = getCatalog(),
): IndicatorData[] {
  if (!catalog) return [];
  const out: IndicatorData[] = [];
  for (const id of ids) {
    const r = present(id) ? catalog.find(id) : undefined;
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/**
 * The records a progress bar draws, as its catalogue view picks them: the actual (or a target shown
 * alone), its `target-indicator` or the catalogue's target for it, and the baseline of either.
 */
export function progressRecords(
  indicator: string | null | undefined,
  targetIndicator: string | null | undefined,
  catalog: Catalog | null = getCatalog(),
): IndicatorData[] {
  const main = present(indicator) ? catalog?.find(indicator.trim()) : undefined;
  if (!catalog || !main) return [];
  const actual = main.status === 'target' ? null : main;
  let goal: IndicatorData | undefined = actual ? undefined : main;
  if (actual && present(targetIndicator)) goal = catalog.find(targetIndicator.trim());
  else if (actual) goal = catalog.targetFor(actual);
  const start =
    catalog.related(actual ?? main, 'baseline') ?? (goal && catalog.related(goal, 'baseline'));
  return [...new Set([actual, goal, start].filter((r) => r !== null && r !== undefined))];
}

/**
 * The line under a data table's caption: period, unit and source, split by middle dots:
 * 截至2024年12月 · 单位：% · 来源：南方日报，2025年1月17日. Periods of several records are listed
 * when they differ (at most three; more, and each row says its own). `scaleWord` is the scale the
 * value cells share (万亿, trillion), so the unit reads as they do: 单位：万亿元.
 */
export function tableCaptionMeta(
  records: readonly IndicatorData[],
  unit: string | null | undefined,
  anatomy: FigureAnatomy,
  locale: FormatLocale,
  scaleWord = '',
): string {
  const parts: string[] = [];
  const periods = [...new Set(records.map((r) => formatPeriod(r.period, locale)))];
  if (periods.length > 0 && periods.length <= 3)
    parts.push(periods.join(isChinese(locale) ? '、' : ', '));
  const id = unit ?? records[0]?.unit;
  const known = unitSpec(id);
  const label = known ? known.label[scriptOf(locale)] : id;
  if (present(label)) {
    // A percentage is never scaled (no 万%); other units read as the cells do.
    const scale = known?.kind === 'percent' || !scaleWord ? '' : scaleWord;
    const text = !scale ? label : isChinese(locale) ? scale + label : `${scale} ${label}`;
    parts.push(message('unit', locale) + colon(locale) + text);
  }
  if (anatomy.source) parts.push(sourceLineText(anatomy.source));
  return parts.join(META_SEPARATOR);
}
