/** What the loader's data index (dist/loader/data/index-<hash>.json, scripts/loader-data.mjs) holds. */
import type { Alias, IndicatorData, SourceData } from '@pearl-charts/data';

export interface DataIndex {
  /** Each article's data file, relative to the index; articles are numbered by their place here. */
  readonly files: readonly string[];
  /** Every id → the articles holding it and the records related to it (delta, target, baseline…). */
  readonly ids: Readonly<Record<string, readonly number[]>>;
  /** Old ids of merged, renamed or removed records. */
  readonly aliases: Readonly<Record<string, Alias>>;
  /** Every concept → the articles a series or query of it reads. */
  readonly concepts: Readonly<Record<string, readonly number[]>>;
  /** Every tag → the articles a query of it reads. */
  readonly tags: Readonly<Record<string, readonly number[]>>;
}

/** One article's data file: its records, and the sources its quotes cite. */
export interface ArticleData {
  readonly records: readonly IndicatorData[];
  readonly sources: readonly SourceData[];
}

/** What the page's elements ask the catalogue for. */
export interface Wanted {
  readonly ids: Iterable<string>;
  readonly concepts: Iterable<string>;
  readonly tags: Iterable<string>;
}

/** The articles that answer `wanted`; unknown names need none (the catalogue then says so). */
export function articlesFor(index: DataIndex, wanted: Wanted): Set<number> {
  const out = new Set<number>();
  const add = (map: Readonly<Record<string, readonly number[]>>, key: string) => {
    if (Object.hasOwn(map, key)) map[key]!.forEach((n) => out.add(n));
  };
  for (const id of wanted.ids) {
    const alias = Object.hasOwn(index.aliases, id) ? index.aliases[id] : undefined;
    add(index.ids, alias && 'to' in alias ? alias.to : id);
  }
  for (const c of wanted.concepts) add(index.concepts, c);
  for (const t of wanted.tags) add(index.tags, t);
  return out;
}
