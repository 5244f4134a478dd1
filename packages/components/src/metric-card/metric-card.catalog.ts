/**
 * The catalogue adapter of <pearl-metric-card>: how it shows `indicator` records. Imported with the data
 * (`@pearl-charts/components/data`), never by the element, so a page with its own numbers does not
 * download it.
 */
import { registerViews } from '../shared/catalog.js';
import { fromIndicator, type MetricCardViews } from './metric-card.layout.js';

export const metricCardViews: MetricCardViews = { fromIndicator };
registerViews('pearl-metric-card', metricCardViews);
