/**
 * The page catalogue over the look-ups of `@pearl-charts/data` (its exports, or `createCatalog`
 * over some articles): used by `@pearl-charts/components/data` and by the script-tag loader.
 */
import type { IndicatorData, SourceData } from '@pearl-charts/data';
import type { Catalog } from './catalog.js';

/** The look-ups, as `@pearl-charts/data` exports them and `createCatalog` returns them. */
export interface DataFunctions<R extends IndicatorData = IndicatorData> {
  resolveId(id: string): { status: string; reason?: string };
  findIndicator(id: string): R | undefined;
  getSource(seed: string): SourceData | undefined;
  describing(level: R): R[];
  related(r: R, relation: 'of' | 'baseline' | 'target' | 'total'): R | undefined;
  getTargetFor(actual: R): R | undefined;
  queryIndicators(q: object): R[];
  getSeries(concept: string): readonly (R & { readonly breakBefore?: string })[];
  closestIds(id: string, n?: number): string[];
}

export function catalogOf<R extends IndicatorData>(data: DataFunctions<R>): Catalog {
  return {
    find: data.findIndicator,
    closest: data.closestIds,
    removed: (id) => {
      const found = data.resolveId(id);
      return found.status === 'removed' ? found.reason : undefined;
    },
    source: data.getSource,
    // The records a catalogue hands out are the ones it takes back: no wrapper needed.
    describing: data.describing as Catalog['describing'],
    related: data.related as Catalog['related'],
    targetFor: data.getTargetFor as Catalog['targetFor'],
    query: data.queryIndicators,
    series: data.getSeries,
  };
}
