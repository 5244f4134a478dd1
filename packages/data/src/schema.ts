/**
 * The valibot schemas that `data/` must satisfy. The build parses every file with these, so a
 * record with a wrong field fails with the record's id and the field's path.
 */
import * as v from 'valibot';
import { BOUNDS, KINDS, REGIONS, SCRIPTS, STATUSES, TAGS, UNITS } from './vocab.js';

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
);

const date = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
/**
 * When a figure holds:
 * - `2024`, `2024-09`, `2024-09-30`: that year, month or day;
 * - `2012/2022`, `2023-01/2023-09`: a span (growth over a span, a cumulative total);
 * - `as of 2024-12`: a stock counted at that date;
 * - `by 2027`: a target to reach by then;
 * - `before 2025`: at a time the source does not state, earlier than that (原来, "formerly");
 * - `current`: "now", for a host's own figure. Records in `data/` never use it: the article's
 *   "目前" is "as of" its publication date.
 */
export const PERIOD_PATTERN = new RegExp(
  `^(?:${date}(?:/${date})?|(?:as of|by|before) ${date}|current)$`,
);
const period = v.pipe(
  v.string(),
  v.regex(PERIOD_PATTERN, 'must be YYYY[-MM[-DD]], A/B, "as of DATE", "by DATE" or "before DATE"'),
  v.check(
    (p) => p !== 'current',
    'must not be "current": an undated 目前 is "as of" the article\'s date (sources.json)',
  ),
);

export const LabelsSchema = v.strictObject(
  Object.fromEntries(SCRIPTS.map((s) => [s, nonEmpty])) as Record<
    (typeof SCRIPTS)[number],
    typeof nonEmpty
  >,
);

const seedFile = v.pipe(
  v.string(),
  v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must name a file in seeds/'),
);

export const SourceSchema = v.strictObject({
  seed: seedFile,
  /** Who the figures are cited to, in each script: the outlet, or the body that issued the news. */
  outlet: LabelsSchema,
  outletKind: v.picklist(['outlet', 'issuer']),
  title: nonEmpty,
  /** The publication date, in full: a month and day alone is completed from what the article reports. */
  date: v.pipe(v.string(), v.isoDate('must be a full date, YYYY-MM-DD')),
  /** How the date and its year were established. */
  dateNote: nonEmpty,
  url: v.nullable(v.pipe(v.string(), v.url())),
  script: v.picklist(['zh-Hans', 'zh-Hant']),
});

export const QuoteSchema = v.strictObject({
  seed: seedFile,
  /** The shortest verbatim passage of the seed that holds the number and says what it measures. */
  quote: nonEmpty,
  /** Offset of `quote` in the seed, in UTF-16 code units of the file read as UTF-8. */
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The number exactly as the quote writes it: `20万亿`, `57.1%`, `1/7`, `五成`, `翻了一番`, `5—10`. */
  figure: nonEmpty,
});

const id = v.pipe(slug, v.maxLength(80));

/** A measure word in both Chinese scripts, as the sentence writes it. */
export const ClassifierSchema = v.strictObject({ 'zh-Hans': nonEmpty, 'zh-Hant': nonEmpty });

export const ScopeSchema = v.strictObject({
  kind: v.picklist(['company']),
  name: LabelsSchema,
});

export const IndicatorSchema = v.pipe(
  v.strictObject({
    id,
    concept: slug,
    labels: LabelsSchema,
    value: v.pipe(v.number(), v.finite('must be a finite number')),
    min: v.optional(v.pipe(v.number(), v.finite())),
    max: v.optional(v.pipe(v.number(), v.finite())),
    unit: v.picklist(
      Object.keys(UNITS) as (keyof typeof UNITS)[],
      'must be a unit listed in vocab.ts',
    ),
    /** The measure word of a count, as the sentence writes it (required for count units). */
    classifier: v.optional(ClassifierSchema),
    bound: v.picklist(BOUNDS),
    status: v.picklist(STATUSES),
    period,
    region: v.picklist(
      Object.keys(REGIONS) as (keyof typeof REGIONS)[],
      'must be a region listed in vocab.ts',
    ),
    /** One entity's own figure (a company's), not the region's. */
    scope: v.optional(ScopeSchema),
    /** A key for a definition that differs between records of one concept. */
    definition: v.optional(slug),
    kind: v.picklist(KINDS),
    betterWhen: v.optional(v.picklist(['higher', 'lower'])),
    tags: v.pipe(v.array(v.picklist(TAGS, 'must be a tag listed in vocab.ts')), v.minLength(1)),
    source: QuoteSchema,
    /** The same fact in other passages: another article, or a second mention in the same one. */
    corroboration: v.optional(v.pipe(v.array(QuoteSchema), v.minLength(1))),
    /** Other records this one refers to, by id. */
    relations: v.optional(
      v.strictObject({
        /** The level a growth, change, share, rank or streak describes (增长31.2% is "of" the output). */
        of: v.optional(id),
        /** The earlier level a change starts from, when the text gives it. */
        baseline: v.optional(id),
        /** The target an actual is measured against. */
        target: v.optional(id),
        /**
         * The whole a share or a part belongs to: the national total of a Guangdong share (only when
         * a record gives it for the same date), or the larger count a sub-count is part of.
         */
        total: v.optional(id),
      }),
    ),
    /** A reviewer's remark: why a reading was chosen where the text is ambiguous. */
    note: v.optional(nonEmpty),
  }),
  // Attached to `bound` and `min`, so the build names the field rather than the whole record.
  v.forward(
    v.check(
      (r) => (r.bound === 'range') === (r.min !== undefined && r.max !== undefined),
      'bound "range" needs min and max, and only a range has them',
    ),
    ['bound'],
  ),
  v.forward(
    v.check(
      (r) => r.bound !== 'range' || (r.min! < r.max! && r.value === (r.min! + r.max!) / 2),
      'a range needs min < max and value = (min + max) / 2',
    ),
    ['min'],
  ),
  v.forward(
    v.check(
      (r) => (UNITS[r.unit].kind === 'count') === (r.classifier !== undefined),
      'a count needs the classifier its sentence uses ({ "zh-Hans": "家", "zh-Hant": "家" }), and only a count has one',
    ),
    ['classifier'],
  ),
);

/**
 * `data/aliases.json`: ids that once named a record. Published articles embed ids, so an id is
 * never reused: a merged or renamed record's old id points `to` the record that holds the fact now;
 * a removed record's id says why it was `removed`.
 */
export const AliasesSchema = v.record(
  id,
  v.union([
    v.strictObject({ to: id, reason: nonEmpty, since: nonEmpty }),
    v.strictObject({ removed: nonEmpty, since: nonEmpty }),
  ]),
);

/** `data/glossary.json`: one English term for each Chinese statistical term. */
export const GlossarySchema = v.array(
  v.strictObject({
    'zh-Hans': nonEmpty,
    'zh-Hant': nonEmpty,
    en: nonEmpty,
    /** Where the English convention comes from (the National Bureau of Statistics' releases…). */
    convention: nonEmpty,
  }),
);

export type Source = v.InferOutput<typeof SourceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type IndicatorRecord = v.InferOutput<typeof IndicatorSchema>;
export type Aliases = v.InferOutput<typeof AliasesSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossarySchema>[number];
