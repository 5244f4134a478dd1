/**
 * Pure functions behind `<pearl-trend>`: checked points (`trend.data.ts`) → scales, paths and texts.
 * DOM-free (Lit SSR imports it in Node). Geometry is in percent of the plot (x 0–100 left to right,
 * y 0–100 top to bottom): the SVG stretches to its box (`preserveAspectRatio="none"`, strokes that
 * do not scale) and the labels and point buttons are HTML placed by the same percentages, so CSS
 * alone makes the chart fit 320–1000 px, with no measuring in JavaScript.
 *
 * d3 functions used: `scaleLinear` for y (with `.nice()` and `.ticks()`) and for x over calendar
 * time in years (with `.ticks()` for whole years, or over months for whole months), `line` and
 * `area` from d3-shape; runs of joined points are drawn apart, so `.defined()` is not needed.
 * Not `scaleUtc`: it brings d3-time and d3-time-format with its default locale, 4.3 KB gzip that
 * would put the element over its 36 KB budget, for ticks we only ever write as whole years or
 * months (in our own words: 2024年, 12月, Dec 2024).
 */
import { type Status, type UnitId } from '@pearl-charts/data/vocab';
import { scaleLinear } from 'd3-scale';
import { area as d3area, line as d3line } from 'd3-shape';
import { formatPeriod, EN_MONTHS } from '../format/indicator.js';
import { isChinese, type FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';
import { chooseScale, formatValue, unitWords, type ScaleStep } from '../format/number.js';
import { isUnitId } from '../format/parse.js';
import { colon, quoted } from '../format/source.js';
import type { DataRow } from '../shared/data-rows.js';
import { trendString, type TrendString } from './trend.texts.js';

export * from './trend.texts.js';

import {
  periodTime,
  type PeriodTime,
  type TrendBreak,
  type TrendData,
  type TrendDatum,
} from './trend.data.js';

export * from './trend.data.js';

/** How a run of joined points is drawn: measured (solid), or an estimate or target (dashed). */
export type TrendStyle = 'measured' | 'estimate' | 'target';

/** Consecutive points joined in one style: a path for the line and, with `area`, one for the area. */
export interface TrendRun {
  style: TrendStyle;
  /** Indices of the points it joins, in order. */
  points: number[];
  line: string;
  /** The area between the line and zero; '' without `area`. */
  area: string;
}

/** Where a label sits beside its point. */
export type TrendAlign = 'start' | 'middle' | 'end';

/** One point: where it is drawn, what it says. */
export interface TrendMark {
  index: number;
  /** Percent of the plot from the left and from the top. */
  x: number;
  y: number;
  period: string;
  /** The period in the reader's script: 2024年, 截至2024年12月, Jan–Sep 2023. */
  periodText: string;
  /** The value as the source writes it: 超50%, 43.1万个, over 20 trillion yuan. */
  valueText: string;
  /** 预计 / 目标, or ''. */
  statusText: string;
  /** A bound (超, 近, 约…): an open marker, never a filled dot that reads as exact. */
  open: boolean;
  /** `before 2025`: drawn a year before, never joined. */
  undated: boolean;
  status: Status;
  /** Shown as a label on the chart (the last point; both ends of a slope chart). */
  labelled: boolean;
  /** How its label sits: which end of the text meets the point, and above or below it. */
  align: TrendAlign;
  below: boolean;
  /** The quote and outlet for the tooltip, in quotation marks of the reader's script; or ''. */
  quote: string;
  source: string;
  /** Everything a screen reader hears for this point. */
  spoken: string;
}

export interface TrendTick {
  /** Percent along the axis (x from the left, y from the top). */
  at: number;
  text: string;
  /** Left out at narrow widths (every other x tick), by CSS. */
  minor: boolean;
  /** Which end of the text is at the tick: the first and last stay inside the chart. */
  align?: TrendAlign;
}

export interface TrendLayout {
  marks: TrendMark[];
  runs: TrendRun[];
  xTicks: TrendTick[];
  yTicks: TrendTick[];
  /** Percent from the top where zero is. */
  zero: number;
  /** The axis title that states the scale word and unit once: 单位：万亿元, Unit: trillion yuan; or ''. */
  unitTitle: string;
  /** The scale word every y tick shares (万亿, trillion), or null for none. */
  scale: ScaleStep | null;
  target: { y: number; text: string } | null;
  /** Footnote sentences: what is not joined and why, what dashes and open markers mean. */
  notes: string[];
}

export interface TrendLayoutOptions {
  locale: FormatLocale;
  /** Fill under the line, to zero. */
  area?: boolean;
}

/** Whether two neighbours are not joined: a data break, an undated point, or a gap in the periods. */
function breakOf(
  points: readonly TrendDatum[],
  times: readonly PeriodTime[],
  i: number,
  step: number,
) {
  const p = points[i]!;
  if (p.breakBefore) return p.breakBefore;
  const a = points[i - 1]!;
  if (a.bound !== p.bound) return 'bound';
  if (times[i]!.undated || times[i - 1]!.undated) return 'period';
  // A gap: more than 1.5 regular steps between neighbours (2014 missing between 2013 and 2015).
  if (points.length > 2 && times[i]!.time - times[i - 1]!.time > 1.5 * step) return 'gap';
  return null;
}

/** The style of the segment from a to b: dashed when either end is an estimate or a target. */
function styleOf(a: TrendDatum, b: TrendDatum): TrendStyle {
  if (a.status === 'target' || b.status === 'target') return 'target';
  if (a.status === 'estimate' || b.status === 'estimate') return 'estimate';
  return 'measured';
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A value as its label writes it: its own scale word, bound word and unit. */
export function pointText(
  d: Pick<TrendDatum, 'value' | 'unit' | 'bound' | 'classifier'>,
  locale: FormatLocale,
): string {
  const known = isUnitId(d.unit);
  const text = formatValue(d.value, {
    unit: d.unit as UnitId,
    locale,
    bound: d.bound,
    classifier: d.classifier,
  });
  if (known || !d.unit) return text;
  return isChinese(locale) ? text + d.unit : `${text} ${d.unit}`;
}

/**
 * A time as calendar months since year 0, with the fraction of its month: 2024-03-16 is
 * 2024 × 12 + 2 + 15/31. Years and months are then equal steps on the axis, as a reader counts them.
 */
export function monthsOf(time: number): number {
  const d = new Date(time);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  const start = Date.UTC(y, m, 1);
  return y * 12 + m + (time - start) / (Date.UTC(y, m + 1, 1) - start);
}

/**
 * An x tick's text from its month count: 2024 / 2024年 for years; months with the year when
 * `withYear` (the first tick, and each one in a new year) and on each January (2024年12月, 2月 … /
 * Dec 2024, Feb …).
 */
function monthTick(k: number, monthly: boolean, withYear: boolean, locale: FormatLocale): string {
  const y = Math.floor(k / 12);
  const m = k - y * 12;
  const zh = isChinese(locale);
  if (!monthly) return zh ? `${y}年` : String(y);
  const month = zh ? `${m + 1}月` : EN_MONTHS[m]!;
  if (!withYear && m !== 0) return month;
  return zh ? `${y}年${month}` : `${month} ${y}`;
}

/**
 * The geometry and texts of a trend: a time scale over the periods, a nice linear scale that
 * always includes zero (levels start at zero; a rate that falls below zero shows on which side),
 * y ticks written with one scale word stated once in the axis title, runs of joined points split
 * wherever the data says two points are not comparable or a period is missing, and dashes where
 * either end is an estimate or target.
 */
export function layoutTrend(data: TrendData, opts: TrendLayoutOptions): TrendLayout | null {
  const { locale } = opts;
  const points = data.points;
  const times = points.map((p) => periodTime(p.period)!);
  const unit = points[0]!.unit;
  const classifier = points.find((p) => p.classifier)?.classifier;

  const months = times.map((t) => monthsOf(t.time));
  let [m0, m1] = [Math.min(...months), Math.max(...months)];
  if (m0 === m1) [m0, m1] = [m0 - 6, m1 + 6];
  // x in years: whole-year ticks fall on integers, a year's point on its tick.
  const x = scaleLinear()
    .domain([m0 / 12, m1 / 12])
    .range([0, 100]);
  const xOf = (i: number) => x(months[i]! / 12);

  const values = points.map((p) => p.value);
  if (data.target) values.push(data.target.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([100, 0])
    .nice(5);

  const steps = times
    .slice(1)
    .map((t, i) => t.time - times[i]!.time)
    .filter((d) => d > 0);
  const step = steps.length ? Math.min(...steps) : 0;

  // Runs: consecutive joined points of one style.
  const runs: TrendRun[] = [];
  const breaks: { from: number; to: number; reason: TrendBreak }[] = [];
  const line = d3line<number>()
    .x(xOf)
    .y((i) => y(points[i]!.value));
  const fill = d3area<number>()
    .x(xOf)
    .y0(y(0))
    .y1((i) => y(points[i]!.value));
  let run: { style: TrendStyle; points: number[] } | null = null;
  const close = () => {
    if (run && run.points.length > 1)
      runs.push({
        ...run,
        line: line(run.points) ?? '',
        area: opts.area ? (fill(run.points) ?? '') : '',
      });
    run = null;
  };
  for (let i = 1; i < points.length; i++) {
    const reason = breakOf(points, times, i, step);
    if (reason) {
      close();
      breaks.push({ from: i - 1, to: i, reason });
      continue;
    }
    const style = styleOf(points[i - 1]!, points[i]!);
    if (!run || run.style !== style) {
      close();
      run = { style, points: [i - 1] };
    }
    (run as { points: number[] }).points.push(i);
  }
  close();

  // y ticks: one scale word for the whole axis, stated once in its title.
  const ticks = y.ticks(5);
  const scale: ScaleStep = isUnitId(unit) ? chooseScale(ticks, locale) : chooseScale([], locale);
  const yTicks = ticks.map((t) => ({
    at: round(y(t)),
    text: formatValue(t, {
      unit: unit as UnitId,
      locale,
      scale,
      suffix: 'none',
      fractionDigits: 2,
    }),
    minor: false,
  }));
  const words = isUnitId(unit) ? unitWords(unit, locale, scale, classifier) : unit;
  const unitTitle = words ? message('unit', locale) + colon(locale) + words : '';

  // x ticks: whole years, or whole months over less than two years of periods that name months.
  const monthly = m1 - m0 < 24 && points.some((p) => /\d{4}-\d{2}/.test(p.period));
  // No tick at or before an undated point: "before 2025" drawn above a 2024 tick would read as 2024.
  const undated = Math.max(-Infinity, ...months.filter((_, i) => times[i]!.undated));
  const xt = (
    monthly
      ? scaleLinear().domain([m0, m1]).ticks(6).filter(Number.isInteger)
      : x
          .ticks(Math.min(8, Math.max(1, Math.round((m1 - m0) / 12))))
          .filter(Number.isInteger)
          .map((y) => y * 12)
  ).filter((k) => k > undated);
  // Two labelled months side by side (Dec 2024 at the axis' start, then Jan 2025) would overprint:
  // the first goes, its point's own label still names it.
  if (monthly && xt.length > 2 && xt[1]! - xt[0]! < 2) xt.shift();
  // At narrow widths every other tick goes, when there are more than four; on a month axis that
  // starts with a year (2024年12月), the next shown one too, so the two cannot overlap.
  const minor = xt.map(
    (k, i) => xt.length > 4 && (i % 2 === 1 || (i === 2 && monthly && xt[0]! % 12 !== 0)),
  );
  // A month tick names its year when it is the first, or when its year differs from the tick
  // shown before it at either width (a kept tick looks back to the kept one before it, since at
  // narrow widths the ones between are gone): 2024年10月, 2025年3月, never 10月 then 3月.
  const yearOf = (k: number) => Math.floor(k / 12);
  const shownBefore = (i: number) => {
    let j = i - 1;
    if (!minor[i]) while (j >= 0 && minor[j]) j--;
    return j;
  };
  const xTicks = xt.map((k, i) => {
    const at = x(k / 12);
    return {
      at: round(at),
      text: monthTick(
        k,
        monthly,
        shownBefore(i) < 0 || yearOf(xt[shownBefore(i)]!) !== yearOf(k),
        locale,
      ),
      minor: minor[i]!,
      align: (at < 8 ? 'start' : at > 92 ? 'end' : 'middle') as TrendAlign,
    };
  });

  const lastIndex = points.length - 1;
  const sep = colon(locale);
  const marks = points.map((p, i): TrendMark => {
    const mx = round(xOf(i));
    const my = round(y(p.value));
    const valueText = pointText(p, locale);
    const periodText = formatPeriod(p.period, locale);
    const statusText = p.status === 'actual' ? '' : message(`status.${p.status}`, locale);
    const quoteText = p.quote ? quoted(p.quote, locale) : '';
    const source = p.outlet ? trendString('source', locale) + sep + p.outlet : '';
    const spoken = [
      periodText + sep + valueText,
      statusText,
      quoteText && source ? `${source} ${quoteText}` : '',
    ]
      .filter(Boolean)
      .join(isChinese(locale) ? '，' : ', ');
    return {
      index: i,
      x: mx,
      y: my,
      period: p.period,
      periodText,
      valueText,
      statusText,
      open: p.bound !== 'exact',
      undated: times[i]!.undated,
      status: p.status,
      labelled: i === lastIndex || points.length === 2,
      align: mx < 25 ? 'start' : mx > 75 ? 'end' : 'middle',
      below: my < 25,
      quote: quoteText,
      source,
      spoken,
    };
  });

  // A slope chart's two labels face each other across the plot: at about one height, the first
  // goes below its point and the last above, so they cannot run into each other at 320 px.
  if (marks.length === 2 && Math.abs(marks[0]!.y - marks[1]!.y) < 25) {
    marks[0]!.below = marks[0]!.y < 75;
    marks[1]!.below = !marks[0]!.below;
  }

  const target = data.target
    ? {
        y: round(y(data.target.value)),
        text:
          message('chart.target', locale) +
          sep +
          pointText(data.target, locale) +
          (isChinese(locale)
            ? `（${formatPeriod(data.target.period, locale)}）`
            : ` (${formatPeriod(data.target.period, locale)})`),
      }
    : null;

  const notes = breaks.map((b) =>
    trendString('notJoined', locale)
      .replace('{from}', marks[b.from]!.periodText)
      .replace('{to}', marks[b.to]!.periodText)
      .replace('{reason}', trendString(`reason.${reasonKey(b.reason)}` as TrendString, locale)),
  );
  if (runs.some((r) => r.style !== 'measured')) notes.push(trendString('dashed', locale));
  if (marks.some((m) => m.open)) notes.push(trendString('open', locale));

  const layout: TrendLayout = {
    marks,
    runs,
    xTicks,
    yTicks,
    zero: round(y(0)),
    unitTitle,
    scale: scale.word ? scale : null,
    target,
    notes,
  };
  return finite(layout) ? layout : null;
}

const REASONS = ['bound', 'definition', 'scope', 'region', 'unit', 'period', 'gap'];
function reasonKey(reason: TrendBreak): string {
  return REASONS.includes(reason) ? reason : 'definition';
}

/** Every coordinate and path is finite: values near ±1e308 overflow the scales, and are refused. */
function finite(l: TrendLayout): boolean {
  const nums = [
    l.zero,
    ...l.marks.flatMap((m) => [m.x, m.y]),
    ...l.yTicks.map((t) => t.at),
    ...l.xTicks.map((t) => t.at),
    l.target?.y ?? 0,
  ];
  if (!nums.every(Number.isFinite)) return false;
  const texts = [
    ...l.runs.flatMap((r) => [r.line, r.area]),
    ...l.yTicks.map((t) => t.text),
    ...l.marks.map((m) => m.valueText),
  ];
  return !texts.some((t) => /NaN|Infinity/.test(t));
}

/** Which point is nearest a pointer at `fraction` (0–1) of the plot's width. */
export function nearestMark(marks: readonly Pick<TrendMark, 'x'>[], fraction: number): number {
  let best = 0;
  for (let i = 1; i < marks.length; i++)
    if (Math.abs(marks[i]!.x - fraction * 100) < Math.abs(marks[best]!.x - fraction * 100))
      best = i;
  return best;
}

/** The rows of the "Get the data" CSV: one per point, in base units. */
export function trendRows(data: TrendData, title: string): DataRow[] {
  return data.points.map((p) => ({
    label: p.label ?? title,
    period: p.period,
    value: p.value,
    unit: p.unit,
    bound: p.bound,
    status: p.status,
    outlet: p.outlet ?? '',
    date: p.date ?? '',
    quote: p.quote ?? '',
  }));
}
