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
import type { Alias, IndicatorData, SourceData } from './types.js';
import type { Kind, RegionId, Status, Tag } from './vocab.js';

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

const byId = new Map<string, Indicator>(INDICATORS.map((r) => [r.id, r]));
const bySeed = new Map<string, Source>(SOURCES.map((s) => [s.seed, s]));

/** The indicator with this id. The id is type-checked; use `findIndicator` for strings from outside. */
export function getIndicator(id: IndicatorId): Indicator {
  return byId.get(id)!;
}

/** What an id from outside names: a record, a record under an old id, a removed record, or nothing. */
export type Resolved =
  | { status: 'found'; indicator: Indicator }
  | { status: 'alias'; indicator: Indicator; from: string; reason: string }
  | { status: 'removed'; id: string; reason: string }
  | { status: 'unknown'; id: string };

/**
 * Resolves an id as published articles embed it. Ids are public API: a merged or renamed record's
 * old id resolves to the record that holds the fact now (`alias`), and a removed one says why.
 */
export function resolveId(id: string): Resolved {
  const indicator = byId.get(id);
  if (indicator) return { status: 'found', indicator };
  const alias: Alias | undefined = Object.hasOwn(ALIASES, id) ? ALIASES[id] : undefined;
  if (alias && 'to' in alias) {
    const target = byId.get(alias.to);
    if (target) return { status: 'alias', indicator: target, from: id, reason: alias.reason };
  }
  if (alias && 'removed' in alias) return { status: 'removed', id, reason: alias.removed };
  return { status: 'unknown', id };
}

const warned = new Set<string>();

/**
 * The indicator with this id, or `undefined`: for ids from attributes, URLs or user input. An old
 * id of a merged or renamed record gives the record it became, with one console warning per id.
 */
export function findIndicator(id: string): Indicator | undefined {
  const found = resolveId(id);
  if (found.status === 'alias' && !warned.has(id)) {
    warned.add(id);
    console.warn(
      `@pearl-charts/data: "${id}" is now "${found.indicator.id}" (${found.reason}); update the id.`,
    );
  }
  return found.status === 'found' || found.status === 'alias' ? found.indicator : undefined;
}

/** True when `id` names an indicator; narrows the string to `IndicatorId`. */
export function isIndicatorId(id: string): id is IndicatorId {
  return byId.has(id);
}

/** The article a figure comes from. */
export function getSource(seed: SeedFile | string): Source | undefined {
  return bySeed.get(seed);
}

/**
 * The point in time a period ends, as a sortable string: `2012/2022` → `2022`, `by 2027` → `2027`.
 * `current` sorts last.
 */
export function periodEnd(period: string): string {
  if (period === 'current') return '9999';
  return period
    .replace(/^(?:as of|by|before) /, '')
    .split('/')
    .pop()!;
}

/** `before 2025` (a time not stated, earlier than 2025) sorts before `2025`. */
const sortKey = (period: string) => periodEnd(period) + (period.startsWith('before ') ? '' : ' ');
const byPeriod = (a: Indicator, b: Indicator) =>
  sortKey(a.period).localeCompare(sortKey(b.period)) || a.id.localeCompare(b.id);

/**
 * Why two figures of one concept cannot be read as a change from one to the other:
 * - `bound`: they are qualified differently (57.1% against 超过五成, "over half");
 * - `definition`, `scope`, `region`, `unit`: they do not measure the same thing;
 * - `period`: one has no stated time (原来, "formerly").
 */
export type BreakReason = 'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period';

/**
 * Null when a change from `a` to `b` can be computed and drawn as measured; otherwise the first
 * reason it cannot. Two figures with the same bound word (超19万亿 and 超19万亿) are comparable as
 * bounds: the chart keeps the bound on each point.
 */
