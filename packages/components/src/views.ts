/**
 * The indicator views of our components (see `IndicatorViews` in shared/catalog.ts): registered
 * by `@pearl-charts/components/data`, and exported so a custom catalogue can pass them to
 * `registerCatalog(catalog, INDICATOR_VIEWS)`.
 */
import { fromIndicator } from './metric-card/metric-card.layout.js';
import { recordsForIds, recordsForQuery } from './sector-comparison/sector-comparison.layout.js';
import type { IndicatorViews } from './shared/catalog.js';
import { targetFiguresFromCatalog } from './target-progress/target-progress.layout.js';

export const INDICATOR_VIEWS: IndicatorViews = {
  metricCard: fromIndicator,
  sectorIds: recordsForIds,
  sectorQuery: recordsForQuery,
  targetProgress: targetFiguresFromCatalog,
};
