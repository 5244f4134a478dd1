/**
 * Checks the records of `data/` against the schema and against their seeds. Every problem is
 * reported as `<record id>.<field>: <what is wrong>`; the build prints them all and fails.
 */
import * as v from 'valibot';
import {
  AliasesSchema,
  GlossarySchema,
  IndicatorSchema,
  SourceSchema,
  type Aliases,
  type GlossaryEntry,
  type IndicatorRecord,
  type Quote,
  type Source,
} from '../src/schema.js';
import { parseFigure, sameNumber, type ParsedFigure } from '../src/numerals.js';
import { UNITS, type UnitKind } from '../src/vocab.js';

export interface DataProblem {
  record: string;
  field: string;
  message: string;
}

export const formatProblem = (p: DataProblem): string => `${p.record}.${p.field}: ${p.message}`;

/** Words that must appear in a quote for each bound; a quote without one is mislabelled. */
export const BOUND_WORDS: Record<string, RegExp> = {
  over: /超|突破|以上|不少于|不少於|不低于|不低於|多|逾|余|餘|高于|高於|\+|大于|大於|至少|迈上|邁上/,
  about: /约|約|左右|上下/,
  nearly: /近|接近|将近|將近|逼近|几乎|幾乎/,
  under: /不足|不到|以下|低于|低於|少于|少於|以内|以內/,
};

/**
 * What may follow a count's figure in its quote: its classifier (近200家 → 家), or 大 for "the N
 * major X" (八大行动, 20大战略性产业集群), which takes no measure word, so the record keeps the
 * thing's usual one (个 / 項).
 */
export function classifierProblem(
  r: IndicatorRecord,
  script: 'zh-Hans' | 'zh-Hant',
): string | null {
  if (!r.classifier) return null;
  const { quote, figure } = r.source;
  const after = quote.slice(quote.indexOf(figure) + figure.length);
  const written = r.classifier[script];
  if (after.startsWith(written) || after.startsWith('大')) return null;
  return `"${written}" is not what follows "${figure}" in the quote ("${after.slice(0, 4)}…")`;
}

/** A figure written with a trailing 多 / 余 / 餘 (30多, 430余): "30-odd", bound `odd`. */
export const ODD_FIGURE = /[多余餘]$/;

/** Terms that hold a bound word without bounding a number: 规模以上 (above designated size), 10G PON及以上. */
export const NOT_BOUND_WORDS = /规模以上|規模以上|及以上/g;

/** Multiplier from a parsed figure's form to the unit's own scale, or null when they cannot match. */
function formScale(form: ParsedFigure['form'], unit: UnitKind): number | null {
  switch (unit) {
    case 'percent':
      return form === 'percent' ? 1 : form === 'fraction' ? 100 : null;
    case 'pp':
      return form === 'pp' || form === 'number' ? 1 : null;
    case 'fraction':
      return form === 'fraction' ? 1 : form === 'percent' ? 0.01 : null;
    case 'times':
      return form === 'multiple' || form === 'number' ? 1 : null;
    case 'rank':
      return form === 'rank' || form === 'number' ? 1 : null;
    default:
      return form === 'number' ? 1 : null;
  }
}

export function checkValue(r: IndicatorRecord): DataProblem[] {
  const problem = (field: string, message: string) => [{ record: r.id, field, message }];
  let parsed: ParsedFigure;
  try {
    parsed = parseFigure(r.source.figure);
  } catch (e) {
    return problem('source.figure', (e as Error).message);
  }
  const scale = formScale(parsed.form, UNITS[r.unit].kind);
  if (scale === null) {
    return problem(
      'unit',
      `"${r.source.figure}" is a ${parsed.form}, which does not fit unit "${r.unit}"`,
    );
  }
  if (!sameNumber(r.value, parsed.value * scale)) {
    return problem(
      'value',
      `${r.value} disagrees with "${r.source.figure}" in the quote (${parsed.value * scale})`,
    );
  }
  if (parsed.min !== undefined && r.bound !== 'range') {
    return problem('bound', `"${r.source.figure}" is a range, so bound must be "range"`);
  }
  if (
    parsed.min !== undefined &&
    (!sameNumber(r.min!, parsed.min * scale) || !sameNumber(r.max!, parsed.max! * scale))
  ) {
    return problem('min', `min/max ${r.min}/${r.max} disagree with "${r.source.figure}"`);
  }
  return [];
}

export interface Dataset {
  sources: Source[];
  indicators: IndicatorRecord[];
  aliases: Aliases;
  glossary: GlossaryEntry[];
}

/** Problems of one quote against its seed: present, at its offset, holding its figure. */
function quoteProblems(
  q: Quote,
  seeds: Record<string, string>,
  sourceSeeds: Set<string>,
  add: (field: string, message: string) => void,
  field: string,
): boolean {
  const text = seeds[q.seed];
  if (text === undefined) {
    add(`${field}.seed`, `no seed file "${q.seed}"`);
    return false;
  }
  if (!sourceSeeds.has(q.seed))
    add(`${field}.seed`, `"${q.seed}" has no entry in data/sources.json`);
  if (text.slice(q.offset, q.offset + q.quote.length) !== q.quote) {
    const at = text.indexOf(q.quote);
    add(
      `${field}.offset`,
      at < 0
        ? `quote is not in ${q.seed}`
        : `quote is not at offset ${q.offset} of ${q.seed} (it is at ${at})`,
    );
  }
  if (!q.quote.includes(q.figure)) add(`${field}.figure`, `"${q.figure}" is not in the quote`);
  return true;
}

