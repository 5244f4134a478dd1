/**
 * `@pearl-charts/components`: the element classes, their layout functions and types.
 * Importing this registers nothing; import `@pearl-charts/components/define` (or one
 * `define/<component>`) to register the tags, and `@pearl-charts/components/data` for indicator ids.
 */
export { PearlMetricCard } from './metric-card/metric-card.js';
export { PearlTargetProgress } from './target-progress/target-progress.js';
export { PearlSectorComparison } from './sector-comparison/sector-comparison.js';
export { PearlTrend } from './trend/trend.js';
export { PearlShare } from './share/share.js';
export { PearlRank } from './rank/rank.js';
export * from './metric-card/metric-card.layout.js';
export * from './target-progress/target-progress.layout.js';
export * from './sector-comparison/sector-comparison.layout.js';
export * from './trend/trend.layout.js';
export * from './share/share.layout.js';
export * from './rank/rank.layout.js';
export { PearlElement } from './shared/pearl-element.js';
export { defineElement } from './shared/define.js';
export {
  registerCatalog,
  registerViews,
  getCatalog,
  VERSION,
  type Catalog,
} from './shared/catalog.js';
export * from './shared/events.js';
export * from './shared/tooltip.js';
export * from './format.js';
