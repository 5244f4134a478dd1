/**
 * The loader's data chunk: registers a catalogue over the data files loaded so far, with the
 * adapters of the elements on the page. Loaded only once a page names an id, concept or tag.
 */
import { closestOf, createCatalog } from '@pearl-charts/data/catalog';
import type { Alias, IndicatorData, SourceData } from '@pearl-charts/data';
import { catalogOf } from '../shared/catalog-of.js';
import { getCatalog, registerCatalog, type Catalog } from '../shared/catalog.js';
import type { DataFile } from './data-index.js';

let mine: Catalog | null = null;

/**
 * Makes the records of `files` the page's catalogue, unless another copy of Pearl Charts (the
 * single-file bundle, or a site's own catalogue) registered one: one catalogue per page, and a
 * full one is not replaced by a part. Unknown ids are matched against `names` (every id), which
 * the loader fetches only when a page names one.
 * @returns whether this call registered it.
 */
export function registerData(files: readonly DataFile[], names: readonly string[] = []): boolean {
  const current = getCatalog();
  if (current && current !== mine) return false;
  // Files overlap (two cards of one article share its sources): one copy of each.
  const records = new Map<string, IndicatorData>();
  const sources = new Map<string, SourceData>();
  const aliases: Record<string, Alias> = {};
  for (const f of files) {
    f.records.forEach((r) => records.set(r.id, r));
    f.sources.forEach((s) => sources.set(s.seed, s));
    Object.assign(aliases, f.aliases);
  }
  const functions = createCatalog([...records.values()], [...sources.values()], aliases);
  mine = catalogOf({ ...functions, closestIds: (id, n) => closestOf(names, id, n) });
  registerCatalog(mine);
  return true;
}
