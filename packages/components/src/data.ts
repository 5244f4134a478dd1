/**
 * `@pearl-charts/components/data`: registers every figure of `@pearl-charts/data`, and every
 * component's catalogue adapter, so components can take `indicator="gd-industrial-output-2024"`.
 * Import it once, beside a `define` entry.
 */
import {
  closestIds,
  describing,
  findIndicator,
  getSeries,
  getSource,
  getTargetFor,
  queryIndicators,
  related,
  resolveId,
  type Indicator,
  type IndicatorQuery,
} from '@pearl-charts/data';
import './catalog-views.js';
import { registerCatalog } from './shared/catalog.js';

registerCatalog({
  find: findIndicator,
  closest: closestIds,
  removed: (id) => {
    const found = resolveId(id);
    return found.status === 'removed' ? found.reason : undefined;
  },
  source: getSource,
  describing: (r) => describing(r as Indicator),
  related: (r, rel) => related(r as Indicator, rel),
  targetFor: (r) => getTargetFor(r as Indicator),
  query: (q) => queryIndicators(q as IndicatorQuery),
  series: getSeries,
});
