/**
 * The catalogue adapter of <pearl-sector-comparison>: how it shows `indicator` records. Imported with the data
 * (`@pearl-charts/components/data`), never by the element, so a page with its own numbers does not
 * download it.
 */
import { registerViews } from '../shared/catalog.js';
import {
  recordsForIds,
  recordsForQuery,
  type SectorComparisonViews,
} from './sector-comparison.layout.js';

export const sectorComparisonViews: SectorComparisonViews = { recordsForIds, recordsForQuery };
registerViews('pearl-sector-comparison', sectorComparisonViews);
