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

// data/ as the CLI reads it (scripts/load.ts): record files in name order, seeds by file name.
const byPath = <T>(files: Record<string, T>) =>
  Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1));
const indicatorFiles = import.meta.glob<unknown[]>('../data/indicators/*.json', {
  import: 'default',
  eager: true,
});
const seedFiles = import.meta.glob<string>('../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const indicators = byPath(indicatorFiles).flatMap(([, rows]) => rows);
const seeds = Object.fromEntries(
  byPath(seedFiles).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/** The page's markup, with its filter script as a script element, which runs once it is in the page. */
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
const meta: Meta = {
  title: 'Data/Proofreading',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  loaders: [async () => ({ input: await proofreadInput({ indicators, sources, seeds, reviews }) })],
  render: (_args, { loaded }) => mount(loaded.input as ProofreadInput),
};
export default meta;

/** All records, with their review state from data/reviews.json. */
export const Default: StoryObj = {};

/** The same page in the dark theme. */
export const Dark: StoryObj = { parameters: { theme: 'dark' } };
