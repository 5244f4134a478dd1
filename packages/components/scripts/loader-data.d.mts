import type { Plugin } from 'vite';

/** One article's data file, or the index, as emitted into dist/loader/data/. */
export interface LoaderFile {
  fileName: string;
  source: string;
}

/** The dataset as @pearl-charts/data publishes it (dist/indicators.json). */
export function readDataset(): { sources: unknown[]; indicators: unknown[]; aliases: object };
/** The loader's index and its per-article files, from the dataset. */
export function loaderData(dataset?: ReturnType<typeof readDataset>): {
  index: {
    files: string[];
    ids: Record<string, number[]>;
    aliases: object;
    concepts: Record<string, number[]>;
    tags: Record<string, number[]>;
  };
  files: LoaderFile[];
};
/** Emits the loader's data files and provides `virtual:pearl-loader-index`. */
export function loaderDataFiles(): Plugin;
