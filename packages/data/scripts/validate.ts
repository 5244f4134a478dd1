/**
 * Checks the records of `data/` against the schema and against their seeds. Every problem is
 * reported as `<record id>.<field>: <what is wrong>`; the build prints them all and fails.
 */
import * as v from 'valibot';
import { IndicatorSchema, SourceSchema, type IndicatorRecord, type Source } from '../src/schema.js';
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
}

/**
 * Validates raw JSON (as read from `data/`) against the seeds' texts. Returns the typed dataset
 * and every problem found; the dataset is only safe to use when `problems` is empty.
 */
export function validate(
  rawSources: unknown,
  rawIndicators: unknown[],
  seeds: Record<string, string>,
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

    const text = seeds[r.source.seed];
    if (text === undefined) {
      add('source.seed', `no seed file "${r.source.seed}"`);
      continue;
    }
    if (!sourceSeeds.has(r.source.seed))
      add('source.seed', `"${r.source.seed}" has no entry in data/sources.json`);
    if (text.slice(r.source.offset, r.source.offset + r.source.quote.length) !== r.source.quote) {
      const at = text.indexOf(r.source.quote);
      add(
        'source.offset',
        at < 0
          ? `quote is not in ${r.source.seed}`
          : `quote is not at offset ${r.source.offset} of ${r.source.seed} (it is at ${at})`,
      );
    }
    if (!r.source.quote.includes(r.source.figure))
      add('source.figure', `"${r.source.figure}" is not in the quote`);
    problems.push(...checkValue(r));
    const words = BOUND_WORDS[r.bound];
    if (words && !words.test(r.source.quote.replace(NOT_BOUND_WORDS, '')))
      add('bound', `"${r.bound}" but the quote has no word for it`);
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
  return { dataset: { sources, indicators }, problems };
}
