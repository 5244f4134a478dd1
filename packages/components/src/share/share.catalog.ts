/**
 * The catalogue adapter of <pearl-share>: how it shows `indicator` records. Imported with the data
 * (`@pearl-charts/components/data`), never by the element, so a page with its own numbers does not
 * download it.
 */
import { registerViews } from '../shared/catalog.js';
import { shareFromRecord, type ShareViews } from './share.layout.js';

export const shareViews: ShareViews = { shareFromRecord };
registerViews('pearl-share', shareViews);
