/**
 * The view's input from data/ as read (JSON that has not been through the build's validation):
 * shared by the CLI, which reads files, and the story, which imports them.
 */
import type { ProofreadInput, ProofRecord, ProofSource } from './page.js';
import { checkReviews, hashRecords } from './review.js';

const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/** A record the page can place: a string id and a source with seed, quote and offset. */
function isProofRecord(x: unknown): x is ProofRecord {
  if (!isObject(x) || typeof x.id !== 'string' || !isObject(x.source)) return false;
  const { seed, quote, offset } = x.source;
  return typeof seed === 'string' && typeof quote === 'string' && typeof offset === 'number';
}

export interface RawData {
  /** Every record of data/indicators/*.json, files in name order. */
  indicators: readonly unknown[];
  /** data/sources.json. */
  sources: unknown;
  /** Seed file name → text. */
  seeds: Readonly<Record<string, string>>;
  /** data/reviews.json. */
  reviews: unknown;
}

/**
 * Checks the shapes the page relies on and hashes every record. Throws when a record has no id
 * or source (the build names the field) or reviews.json is not a map of reviews.
 */
export async function proofreadInput(raw: RawData): Promise<ProofreadInput> {
  const records = raw.indicators.filter(isProofRecord);
  const bad = raw.indicators.length - records.length;
  if (bad) throw new Error(`${bad} record(s) lack an id or a source; run the build to see which`);
  const sources = (Array.isArray(raw.sources) ? raw.sources : []).filter(
    (s): s is ProofSource => isObject(s) && typeof s.seed === 'string',
  );
  const reviews = checkReviews(raw.reviews);
  return { records, sources, seeds: raw.seeds, reviews, hashes: await hashRecords(records) };
}
