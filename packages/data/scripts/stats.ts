/**
 * Prints the number of records per article and per kind as a Markdown table:
 * `npx tsx packages/data/scripts/stats.ts`. Reads and validates data/ like the build; exits 1
 * (printing the problems) when the data is wrong, so the counts are only ever of valid data.
 */
import { loadRaw } from './load.js';
import { formatProblem, validate } from './validate.js';
import { KINDS } from '../src/vocab.js';

const raw = loadRaw();
const { dataset, problems } = validate(raw.sources, raw.indicators, raw.seeds, raw);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const kinds = KINDS.filter((k) => dataset.indicators.some((r) => r.kind === k));
const count = (seed: string | null, kind: string | null) =>
  dataset.indicators.filter(
    (r) => (seed === null || r.source.seed === seed) && (kind === null || r.kind === kind),
  ).length;

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const lines = [
  row(['Article', ...kinds, 'Total']),
  row(['---', ...kinds.map(() => '--:'), '--:']),
  ...dataset.sources.map((s) =>
    row([
      `${s.seed} (${s.outlet[s.script]})`,
      ...kinds.map((k) => count(s.seed, k)),
      count(s.seed, null),
    ]),
  ),
  row(['**Total**', ...kinds.map((k) => count(null, k)), `**${count(null, null)}**`]),
];
console.log(lines.join('\n'));
