/** What the loader's data files (dist/loader/data/<hash>/, scripts/loader-data.mjs) hold. */
import type { Alias, IndicatorData, SourceData } from '@pearl-charts/data';

/**
 * One data file: the records a widget naming one id, old id, concept or tag reads (or every record,
 * in `all.json`), the sources their quotes cite, and the old ids it answers for.
 */
export interface DataFile {
  readonly records: readonly IndicatorData[];
  readonly sources: readonly SourceData[];
  readonly aliases: Readonly<Record<string, Alias>>;
}

/** What the page's elements ask the catalogue for. */
export interface Wanted {
  readonly ids: Iterable<string>;
  readonly concepts: Iterable<string>;
  readonly tags: Iterable<string>;
}

/** Each kind's folder; the same as KIND_DIRS in scripts/loader-data.mjs. */
const DIRS = { ids: 'i', concepts: 'c', tags: 't' } as const;
/** The names the data has files for can only look like this (SAFE_NAME in loader-data.mjs). */
const SAFE = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * The data file of each name in `wanted` (relative to the data folder), and the ids that cannot
 * have one: the catalogue says they are unknown.
 */
export function filesFor(wanted: Wanted): { files: string[]; unknownIds: string[] } {
  const files: string[] = [];
  const unknownIds: string[] = [];
  for (const kind of ['ids', 'concepts', 'tags'] as const)
    for (const name of wanted[kind])
      if (SAFE.test(name)) files.push(`${DIRS[kind]}/${name}.json`);
      else if (kind === 'ids') unknownIds.push(name);
  return { files, unknownIds };
}