/**
 * Validates raw JSON (as read from `data/`) against the seeds' texts. Returns the typed dataset
 * and every problem found; the dataset is only safe to use when `problems` is empty.
 */
export function validate(
  rawSources: unknown,
  rawIndicators: unknown[],
  seeds: Record<string, string>,
  extra: { aliases?: unknown; glossary?: unknown } = {},
): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const issuePath = (issue: v.BaseIssue<unknown>) =>
    issue.path?.map((p) => String(p.key)).join('.') ?? '(record)';

  const sources: Source[] = [];
  for (const [i, raw] of (Array.isArray(rawSources) ? rawSources : []).entries()) {
    const res = v.safeParse(SourceSchema, raw);
    if (res.success) sources.push(res.output);
    else
      for (const issue of res.issues)
        problems.push({ record: `sources[${i}]`, field: issuePath(issue), message: issue.message });
  }
  const sourceSeeds = new Set(sources.map((s) => s.seed));

  const indicators: IndicatorRecord[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of rawIndicators.entries()) {
    const name = (raw as { id?: unknown })?.id;
    const record = typeof name === 'string' ? name : `indicators[${i}]`;
    const res = v.safeParse(IndicatorSchema, raw);
    if (!res.success) {
      for (const issue of res.issues)
        problems.push({ record, field: issuePath(issue), message: issue.message });
      continue;
    }
    const r = res.output;
    const add = (field: string, message: string) => problems.push({ record: r.id, field, message });
    if (seen.has(r.id)) add('id', 'duplicate id');
    seen.add(r.id);
    indicators.push(r);

    if (!quoteProblems(r.source, seeds, sourceSeeds, add, 'source')) continue;
    problems.push(...checkValue(r));
    const words = BOUND_WORDS[r.bound];
    if (words && !words.test(r.source.quote.replace(NOT_BOUND_WORDS, '')))
      add('bound', `"${r.bound}" but the quote has no word for it`);
    if (ODD_FIGURE.test(r.source.figure) !== (r.bound === 'odd'))
      add(
        'bound',
        r.bound === 'odd'
          ? `"odd" needs a figure ending in 多 / 余 ("${r.source.figure}")`
          : `"${r.source.figure}" is a 30-odd figure, so bound must be "odd"`,
      );
    const script = sources.find((s) => s.seed === r.source.seed)?.script;
    const classifier = script ? classifierProblem(r, script) : null;
    if (classifier) add('classifier', classifier);
    for (const [i, q] of (r.corroboration ?? []).entries()) {
      const field = `corroboration.${i}`;
      if (!quoteProblems(q, seeds, sourceSeeds, add, field)) continue;
      const other = checkValue({ ...r, source: q });
      for (const p of other) add(`${field}.figure`, p.message);
      if (q.seed === r.source.seed && q.offset === r.source.offset)
        add(field, "repeats the record's own source");
    }
  }

  const byId = new Map(indicators.map((r) => [r.id, r]));
  const unitOfConcept = new Map<string, string>();
  for (const r of indicators) {
    for (const [rel, target] of Object.entries(r.relations ?? {})) {
      const other = byId.get(target);
      const add = (message: string) =>
        problems.push({ record: r.id, field: `relations.${rel}`, message });
      if (!other) add(`no record "${target}"`);
      else if (other === r) add('a record cannot relate to itself');
      else if (rel === 'target' && other.status !== 'target') add(`"${target}" is not a target`);
      else if (rel === 'target' && other.concept !== r.concept)
        add(`"${target}" measures "${other.concept}", not "${r.concept}"`);
    }
    const unit = unitOfConcept.get(r.concept);
    if (unit === undefined) unitOfConcept.set(r.concept, r.unit);
    else if (unit !== r.unit)
      problems.push({
        record: r.id,
        field: 'unit',
        message: `concept "${r.concept}" is in "${unit}" elsewhere`,
      });
  }

  let aliases: Aliases = {};
  if (extra.aliases !== undefined) {
    const res = v.safeParse(AliasesSchema, extra.aliases);
    if (!res.success)
      for (const issue of res.issues)
        problems.push({ record: 'aliases.json', field: issuePath(issue), message: issue.message });
    else aliases = res.output;
  }
  for (const [old, alias] of Object.entries(aliases)) {
    const add = (field: string, message: string) => problems.push({ record: old, field, message });
    if (byId.has(old)) add('alias', 'is an alias and a record id at once: ids are never reused');
    if ('to' in alias && !byId.has(alias.to)) add('alias.to', `no record "${alias.to}"`);
  }

  let glossary: GlossaryEntry[] = [];
  if (extra.glossary !== undefined) {
    const res = v.safeParse(GlossarySchema, extra.glossary);
    if (!res.success)
      for (const issue of res.issues)
        problems.push({ record: 'glossary.json', field: issuePath(issue), message: issue.message });
    else glossary = res.output;
  }
  return { dataset: { sources, indicators, aliases, glossary }, problems };
}
