/**
 * The loader's data chunk: registers a catalogue over the articles loaded so far, with the
 * adapters of the elements on the page. Loaded only once a page names an id, concept or tag.
 */
import { closestOf, createCatalog } from '@pearl-charts/data/catalog';
import { catalogOf } from '../shared/catalog-of.js';
import { getCatalog, registerCatalog, type Catalog } from '../shared/catalog.js';
import type { ArticleData, DataIndex } from './data-index.js';

export { articlesFor } from './data-index.js';

let mine: Catalog | null = null;

/**
 * Makes the records of `articles` the page's catalogue, unless another copy of Pearl Charts (the
 * single-file bundle, or a site's own catalogue) registered one: one catalogue per page, and a
 * full one is not replaced by a part. Unknown ids are matched against every id in `index`.
 * @returns whether this call registered it.
 */
export function registerArticles(index: DataIndex, articles: readonly ArticleData[]): boolean {
  const current = getCatalog();
  if (current && current !== mine) return false;
  const sources = new Map(articles.flatMap((a) => a.sources).map((s) => [s.seed, s]));
  const functions = createCatalog(
    articles.flatMap((a) => a.records),
    [...sources.values()],
    index.aliases,
  );
  const ids = Object.keys(index.ids);
  mine = catalogOf({ ...functions, closestIds: (id, n) => closestOf(ids, id, n) });
  registerCatalog(mine);
  return true;
}
