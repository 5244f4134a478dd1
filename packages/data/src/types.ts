import type { Bound, Kind, Labels, RegionId, Script, Status, Tag, UnitId } from './vocab.js';

/** An article the figures come from, as far as the file itself states it (`null` where it is silent). */
export interface SourceData<S extends string = string> {
  seed: S;
  outlet: string | null;
  title: string | null;
  /** ISO date as far as the article states it: `2025-01-17`, or `--02-05` for a day without a year. */
  date: string | null;
  url: string | null;
  script: Exclude<Script, 'en'>;
}

/** Where a figure was read: the verbatim passage and its position in the seed. */
export interface Quote<S extends string = string> {
  seed: S;
  /** The shortest verbatim passage that holds the number and says what it measures. */
  quote: string;
  /** Offset of `quote` in the seed file, in UTF-16 code units. */
  offset: number;
  /** The number exactly as written in the quote: `20万亿`, `57.1%`, `五成`. */
  figure: string;
}

/** One figure from one article. */
export interface IndicatorData<
  I extends string = string,
  C extends string = string,
  S extends string = string,
> {
  /** Stable, readable, unique: `gd-industrial-output-2024`. */
  id: I;
  /** The measure, shared by the same figure across periods and sources. */
  concept: C;
  /** Short labels in each script. */
  labels: Labels;
  /** The number in base units: 20万亿元 is 20000000000000, 57.1% is 57.1. For a range, the midpoint. */
  value: number;
  /** Ends of a range (`bound: 'range'` only). */
  min?: number;
  max?: number;
  unit: UnitId;
  bound: Bound;
  status: Status;
  /** `2024`, `2023-01/2023-09`, `as of 2024-12`, `by 2027` or `current`. */
  period: string;
  region: RegionId;
  kind: Kind;
  /** Whether a rise is good news; decides a delta's colour. Absent where it is neutral. */
  betterWhen?: 'higher' | 'lower';
  tags: Tag[];
  source: Quote<S>;
  /** Other records this one refers to: `of` the level it describes, `baseline`, `target`, `total`. */
  relations?: { of?: I; baseline?: I; target?: I; total?: I };
  note?: string;
}
