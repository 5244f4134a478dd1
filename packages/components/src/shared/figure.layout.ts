/**
 * The anatomy every widget shares, computed: title, description, notes and source line, from the
 * catalogue records a widget shows and the host's attributes. Pure and DOM-free (Lit SSR calls it
 * in Node); `shared/figure.ts` draws it around each chart.
 */
import type { IndicatorData } from '@pearl-charts/data';
import { scriptOf, type FormatLocale } from '../format/locale.js';
import {
  catalogueEntry,
  colon,
  formatSourceDate,
  recordNotes,
  recordSeeds,
  safeUrl,
  sourceLine,
  type SourceEntry,
  type SourceLine,
} from '../format/source.js';
import { getCatalog, type Catalog } from './catalog.js';

/** The host's anatomy attributes, as every element holds them. */
export interface FigureHost {
  /**
   * The title the element resolved (`label`, `heading`); `null` for none (the chart names itself);
   * left out, a single record's label.
   */
  title?: string | null;
  description?: string | null;
  /** The host's own note, as text; shown after the notes read from the data. */
  notes?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  /** `YYYY-MM-DD` (or any period of the data grammar), or free text. */
  sourceDate?: string | null;
  /** BCP 47 language of `sourceName`, when it is not the page's. */
  sourceLang?: string | null;
}

/** What the frame around a chart shows. Every field is already in the reader's script. */
export interface FigureAnatomy {
  title: string | null;
  description: string | null;
  /** Footnote sentences (注：… / Note: …), data's first, then the host's. */
  notes: string[];
  source: SourceLine | null;
}

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** example.com of https://example.com/a; '' when the URL does not parse. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The host's source as an entry: its `source-name`, else the site of a `source-url`; or null. */
function hostEntry(host: FigureHost, locale: FormatLocale): SourceEntry | null {
  const url = safeUrl(host.sourceUrl);
  const name = present(host.sourceName) ? host.sourceName.trim() : url && siteOf(url);
  if (!name) return null;
  return {
    outlet: name,
    date: present(host.sourceDate) ? formatSourceDate(host.sourceDate.trim(), locale) : null,
    url,
    lang: present(host.sourceLang) ? host.sourceLang.trim() : null,
  };
}

/**
 * The source line: the host's `source-name` (with `source-date`, `source-url`) when set, else every
 * catalogue article the records (and their corroborating passages) were read from.
 */
export function figureSource(
  records: readonly IndicatorData[],
  host: FigureHost,
  catalog: Catalog | null,
  locale: FormatLocale,
): SourceLine | null {
  const own = hostEntry(host, locale);
  if (own) return sourceLine([own], locale);
  if (!catalog) return null;
  const entries = recordSeeds(records)
    .map((seed) => catalog.source(seed))
    .filter((s) => s !== undefined)
    .map((s) => catalogueEntry(s, locale));
  return sourceLine(entries, locale);
}

/**
 * Notes read from the records (one record's as they are; several records' each led by the row's
 * label: 比亚迪汽车产量：比亚迪全公司数据，非广东统计。), then the host's `notes`, each once.
 */
export function figureNotes(
  records: readonly IndicatorData[],
  hostNotes: string | null | undefined,
  locale: FormatLocale,
): string[] {
  const script = scriptOf(locale);
  const notes: string[] = [];
  for (const r of records) {
    for (const n of recordNotes(r, locale)) {
      const text = records.length > 1 ? r.labels[script] + colon(locale) + n : n;
      if (!notes.includes(text)) notes.push(text);
    }
  }
  if (present(hostNotes)) notes.push(hostNotes.trim());
  return notes;
}

/** Everything the frame shows, from the records a widget draws and the host's attributes. */
export function layoutFigure(
  records: readonly IndicatorData[],
  host: FigureHost,
  locale: FormatLocale,
  catalog: Catalog | null = getCatalog(),
): FigureAnatomy {
  const title =
    host.title !== undefined
      ? present(host.title)
        ? host.title.trim()
        : null
      : records.length === 1
        ? records[0]!.labels[scriptOf(locale)]
        : null;
  return {
    title,
    description: present(host.description) ? host.description.trim() : null,
    notes: figureNotes(records, host.notes, locale),
    source: figureSource(records, host, catalog, locale),
  };
}
