/**
 * The foot of every widget as text: the source line (outlet and date in the reader's script), the
 * notes read from a record's caveats, and quotation marks around a verbatim passage. DOM-free:
 * imported in Node too.
 *
 * Chinese texts use full-width punctuation (：，；。), English half-width; nothing here adds a
 * space between Chinese characters and digits.
 */
import type { IndicatorData, SourceData } from '@pearl-charts/data';
import { EN_MONTHS, formatPeriod } from './indicator.js';
import { isChinese, resolveLocale, scriptOf, type FormatLocale } from './locale.js';
import { message } from './messages.js';

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** `：` or `: `, the colon after a lead word (来源：, Source: ). */
export const colon = (locale: FormatLocale) => (isChinese(locale) ? '：' : ': ');

/**
 * A source date for readers: 2025-01-17 → 2025年1月17日 / 17 Jan 2025; `--02-05` (a day without a
 * year) → 2月5日 / 5 Feb; any other period of the data grammar as formatPeriod writes it; free
 * text unchanged.
 */
export function formatSourceDate(date: string, locale: FormatLocale | string): string {
  const resolved = resolveLocale(locale);
  const m = /^--(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return formatPeriod(date, resolved);
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isChinese(resolved) ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1] ?? m[1]}`;
}

/** An absolute http(s) URL, or null: an attribute must not be able to smuggle in `javascript:`. */
export function safeUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

/** One article in a source line. */
export interface SourceEntry {
  /** The outlet (or the issuing body), in the reader's script for catalogue sources. */
  outlet: string;
  /** Already written for the reader: 2025年1月17日 / 17 Jan 2025. */
  date: string | null;
  /** http(s) only; the outlet is linked to it. */
  url: string | null;
  /** Language of `outlet` when it is not the reader's (a host's `source-lang`); null otherwise. */
  lang: string | null;
}

/** 来源：南方日报，2025年1月17日 / 2 sources: Nanfang Daily, 17 Jan 2025; People's Daily Online, 10 Jan 2024. */
export interface SourceLine {
  /** `来源：`, `2个来源：`, `Source: `, `2 sources: `. */
  lead: string;
  entries: SourceEntry[];
  /** Between outlet and date: `，` or `, `. */
  joiner: string;
  /** Between two articles: `；` or `; `. */
  separator: string;
}

/**
 * The source line of `entries` (empty outlets dropped), or null when none is left. Several
 * articles are counted in the lead (2个来源 / 2個來源 / 2 sources) and each is listed.
 */
export function sourceLine(
  entries: readonly SourceEntry[],
  locale: FormatLocale | string,
): SourceLine | null {
  const resolved = resolveLocale(locale);
  const list = entries.filter((e) => present(e.outlet));
  if (list.length === 0) return null;
  const zh = isChinese(resolved);
  const word =
    list.length > 1
      ? message('source.count', resolved, { count: list.length })
      : message('source', resolved);
  return {
    lead: word + colon(resolved),
    entries: list,
    joiner: zh ? '，' : ', ',
    separator: zh ? '；' : '; ',
  };
}

/** A source line as one string, as a table caption or a screen reader gets it. */
export function sourceLineText(line: SourceLine): string {
  return (
    line.lead +
    line.entries
      .map((e) => (e.date ? e.outlet + line.joiner + e.date : e.outlet))
      .join(line.separator)
  );
}

/** A catalogue article as a source entry, in the reader's script. */
export function catalogueEntry(source: SourceData, locale: FormatLocale | string): SourceEntry {
  const resolved = resolveLocale(locale);
  return {
    outlet: source.outlet[scriptOf(resolved)],
    date: present(source.date) ? formatSourceDate(source.date, resolved) : null,
    url: safeUrl(source.url),
    lang: null,
  };
}

/**
 * The articles a record was read from, in order and once each: its own source, then any article
 * that reports the same fact (`corroboration`).
 */
export function recordSeeds(records: readonly Pick<IndicatorData, 'source' | 'corroboration'>[]) {
  const seeds: string[] = [];
  for (const r of records)
    for (const q of [r.source, ...(r.corroboration ?? [])])
      if (q && !seeds.includes(q.seed)) seeds.push(q.seed);
  return seeds;
}

/** A sentence: ends in 。 or `.` unless it already ends in a stop. */
function sentence(text: string, locale: FormatLocale): string {
  const t = text.trim();
  if (/[。．.!?！？]$/.test(t)) return t;
  return t + (isChinese(locale) ? '。' : '.');
}

/**
 * The caveats a record carries, as footnote sentences in the reader's script:
 *
 * - `scope: {kind: 'company'}`: 比亚迪全公司数据，非地区统计。/ Company-wide figure (BYD), not a regional statistic.
 * - period `before YYYY` (原来, no time stated): 原文未注明时间。/ The source does not give a date.
 *
 * An estimate or a target is not repeated here: the widget badges it (预计 / Estimate).
 */
export function recordNotes(
  record: Pick<IndicatorData, 'scope' | 'period' | 'region'>,
  locale: FormatLocale | string,
): string[] {
  const resolved = resolveLocale(locale);
  const script = scriptOf(resolved);
  const notes: string[] = [];
  if (record.scope?.kind === 'company') {
    const name = record.scope.name[script];
    notes.push(message('note.company', resolved, { name }));
  }
  if (typeof record.period === 'string' && /^before /.test(record.period.trim()))
    notes.push(message('note.undated', resolved));
  return notes.map((n) => sentence(n, resolved));
}

/** The lead of a notes line: 注： / 註： / Note: (Notes: for several in English). */
export function notesLead(count: number, locale: FormatLocale | string): string {
  const resolved = resolveLocale(locale);
  return message(count > 1 ? 'notes' : 'note', resolved) + colon(resolved);
}

/**
 * The quotation marks of the reader's script around a verbatim passage: 「」 in Traditional
 * Chinese, “” in Simplified Chinese and English. The passage itself keeps its article's script.
 */
export function quoteMarks(locale: FormatLocale | string): readonly [string, string] {
  const script = scriptOf(resolveLocale(locale));
  return script === 'zh-Hant' ? ['「', '」'] : ['\u201c', '\u201d'];
}

/** `text` between the reader's quotation marks. */
export function quoted(text: string, locale: FormatLocale | string): string {
  const [open, close] = quoteMarks(locale);
  return open + text + close;
}

/** Region and period as one line, told apart by a middle dot: 广东 · 2024年 / Guangdong · 2024. */
export const META_SEPARATOR = ' · ';
