/**
 * The catalogue adapter of <pearl-trend>: how it reads a concept's series and records picked by id.
 * Imported with the data (`@pearl-charts/components/data`), never by the element, so a page with
 * its own numbers does not download it.
 */
import { registerViews } from '../shared/catalog.js';
import { seriesForConcept, seriesForIds, type TrendViews } from './trend.data.js';

export const trendViews: TrendViews = { seriesForConcept, seriesForIds };
registerViews('pearl-trend', trendViews);
