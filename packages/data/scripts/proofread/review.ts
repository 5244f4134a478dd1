/**
 * Who checked which record, and whether it has changed since: `data/reviews.json` maps a record id
 * to the hash of the record as it was checked. DOM-free and Node-free (WebCrypto), so the CLI and
 * the Storybook page compute the same hashes.
 */

/** One person's check of one record, as `data/reviews.json` holds it. */
export interface Review {
  /** {@link recordHash} of the record when it was checked. */
  hash: string;
  /** Who checked it. */
  by: string;
  /** When, as YYYY-MM-DD (UTC). */
  date: string;
}

/** `data/reviews.json`: record id → its latest review. */
export type Reviews = Record<string, Review>;

/**
 * Where a record stands: `checked` when its review's hash is its current hash, `changed` when it
 * was checked but has changed since, `new` when nobody has checked it.
 */
export type ReviewState = 'checked' | 'changed' | 'new';

/** JSON with every object's keys sorted, at every depth, and no spaces: the text that is hashed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The SHA-256 of a record's canonical JSON (UTF-8), as 64 lower-case hex digits. Any change to
 * any field, at any depth, changes it; reordering keys does not.
 */
export async function recordHash(record: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(record));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every record's hash, by id. */
export async function hashRecords(
  records: readonly { id: string }[],
): Promise<Map<string, string>> {
  const hashes = await Promise.all(records.map((r) => recordHash(r)));
  return new Map(records.map((r, i) => [r.id, hashes[i]!]));
}

/** A record's review, if any (an own entry only: an id such as `constructor` is no review). */
export const reviewFor = (reviews: Reviews, id: string): Review | undefined =>
  Object.hasOwn(reviews, id) ? reviews[id] : undefined;

export function reviewState(review: Review | undefined, hash: string | undefined): ReviewState {
  if (!review) return 'new';
  return review.hash === hash ? 'checked' : 'changed';
}

/**
 * `reviews` with the given records marked as checked by `by` on `date`, at their current hashes.
 * Keys come out sorted so that the file's diffs stay small. Throws on an id without a hash.
 */
export function markReviewed(
  reviews: Reviews,
  ids: readonly string[],
  hashes: ReadonlyMap<string, string>,
  by: string,
  date: string,
): Reviews {
  const next: Reviews = { ...reviews };
  for (const id of ids) {
    const hash = hashes.get(id);
    if (!hash) throw new Error(`no record "${id}" in data/`);
    next[id] = { hash, by, date };
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Checks the parsed `data/reviews.json`; throws naming the first entry that is not a review. */
export function checkReviews(json: unknown): Reviews {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error('must hold an object: record id → { hash, by, date }');
  for (const [id, r] of Object.entries(json)) {
    const ok =
      r !== null &&
      typeof r === 'object' &&
      ['hash', 'by', 'date'].every((k) => typeof (r as Record<string, unknown>)[k] === 'string');
    if (!ok) throw new Error(`${id}: must be { hash, by, date }, all strings`);
  }
  return json as Reviews;
}
