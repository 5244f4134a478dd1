/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sources from '../data/sources.json';
import reviews from '../data/reviews.json';
import { proofreadInput } from '../packages/data/scripts/proofread/input.js';
import {
  FILTER_SCRIPT,
  proofreadMarkup,
  type ProofreadInput,
} from '../packages/data/scripts/proofread/page.js';

interface ProofreadArgs {
  /** An article's seed file: show its records only. Empty for every record. */
  seed: string;
  /** Only the first record of each kind, with invented reviews that show each review state. */
  sample: boolean;
}

/**
 * data/ as the CLI reads it (scripts/load.ts): record files in name order, seeds by file name.
 * Globbed inside the loader: the docs' snippet plugin imports story files in Node, which has no
 * import.meta.glob, and never runs loaders.
 */
async function readData(): Promise<ProofreadInput> {
  const byPath = async <T>(files: Record<string, () => Promise<T>>) =>
    Promise.all(
      Object.keys(files)
        .sort()
        .map(
          async (path) => [path.slice(path.lastIndexOf('/') + 1), await files[path]!()] as const,
        ),
    );
  const indicatorFiles = await byPath(
    import.meta.glob<unknown[]>('../data/indicators/*.json', { import: 'default' }),
  );
  const seedFiles = await byPath(
    import.meta.glob<string>('../seeds/*.txt', { query: '?raw', import: 'default' }),
  );
  return proofreadInput({
    indicators: indicatorFiles.flatMap(([, rows]) => rows),
    sources,
    seeds: Object.fromEntries(seedFiles),
    reviews,
  });
}

/**
 * The input narrowed as the args ask. The sample's reviews are invented here, never written to
 * data/reviews.json: its first record reads as checked, its second as changed since.
 */
function narrow(input: ProofreadInput, { seed, sample }: ProofreadArgs): ProofreadInput {
  const ofSeed = <T extends { seed: string }>(list: readonly T[]) =>
    seed ? list.filter((x) => x.seed === seed) : list;
  let records = input.records.filter((r) => !seed || r.source.seed === seed);
  if (!sample) return { ...input, sources: ofSeed(input.sources), records };
  const kinds = new Set<unknown>();
  records = records.filter((r) => {
    const kind = (r as { kind?: unknown }).kind;
    return !kinds.has(kind) && !!kinds.add(kind);
  });
  const seeds = new Set(records.map((r) => r.source.seed));
  const review = (hash: string) => ({ hash, by: 'an example reviewer', date: '2025-01-01' });
  const [first, second] = records;
  return {
    ...input,
    records,
    sources: ofSeed(input.sources).filter((s) => seeds.has(s.seed)),
    reviews: {
      ...(first && { [first.id]: review(input.hashes.get(first.id)!) }),
      ...(second && { [second.id]: review('0'.repeat(64)) }),
    },
  };
}

/** The page's markup, with its filter script as a script element, which runs once in the page. */
function mount(input: ProofreadInput): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = proofreadMarkup(input);
  const script = document.createElement('script');
  script.textContent = FILTER_SCRIPT;
  host.append(script);
  return host;
}

/**
 * Every record beside its quote, with what a card writes for it and every field: the page
 * `npm run proofread` writes to packages/data/dist/proofread.html, built by the same function.
 */
const meta: Meta<ProofreadArgs> = {
  title: 'Data/Proofreading',
  tags: ['!autodocs'],
  args: { seed: '', sample: false },
  argTypes: {
    seed: { control: 'select', options: ['', ...sources.map((s) => s.seed)] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [async () => ({ input: await readData() })],
  render: (args, { loaded }) => mount(narrow(loaded.input as ProofreadInput, args)),
};
export default meta;

// Axe over a few thousand elements takes longer than a story test may (15 s), so the tested
// stories show a sample: one record of each kind, in each review state. The markup is the same.
/** Every record, with its review state from data/reviews.json. */
export const Default: StoryObj<ProofreadArgs> = { tags: ['!test'] };

/** The records of one article (the page's Article filter, applied before rendering). */
export const OneArticle: StoryObj<ProofreadArgs> = {
  tags: ['!test'],
  args: { seed: sources[1]!.seed },
};

/** One record of each kind; the first two with invented reviews (checked, changed since). */
export const Sample: StoryObj<ProofreadArgs> = { args: { sample: true } };

/** The sample in the dark theme. */
export const Dark: StoryObj<ProofreadArgs> = {
  args: { sample: true },
  parameters: { theme: 'dark' },
};
