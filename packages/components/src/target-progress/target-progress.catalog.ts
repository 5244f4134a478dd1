/**
 * The catalogue adapter of <pearl-target-progress>: how it shows `indicator` records. Imported with the data
 * (`@pearl-charts/components/data`), never by the element, so a page with its own numbers does not
 * download it.
 */
import { registerViews } from '../shared/catalog.js';
import { targetFiguresFromCatalog, type TargetProgressViews } from './target-progress.layout.js';

export const targetProgressViews: TargetProgressViews = { targetFiguresFromCatalog };
registerViews('pearl-target-progress', targetProgressViews);
