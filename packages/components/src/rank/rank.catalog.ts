/**
 * The catalogue adapter of <pearl-rank>: how it shows a rank record, its streak and the level it
 * ranks. Imported with the data (`@pearl-charts/components/data`), never by the element, so a page
 * with its own numbers does not download it.
 */
import { registerViews } from '../shared/catalog.js';
import { rankFromIndicator, type RankViews } from './rank.layout.js';

export const rankViews: RankViews = { fromIndicator: rankFromIndicator };
registerViews('pearl-rank', rankViews);
