/**
 * Where components look up `indicator="…"` ids. Nothing is registered by default, so a page that
 * passes its own numbers never downloads the data; `@pearl-charts/components/data` (and the
 * script-tag bundle with data) registers the full catalogue of `@pearl-charts/data`.
 */
import type { IndicatorData, SourceData } from '@pearl-charts/data';
import type { FormatLocale } from '../format/locale.js';
import type { MetricCardInput, MetricCardModel } from '../metric-card/metric-card.layout.js';
import type { SectorResult } from '../sector-comparison/sector-comparison.layout.js';
import type {
  TargetFigures,
  TargetProgressHost,
} from '../target-progress/target-progress.layout.js';

export interface Catalog {
  find(id: string): IndicatorData | undefined;
  /** Why a record that once had this id was removed (ids are public API); undefined otherwise. */
  removed?(id: string): string | undefined;
  /** The ids closest to a misspelt one, best first. */
  closest(id: string, n?: number): string[];
  source(seed: string): SourceData | undefined;
  /** Records whose `relations.of` is this id: its growth, change, share, rank, streak. */
  describing(level: IndicatorData): IndicatorData[];
  /** The record a relation points at. */
  related(
    r: IndicatorData,
    relation: 'of' | 'baseline' | 'target' | 'total',
  ): IndicatorData | undefined;
  /** The target an actual is measured against. */
  targetFor(actual: IndicatorData): IndicatorData | undefined;
  /** Records matching a tag or concept query, for comparisons. */
  query(q: {
    tag?: string;
    concept?: string;
    region?: string;
    kind?: string;
    status?: string;
  }): IndicatorData[];
}

/**
 * How components turn catalogue records into what they show. They are registered with the
 * catalogue rather than imported by the components, so a page with its own numbers does not
 * download them: `INDICATOR_VIEWS` (src/views.ts) holds ours.
 */
export interface IndicatorViews {
  metricCard(
    record: IndicatorData,
    input: MetricCardInput,
    catalog: Catalog,
    locale: FormatLocale,
  ): MetricCardModel;
  sectorIds(ids: readonly string[], catalog: Catalog, locale: FormatLocale): SectorResult;
  sectorQuery(
    query: { tag?: string; concept?: string },
    unit: string | undefined,
    catalog: Catalog,
    locale: FormatLocale,
  ): SectorResult;
  targetProgress(
    host: TargetProgressHost,
    hostTarget: number | undefined,
    hostBaseline: number | undefined,
    catalog: Catalog,
    locale: FormatLocale,
  ): TargetFigures;
}

let current: Catalog | null = null;
let views: IndicatorViews | null = null;

/**
 * Makes `catalog` the source of `indicator` ids for every component on the page, shown through
 * `indicatorViews` (by default the views registered before, so a catalogue can be swapped alone).
 */
export function registerCatalog(
  catalog: Catalog,
  indicatorViews: IndicatorViews | null = views,
): void {
  current = catalog;
  views = indicatorViews;
}

export function getCatalog(): Catalog | null {
  return current;
}

/** The registered views; null when no catalogue came with them. */
export function getIndicatorViews(): IndicatorViews | null {
  return views;
}

export type Lookup =
  | { ok: true; indicator: IndicatorData }
  | { ok: false; code: 'no-catalog' }
  | { ok: false; code: 'unknown-indicator'; suggestion: string | undefined };

/**
 * Resolves an id in `catalog` (by default the registered one), or says why not: no catalogue
 * loaded, or an unknown id with the closest known one.
 */
export function lookupIndicator(id: string, catalog: Catalog | null = current): Lookup {
  if (!catalog) return { ok: false, code: 'no-catalog' };
  const indicator = catalog.find(id);
  if (indicator) return { ok: true, indicator };
  return { ok: false, code: 'unknown-indicator', suggestion: catalog.closest(id, 1)[0] };
}
