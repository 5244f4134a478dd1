/**
 * The look-ups of `@pearl-charts/data` over any set of records: the package's own exports run them
 * over every record, and the script-tag loader over the articles a page names.
 */
import type { Alias, IndicatorData, SourceData } from './types.js';
import type { Kind, RegionId, Status, Tag } from './vocab.js';

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
const byPeriod = (a: IndicatorData, b: IndicatorData) =>
  sortKey(a.period).localeCompare(sortKey(b.period)) || a.id.localeCompare(b.id);

/**
 * Why two figures of one concept cannot be read as a change from one to the other:
 * - `bound`: they are qualified differently (57.1% against 超过五成, "over half");
 * - `definition`, `scope`, `region`, `unit`: they do not measure the same thing;
 * - `period`: one has no stated time (原来, "formerly").
 */
export type BreakReason = 'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period';

type Comparable = Pick<
  IndicatorData,
  'bound' | 'definition' | 'scope' | 'region' | 'unit' | 'period'
>;

/**
 * Null when a change from `a` to `b` can be computed and drawn as measured; otherwise the first
 * reason it cannot. Two figures with the same bound word (超19万亿 and 超19万亿) are comparable as
 * bounds: the chart keeps the bound on each point.
 */
export function comparability(a: Comparable, b: Comparable): BreakReason | null {
  if (a.unit !== b.unit) return 'unit';
  if (a.region !== b.region) return 'region';
  if (a.scope?.name.en !== b.scope?.name.en) return 'scope';
  if (a.definition !== b.definition) return 'definition';
  if (a.period.startsWith('before ') || b.period.startsWith('before ')) return 'period';
  if (a.bound !== b.bound) return 'bound';
  return null;
}

/** Up to `n` of `ids` closest to `id` by edit distance, for "did you mean" messages. */
export function closestOf<I extends string>(ids: readonly I[], id: string, n = 1): I[] {
  return ids
    .map((x) => [x, editDistance(id, x)] as const)
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

/** What an id from outside names: a record, a record under an old id, a removed record, or nothing. */
export type Resolved<R> =
  | { status: 'found'; indicator: R }
  | { status: 'alias'; indicator: R; from: string; reason: string }
  | { status: 'removed'; id: string; reason: string }
  | { status: 'unknown'; id: string };

/** A point of a series: the record, and whether it can be joined to the point before it. */
export type SeriesPoint<R> = R & {
  /** Why this point is not comparable with the one before it; absent when it is (or is first). */
  readonly breakBefore?: BreakReason;
};

export interface IndicatorQuery {
  concept?: string;
  tag?: Tag;
  region?: RegionId;
  kind?: Kind;
  status?: Status;
  seed?: string;
}

type Relation = 'of' | 'baseline' | 'target' | 'total';

/**
 * The look-ups over `records`, their `sources` and the `aliases` of old ids (see the package's
 * exports of the same names for what each does).
 */
export function createCatalog<
  R extends IndicatorData<I, string, S>,
  I extends string,
  S extends string,
>(
  records: readonly R[],
  sources: readonly SourceData<S>[],
  aliases: Readonly<Record<string, Alias<I>>>,
) {
  const byId = new Map<string, R>(records.map((r) => [r.id, r]));
  const bySeed = new Map<string, SourceData<S>>(sources.map((s) => [s.seed, s]));
  const ids = records.map((r) => r.id);
  const warned = new Set<string>();
  /** Describing records by the id they describe, built on first use (a page of cards asks often). */
  let describers: Map<string, R[]> | undefined;

  function resolveId(id: string): Resolved<R> {
    const indicator = byId.get(id);
    if (indicator) return { status: 'found', indicator };
    const alias: Alias<I> | undefined = Object.hasOwn(aliases, id) ? aliases[id] : undefined;
    if (alias && 'to' in alias) {
      const target = byId.get(alias.to);
      if (target) return { status: 'alias', indicator: target, from: id, reason: alias.reason };
    }
    if (alias && 'removed' in alias) return { status: 'removed', id, reason: alias.removed };
    return { status: 'unknown', id };
  }

  function findIndicator(id: string): R | undefined {
    const found = resolveId(id);
    if (found.status === 'alias' && !warned.has(id)) {
      warned.add(id);
      console.warn(
        `@pearl-charts/data: "${id}" is now "${found.indicator.id}" (${found.reason}); update the id.`,
      );
    }
    return found.status === 'found' || found.status === 'alias' ? found.indicator : undefined;
  }

  function getSeries(concept: string): SeriesPoint<R>[] {
    const list = records.filter((r) => r.concept === concept).sort(byPeriod);
    return list.map((r, i) => {
      const reason = i === 0 ? null : comparability(list[i - 1]!, r);
      return reason ? { ...r, breakBefore: reason } : r;
    });
  }

  function queryIndicators(query: IndicatorQuery = {}): R[] {
    return records.filter(
      (r) =>
        (query.concept === undefined || r.concept === query.concept) &&
        (query.tag === undefined || r.tags.includes(query.tag)) &&
        (query.region === undefined || r.region === query.region) &&
        (query.kind === undefined || r.kind === query.kind) &&
        (query.status === undefined || r.status === query.status) &&
        (query.seed === undefined || r.source.seed === query.seed),
    );
  }

  function getTargetFor(actual: R): R | undefined {
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

  function related(r: R, relation: Relation): R | undefined {
    const id = r.relations?.[relation];
    return id === undefined ? undefined : byId.get(id);
  }

  function describing(level: R): R[] {
    if (!describers) {
      describers = new Map();
      for (const r of records) {
        const of = r.relations?.of;
        if (of === undefined) continue;
        const list = describers.get(of);
        if (list) list.push(r);
        else describers.set(of, [r]);
      }
    }
    return [...(describers.get(level.id) ?? [])];
  }

  return {
    resolveId,
    findIndicator,
    getSource: (seed: string) => bySeed.get(seed),
    getSeries,
    queryIndicators,
    getTargetFor,
    related,
    describing,
    closestIds: (id: string, n?: number) => closestOf(ids, id, n),
  };
}

/** The look-ups `createCatalog` returns. */
export type CatalogFunctions<
  R extends IndicatorData<I, string, S>,
  I extends string,
  S extends string,
> = ReturnType<typeof createCatalog<R, I, S>>;
