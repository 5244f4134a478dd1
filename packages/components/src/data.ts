/**
 * `@pearl-charts/components/data`: registers every figure of `@pearl-charts/data` so components
 * can take `indicator="gd-industrial-output-2024"`. Import it once, beside a `define` entry.
 */
import {
  closestIds,
  describing,
  findIndicator,
  getSource,
  getTargetFor,
  queryIndicators,
  related,
  resolveId,
  type Indicator,
  type IndicatorQuery,
} from '@pearl-charts/data';
import { registerCatalog } from './shared/catalog.js';
import { INDICATOR_VIEWS } from './views.js';

registerCatalog(
  {
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
  },
  INDICATOR_VIEWS,
);
