/**
 * `@pearl-charts/data`: every figure in the five source articles, typed, each with its quote.
 * @packageDocumentation
 */
import {
  ALIASES,
  INDICATORS,
  SOURCES,
  type Concept,
  type IndicatorId,
  type SeedFile,
} from './generated/data.js';
import type { IndicatorData, SourceData } from './types.js';
import {
  createCatalog,
  type IndicatorQuery as CatalogQuery,
  type Resolved as CatalogResolved,
  type SeriesPoint as CatalogSeriesPoint,
} from './catalog.js';

export type { Concept, IndicatorId, SeedFile };
export type Indicator = IndicatorData<IndicatorId, Concept, SeedFile>;
export type Source = SourceData<SeedFile>;
export type { Alias, Classifier, IndicatorData, Quote, Scope, SourceData } from './types.js';
export * from './vocab.js';
export {
  parseFigure,
  parseChineseInteger,
  type ParsedFigure,
  type FigureForm,
} from './numerals.js';
export { ALIASES, INDICATORS, SOURCES };
export {
  closestOf,
  comparability,
  createCatalog,
  periodEnd,
  type BreakReason,
  type CatalogFunctions,
} from './catalog.js';

const all = createCatalog<Indicator, IndicatorId, SeedFile>(INDICATORS, SOURCES, ALIASES);

/** The indicator with this id. The id is type-checked; use `findIndicator` for strings from outside. */
export function getIndicator(id: IndicatorId): Indicator {
  return (all.resolveId(id) as { indicator: Indicator }).indicator;
}

/** What an id from outside names: a record, a record under an old id, a removed record, or nothing. */
export type Resolved = CatalogResolved<Indicator>;

/**
 * Resolves an id as published articles embed it. Ids are public API: a merged or renamed record's
 * old id resolves to the record that holds the fact now (`alias`), and a removed one says why.
 */
export const resolveId: (id: string) => Resolved = all.resolveId;

/**
 * The indicator with this id, or `undefined`: for ids from attributes, URLs or user input. An old
 * id of a merged or renamed record gives the record it became, with one console warning per id.
 */
export const findIndicator: (id: string) => Indicator | undefined = all.findIndicator;

/** True when `id` names an indicator; narrows the string to `IndicatorId`. */
export function isIndicatorId(id: string): id is IndicatorId {
  return all.resolveId(id).status === 'found';
}

/** The article a figure comes from. */
export const getSource: (seed: SeedFile | string) => Source | undefined = all.getSource;

/** A point of a series: the record, and whether it can be joined to the point before it. */
export type SeriesPoint = CatalogSeriesPoint<Indicator>;

/**
 * Every record of a concept ordered by period: a time series (actuals and targets alike). Each
 * point says whether it may be joined to the one before (`breakBefore`), so no consumer draws 57.1%
 * falling to "over half" as if measured, or computes a change across a break.
 */
export const getSeries: (concept: Concept | string) => SeriesPoint[] = all.getSeries;

export interface IndicatorQuery extends CatalogQuery {
  concept?: Concept | string;
  seed?: SeedFile | string;
}

/** Every record matching all the given fields, in data order. */
export const queryIndicators: (query?: IndicatorQuery) => Indicator[] = all.queryIndicators;

/**
 * An actual with the target it is measured against: the one named in `relations.target`, else
 * the latest target of the same concept and region that the actual can be measured against:
 * one for the same year, or, for a stock counted "as of" a date, one to reach "by" a later year.
 * A 2024 figure is not measured against a 2025 target of the same annual flow, so it gets none.
 */
export const getTargetFor: (actual: Indicator) => Indicator | undefined = all.getTargetFor;

/** The record a relation points at: `related(r, 'total')` is the national total a share belongs to. */
export const related: (
  r: Indicator,
  relation: 'of' | 'baseline' | 'target' | 'total',
) => Indicator | undefined = all.related;

/** Records that describe `level`: its growth, change, share, rank or streak (`relations.of`), in data order. */
export const describing: (level: Indicator) => Indicator[] = all.describing;

/** Up to `n` ids closest to `id` by edit distance, for "did you mean" messages. */
export const closestIds: (id: string, n?: number) => IndicatorId[] = all.closestIds;