export function comparability(
  a: Pick<Indicator, 'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period'>,
  b: Pick<Indicator, 'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period'>,
): BreakReason | null {
  if (a.unit !== b.unit) return 'unit';
  if (a.region !== b.region) return 'region';
  if (a.scope?.name.en !== b.scope?.name.en) return 'scope';
  if (a.definition !== b.definition) return 'definition';
  if (a.period.startsWith('before ') || b.period.startsWith('before ')) return 'period';
  if (a.bound !== b.bound) return 'bound';
  return null;
}

/** A point of a series: the record, and whether it can be joined to the point before it. */
export type SeriesPoint = Indicator & {
  /** Why this point is not comparable with the one before it; absent when it is (or is first). */
  readonly breakBefore?: BreakReason;
};

/**
 * Every record of a concept ordered by period: a time series (actuals and targets alike). Each
 * point says whether it may be joined to the one before (`breakBefore`), so no consumer draws 57.1%
 * falling to "over half" as if measured, or computes a change across a break.
 */
export function getSeries(concept: Concept | string): SeriesPoint[] {
  const records = INDICATORS.filter((r) => r.concept === concept).sort(byPeriod);
  return records.map((r, i) => {
    const reason = i === 0 ? null : comparability(records[i - 1]!, r);
    return reason ? { ...r, breakBefore: reason } : r;
  });
}

export interface IndicatorQuery {
  concept?: Concept | string;
  tag?: Tag;
  region?: RegionId;
  kind?: Kind;
  status?: Status;
  seed?: SeedFile | string;
}

/** Every record matching all the given fields, in data order. */
export function queryIndicators(query: IndicatorQuery = {}): Indicator[] {
  return INDICATORS.filter(
    (r) =>
      (query.concept === undefined || r.concept === query.concept) &&
      (query.tag === undefined || r.tags.includes(query.tag)) &&
      (query.region === undefined || r.region === query.region) &&
      (query.kind === undefined || r.kind === query.kind) &&
      (query.status === undefined || r.status === query.status) &&
      (query.seed === undefined || r.source.seed === query.seed),
  );
}

/**
 * An actual with the target it is measured against: the one named in `relations.target`, else
 * the latest target of the same concept and region that the actual can be measured against:
 * one for the same year, or, for a stock counted "as of" a date, one to reach "by" a later year.
 * A 2024 figure is not measured against a 2025 target of the same annual flow, so it gets none.
 */
export function getTargetFor(actual: Indicator): Indicator | undefined {
  if (actual.relations?.target) return byId.get(actual.relations.target);
  if (actual.status === 'target') return undefined;
  const end = periodEnd(actual.period);
  const stock = actual.period.startsWith('as of ');
  return getSeries(actual.concept)
    .filter((r) => {
      if (r.status !== 'target' || r.region !== actual.region) return false;
      const targetEnd = periodEnd(r.period);
      return (
        targetEnd.slice(0, 4) === end.slice(0, 4) ||
        (stock && r.period.startsWith('by ') && targetEnd >= end)
      );
    })
    .pop();
}

/** The record a relation points at: `related(r, 'total')` is the national total a share belongs to. */
export function related(
  r: Indicator,
  relation: 'of' | 'baseline' | 'target' | 'total',
): Indicator | undefined {
  const id = r.relations?.[relation];
  return id === undefined ? undefined : byId.get(id);
}

/** Describing records by the id they describe, built on first use (a page of cards asks often). */
let describers: Map<string, Indicator[]> | undefined;

/** Records that describe `level`: its growth, change, share, rank or streak (`relations.of`), in data order. */
export function describing(level: Indicator): Indicator[] {
  if (!describers) {
    describers = new Map();
    for (const r of INDICATORS) {
      const of = r.relations?.of;
      if (of === undefined) continue;
      const list = describers.get(of);
      if (list) list.push(r);
      else describers.set(of, [r]);
    }
  }
  return [...(describers.get(level.id) ?? [])];
}

/** Up to `n` ids closest to `id` by edit distance, for "did you mean" messages. */
export function closestIds(id: string, n = 1): IndicatorId[] {
  return INDICATORS.map((r) => [r.id, editDistance(id, r.id)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, n)
    .map(([x]) => x);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}
