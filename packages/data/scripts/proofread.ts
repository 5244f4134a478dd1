/**
 * The proofreading page, and the record of who checked what (see "Proofreading" in the README).
 *
 *   npm run proofread                                write packages/data/dist/proofread.html
 *   npm run proofread -- --mark <id…> --by <name>    mark these records checked as they are now
 *   npm run proofread -- --mark-all --by <name>      mark every record checked
 *
 * Marking writes data/reviews.json (record id → hash of the record, who, when), then the page.
 * `--reviews <file>` and `--out <file>` read and write elsewhere (for tests). Reads data/ as it
 * is, without the build's validation, so a record with a misplaced quote is shown with its problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRaw, ROOT } from './load.js';
import { proofreadInput } from './proofread/input.js';
import { proofreadDocument } from './proofread/page.js';
import { markReviewed, reviewFor, reviewState } from './proofread/review.js';

function fail(message: string): never {
  console.error(`proofread: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  options: {
    mark: { type: 'boolean', default: false },
    'mark-all': { type: 'boolean', default: false },
    by: { type: 'string' },
    reviews: { type: 'string', default: join(ROOT, 'data', 'reviews.json') },
    out: { type: 'string', default: join(ROOT, 'packages', 'data', 'dist', 'proofread.html') },
  },
  allowPositionals: true,
});
if (positionals.length && !values.mark) fail(`ids given without --mark: ${positionals.join(' ')}`);
if (values.mark && !positionals.length) fail('--mark needs at least one record id');
const marking = values.mark || values['mark-all'];
const by = values.by?.trim();
if (marking && !by) fail('say who checked the records: --by <name>');

const reviewsFile = resolve(values.reviews!);
const input = await (async () => {
  try {
    const reviews: unknown = JSON.parse(readFileSync(reviewsFile, 'utf8'));
    return await proofreadInput({ ...loadRaw(), reviews });
  } catch (e) {
    fail((e as Error).message);
  }
})();
const { records, hashes } = input;

if (marking) {
  const ids = values['mark-all'] ? records.map((r) => r.id) : positionals;
  const unknown = ids.filter((id) => !hashes.has(id));
  if (unknown.length) fail(`no such record: ${unknown.join(', ')}`);
  const today = new Date().toISOString().slice(0, 10);
  input.reviews = markReviewed(input.reviews, ids, hashes, by!, today);
  writeFileSync(reviewsFile, JSON.stringify(input.reviews, null, 2) + '\n');
  console.log(`Marked ${ids.length} record(s) as checked by ${by} on ${today} in ${reviewsFile}`);
}

const out = resolve(values.out!);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, proofreadDocument(input));
const unchecked = records.filter(
  (r) => reviewState(reviewFor(input.reviews, r.id), hashes.get(r.id)) !== 'checked',
).length;
console.log(`${records.length} records, ${unchecked} not checked since last change. Open:\n${out}`);
