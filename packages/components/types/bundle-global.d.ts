// Types for the classic-script bundle (dist/bundle/pearl-charts.iife.js): loading it registers every
// element and the indicator data, and exposes the package's exports as the global `PearlCharts`.
// Reference it from a page script: /// <reference types="@pearl-charts/components/bundle/iife" />
import type * as Bundle from '../dist/types/bundle/with-data.js';

declare global {
  var PearlCharts: typeof Bundle;
}
export {};
