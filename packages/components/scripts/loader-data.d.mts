import type { Plugin } from 'vite';

/** One data file, relative to the data folder (`i/<id>.json`, `all.json`…). */
export interface LoaderFile {
  fileName: string;
  source: string;
}

/** The dataset as @pearl-charts/data publishes it (dist/indicators.json). */
export function readDataset(): { sources: unknown[]; indicators: unknown[]; aliases: object };
/** Names that are safe as file names and URL paths as they are. */
export const SAFE_NAME: RegExp;
/** The folder of each kind of name. */
export const KIND_DIRS: { ids: 'i'; concepts: 'c'; tags: 't' };
/** The loader's data folder (`data/<hash>/`) and its files, from the dataset. */
export function loaderData(dataset?: ReturnType<typeof readDataset>): {
  dir: string;
  files: LoaderFile[];
};
/** Emits the loader's data files and provides `virtual:pearl-loader-data`. */
export function loaderDataFiles(): Plugin;
