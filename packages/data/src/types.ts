import type { Bound, Kind, Labels, RegionId, Script, Status, Tag, UnitId } from './vocab.js';

/** A measure word in each Chinese script: 家 / 家, 个 / 個, 台(套) / 臺(套). */
export type Classifier = Record<Exclude<Script, 'en'>, string>;

/** What a figure covers when it is not its region as a whole. */
export interface Scope {
  /** `company`: one company's own figure, wherever it was produced. */
  kind: 'company';
  /** The entity, in each script: 比亚迪 / 比亞迪 / BYD. */
  name: Labels;
}

/** An article the figures come from, and how to cite it. */
export interface SourceData<S extends string = string> {
  seed: S;
  /**
   * Who a reader is told the figures come from, in each script: the outlet that published the
   * article (南方日报 / 南方日報 / Nanfang Daily) or, where the article names none, the body that
   * issued the news (the press conference's organiser).
   */
  outlet: Labels;
  /** `outlet` for a newspaper or website; `issuer` for the body behind the news when no outlet is named. */
  outletKind: 'outlet' | 'issuer';
  /** The article's headline as published, or, where the file has none, what it reports (in its script). */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** How the date (and the year, where the article gives only a month and day) was established. */
  dateNote: string;
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
  /**
   * The measure word the sentence counts with, in both Chinese scripts (`{ "zh-Hans": "家",
   * "zh-Hant": "家" }` for 近200家 platforms). Every count record has one; other units have none.
   */
  classifier?: Classifier;
  bound: Bound;
  status: Status;
  /** `2024`, `2023-01/2023-09`, `as of 2024-12`, `by 2027`, or `before 2025` (原来: a time not stated). */
  period: string;
  /** Where the figure holds. A company's own total is not its home region's: see `scope`. */
  region: RegionId;
  /** Set when the figure is one entity's own (a carmaker's global output), not the region's. */
  scope?: Scope;
  /**
   * A key naming the definition when records of one concept measure it differently (another
   * coverage or method); records with different definitions are not comparable.
   */
  definition?: string;
  kind: Kind;
  /** Whether a rise is good news; decides a delta's colour. Absent where it is neutral. */
  betterWhen?: 'higher' | 'lower';
  tags: Tag[];
  source: Quote<S>;
  /** The same fact as other passages report it (another article, or again in the same one). */
  corroboration?: Quote<S>[];
  /** Other records this one refers to: `of` the level it describes, `baseline`, `target`, `total`. */
  relations?: { of?: I; baseline?: I; target?: I; total?: I };
  note?: string;
}

/** What an id that no longer names a record stands for (data/aliases.json). */
export type Alias<I extends string = string> =
  { to: I; reason: string; since: string } | { removed: string; since: string };
