/**
 * `@pearl-charts/components/catalog-views`: every component's catalogue adapter (how it shows
 * `indicator` records), registered for the page. `@pearl-charts/components/data` imports it with our
 * catalogue; import it yourself beside `registerCatalog(yourCatalog)`.
 */
import './metric-card/metric-card.catalog.js';
import './target-progress/target-progress.catalog.js';
import './sector-comparison/sector-comparison.catalog.js';
import './trend/trend.catalog.js';
import './share/share.catalog.js';
import './rank/rank.catalog.js';
