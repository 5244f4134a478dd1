// Types for the classic-script bundle without data (dist/bundle/pearl-charts.nodata.iife.js): every
// element registered, no indicator catalogue; the package's exports are the global `PearlCharts`.
import type * as Bundle from '../dist/types/bundle/no-data.js';

declare global {
  var PearlCharts: typeof Bundle;
}
export {};
