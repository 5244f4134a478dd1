/**
 * What a rank shows, computed from a catalogue record or the host's own numbers: pure functions
 * and types, no DOM. "全国第一 · 连续36年": the position among its peers and how many years in a
 * row it has been held. The element maps a {@link RankModel} onto its template.
 *
 * Honesty rules, each with a test (test/components/rank.layout.test.ts):
 * - a streak is counted as its sentence says: 连续36年 in a record of 2024 is the 36 years ending
 *   in 2024, and nothing else; a record of 2025 saying 连续37年 is drawn from its own words;
 * - years are labelled only when the data states the last one (a year period, or the host's
 *   `since`/`period`); a streak "as of" a date is drawn as so many years, unlabelled;
 * - a bounded rank (前三, 前列: "among the top") is drawn as a bracket over the top places, never
 *   as one filled position;
 * - without `of` (how many are ranked) no row of peers is drawn: the position is text alone.
 */
import type { IndicatorData } from '@pearl-charts/data';
import { REGIONS, type Script } from '@pearl-charts/data/vocab';
import { scaleBand } from 'd3-scale';
import { formatIndicator, formatPeriod } from '../format/indicator.js';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { errorMessage, message, unknownIndicatorMessage } from '../format/messages.js';
import { resolveNumber } from '../format/parse.js';
import { META_SEPARATOR } from '../format/source.js';
import {
  chineseNumeral,
  placeLabel,
  positionText,
  rankSentence,
  streakText,
  text,
  type Scope,
} from './rank.texts.js';
import { getCatalog, getViews, lookupIndicator, type Catalog } from '../shared/catalog.js';
import type { DataRow } from '../shared/data-rows.js';
import type { PearlErrorCode } from '../shared/events.js';

export * from './rank.texts.js';

/** The host's inputs as the element holds them; number attributes may arrive as their text. */
export interface RankInput {
  indicator?: string | null;
  /** The position, 1 is first (with `bound="top"`: the top N it is among). */
  rank?: unknown;
  /** How many are ranked (31 provinces); unknown when unset. */
  of?: unknown;
  /** Years in a row the position has been held. */
  streak?: unknown;
  /** The first year of the streak. */
  since?: unknown;
  /** The year of the rank, the last of the streak (`2024`), or any period of the data grammar. */
  period?: string | null;
  /** `exact` (default) or `top`: 前三 / among the top 3; `top` without `rank` is 前列. */
  bound?: string | null;
  /** Whom it is ranked among: `national` (全国), `world` (全球) or `none`. */
  scope?: string | null;
  label?: string | null;
  /** Where the ranked figure applies: a region id (`guangdong`) or text. */
  region?: string | null;
  /** Who the peers are, as text (31个省份 / 31 provinces): the caption of the row of peers. */
  peers?: string | null;
  /** The host's outlet and article date, for the CSV rows. */
  sourceName?: string | null;
  sourceDate?: string | null;
}

/** One of the `of` places in the row of peers. */
export interface PeerMark {
  /** 1 is first. */
  place: number;
  /** Left edge and width, in percent of the row (d3 band scale). */
  x: number;
  width: number;
  /** The one place this figure holds (exact ranks only). */
  held: boolean;
  /** Inside the bracket of a bounded rank (前三: places 1–3), which is drawn as a range. */
  bracket: boolean;
  /** What its tooltip and its accessible name say: 第一 / No. 1 (with “held” words for the held one). */
  text: string;
}

/** One year (or one unlabelled step) of the streak. */
export interface YearMark {
  /** The calendar year, or null when the data does not state which years (an "as of" period). */
  year: number | null;
  /** 1 for the first year of the run. */
  step: number;
  x: number;
  width: number;
  text: string;
}

export interface RankView {
  /** The title: what is ranked (地区生产总值全国排名), the host's `label` first. */
  title: string;
  /** Region and period under the title: 广东 · 2024年; '' when neither is known. */
  where: string;
  /** 全国第一 / 全國第一 / No. 1 nationwide; 全国前三; 全国前列. */
  position: string;
  /** 连续36年 / 連續36年 / for 36 years running; null without a streak. */
  streak: string | null;
  /** The whole reading as one line: 全国第一 · 连续36年 / No. 1 nationwide for 36 years running. */
  sentence: string;
  /** The rank is bounded (前三, 前列): drawn as a bracket, never as one position. */
  bounded: boolean;
  /** 预计 / Estimate when the record is an estimate; null otherwise. */
  badge: string | null;
  /** The level ranked, as text (地区生产总值：14万亿元), when the catalogue links it. */
  level: string | null;
  /** The row of `of` peers; null when `of` is unknown or too many to draw. */
  peers: {
    marks: PeerMark[];
    caption: string;
    /** End labels under the row: first and last place. */
    first: string;
    last: string;
  } | null;
  /** The run of years; null without a streak or when it is too long to draw. */
  years: {
    marks: YearMark[];
    caption: string;
    /** End labels: 1989 and 2024, or null when the years are not stated. */
    first: string | null;
    last: string | null;
  } | null;
  /** What separates position and streak in the headline: ' · ' in Chinese, a space in English. */
  separator: string;
  /** The table equivalent: its toggle's label, header row and body rows, in the reader's script. */
  table: { label: string; head: [string, string]; rows: [string, string][] };
  rows: DataRow[];
  /** The records shown, for the frame's notes and source line. */
  records: IndicatorData[];
}

export type RankModel =
  { ok: true; view: RankView } | { ok: false; code: PearlErrorCode; message: string };

/** At most this many peers are drawn as marks; more are said in text only. */
export const MAX_PEERS = 100;
/** At most this many years are drawn as marks; more are said in text only. */
export const MAX_YEARS = 100;

const fail = (code: PearlErrorCode, text: string): RankModel => ({
  ok: false,
  code,
  message: text,
});
const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/**
 * The row of `of` peers: band positions in percent (d3 `scaleBand`), the held place filled, or
 * for a bounded rank the top `rank` places bracketed and none held.
 */
export function layoutPeers(
  rank: number | null,
  of: number,
  bounded: boolean,
  locale: FormatLocale,
): PeerMark[] {
  const places = Array.from({ length: of }, (_, i) => i + 1);
  const x = scaleBand<number>().domain(places).range([0, 100]).paddingInner(0.25);
  const width = x.bandwidth();
  return places.map((place) => {
    const held = !bounded && place === rank;
    const bracket = bounded && rank !== null && place <= rank;
    const label = placeLabel(place, locale);
    return {
      place,
      x: x(place) ?? 0,
      width,
      held,
      bracket,
      text: held
        ? text('held', locale, { place: label })
        : bracket
          ? text('bracket', locale, {
              place: label,
              n: isChinese(locale) ? chineseNumeral(rank!) : rank!,
            })
          : label,
    };
  });
}

/** The run of `years` year marks ending in `last` (null: years not stated, steps only). */
export function layoutYears(years: number, last: number | null, locale: FormatLocale): YearMark[] {
  const steps = Array.from({ length: years }, (_, i) => i + 1);
  const x = scaleBand<number>().domain(steps).range([0, 100]).paddingInner(0.2);
  const width = x.bandwidth();
  return steps.map((step) => {
    const year = last === null ? null : last - years + step;
    return {
      year,
      step,
      x: x(step) ?? 0,
      width,
      text: year === null ? text('step', locale, { step }) : text('year', locale, { year, step }),
    };
  });
}

/** The calendar year a period names on its own (`2024`), else null (`as of 2024-01-10` is not one). */
export function yearOfPeriod(period: string | null | undefined): number | null {
  const m = /^\s*(\d{4})\s*$/.exec(period ?? '');
  return m ? Number(m[1]) : null;
}

/** Whom a record ranks among, from its Simplified label, else its quote: 全国 / 全球 / 世界. */
export function scopeOf(r: IndicatorData): Scope {
  for (const t of [r.labels['zh-Hans'], r.source.quote]) {
    if (/全球|世界/.test(t)) return 'world';
    if (/全国|全國|中国|中國/.test(t)) return 'national';
  }
  return 'none';
}

/** The numbers a rank is drawn from, already read from the data or the host. */
export interface RankFacts {
  /** Null with `bounded`: 前列, no number. */
  rank: number | null;
  bounded: boolean;
  of: number | null;
  streak: number | null;
  /** The last year of the streak, when stated. */
  last: number | null;
  scope: Scope;
  title: string;
  where: string;
  period: string;
  estimate: boolean;
  level: string | null;
}

/** Checks of the numbers, shared by data and host input; null when they can be drawn. */
function checkFacts(f: RankFacts, label: string): RankModel | null {
  const bad = (field: string, v: number, why: string) =>
    fail('out-of-range', `${field} ${v} ${why} (${label}).`);
  if (f.rank !== null && (!Number.isInteger(f.rank) || f.rank < 1 || f.rank > 9999))
    return bad('rank', f.rank, 'must be a whole number from 1');
  if (f.of !== null && (!Number.isInteger(f.of) || f.of < 1 || f.of > 9999))
    return bad('of', f.of, 'must be a whole number from 1');
  if (f.rank !== null && f.of !== null && f.rank > f.of)
    return bad('rank', f.rank, `is past the last of ${f.of} places`);
  if (f.streak !== null && (!Number.isInteger(f.streak) || f.streak < 1 || f.streak > 9999))
    return bad('streak', f.streak, 'must be a whole number of years from 1');
  return null;
}

/** The view of checked facts. */
export function layoutRankFacts(
  f: RankFacts,
  locale: FormatLocale,
  records: IndicatorData[],
  rows: DataRow[],
): RankModel {
  const checked = checkFacts(f, f.title || 'host');
  if (checked) return checked;
  const position = positionText(f.rank, f.bounded, f.scope, locale);
  const streak = f.streak === null ? null : streakText(f.streak, locale);
  const peers =
    f.of !== null && f.of <= MAX_PEERS
      ? {
          marks: layoutPeers(f.rank, f.of, f.bounded, locale),
          caption: text('peersCaption', locale, { of: f.of }),
          first: '1',
          last: String(f.of),
        }
      : null;
  const years =
    f.streak !== null && f.streak <= MAX_YEARS
      ? {
          marks: layoutYears(f.streak, f.last, locale),
          caption:
            f.last === null
              ? text('unstated', locale, { n: f.streak })
              : text('yearsCaption', locale, {
                  n: f.streak,
                  span: formatPeriod(`${f.last - f.streak + 1}/${f.last}`, locale),
                }),
          first: f.last === null ? null : String(f.last - f.streak + 1),
          last: f.last === null ? null : String(f.last),
        }
      : null;
  const table: [string, string][] = [[text('rowPosition', locale), position]];
  if (f.of !== null) table.push([text('rowOf', locale), text('peersOf', locale, { of: f.of })]);
  if (streak) table.push([text('rowStreak', locale), streak]);
  if (f.streak !== null && f.last !== null) {
    const span = `${f.last - f.streak + 1}/${f.last}`;
    table.push([text('rowYears', locale), formatPeriod(span, locale)]);
  }
  if (f.level) table.push([text('rowLevel', locale), f.level]);
  return {
    ok: true,
    view: {
      title: f.title,
      where: f.where,
      position,
      streak,
      sentence: rankSentence(position, streak, locale),
      bounded: f.bounded,
      badge: f.estimate ? message('status.estimate', locale) : null,
      level: f.level,
      peers,
      years,
      separator: isChinese(locale) ? META_SEPARATOR : ' ',
      table: {
        label: text('table', locale),
        head: [text('headRank', locale), text('headValue', locale)],
        rows: table,
      },
      rows,
      records,
    },
  };
}

/** Host attribute `bound`: `top` for 前三 / 前列. */
function isBounded(bound: unknown) {
  return bound === 'top';
}

const SCOPES: readonly Scope[] = ['national', 'world', 'none'];
const scopeInput = (s: unknown): Scope | null =>
  SCOPES.includes(s as Scope) ? (s as Scope) : null;

/** Region id → name in the reader's script; other text as it is. */
function regionText(region: string | null | undefined, locale: FormatLocale): string {
  if (!present(region)) return '';
  const known = (REGIONS as Record<string, Record<Script, string>>)[region.trim()];
  return known ? known[scriptOf(locale)] : region.trim();
}

const joinWhere = (...parts: string[]) => parts.filter(Boolean).join(META_SEPARATOR);

/** A number attribute read strictly: its value, undefined when unset, or the error for its text. */
function hostNumber(input: RankInput, field: 'rank' | 'of' | 'streak' | 'since') {
  const r = resolveNumber(input[field]);
  if (!r.ok) return fail('not-finite', errorMessage('notFinite', { field, text: r.text }));
  return r.value ?? null;
}

/** Reads `of`, `streak`, `since`, `period` given by the host (also beside an indicator). */
function hostExtras(input: RankInput) {
  const of = hostNumber(input, 'of');
  if (typeof of === 'object' && of !== null) return of;
  const streak = hostNumber(input, 'streak');
  if (typeof streak === 'object' && streak !== null) return streak;
  const since = hostNumber(input, 'since');
  if (typeof since === 'object' && since !== null) return since;
  return { of, streak, since } as {
    of: number | null;
    streak: number | null;
    since: number | null;
  };
}

/**
 * The last year of a streak from what is stated: the period's year, or `since` and the count.
 * Since, count and last year that disagree are an error, never a guess.
 */
function streakYears(
  streak: number | null,
  since: number | null,
  last: number | null,
): { streak: number | null; last: number | null } | RankModel {
  if (since !== null && (!Number.isInteger(since) || since < 1000 || since > 9999))
    return fail('out-of-range', `since ${since} must be a four-digit year.`);
  if (streak === null) {
    // Both ends stated: the count follows from them.
    if (since !== null && last !== null && last >= since) return { streak: last - since + 1, last };
    if (since !== null && last !== null)
      return fail('out-of-range', `since ${since} is after the period ${last}.`);
    return { streak: null, last: null };
  }
  if (since !== null && last !== null && last - since + 1 !== streak)
    return fail(
      'out-of-range',
      `streak ${streak} does not run from ${since} to ${last} (${last - since + 1} years).`,
    );
  if (since !== null) return { streak, last: since + streak - 1 };
  return { streak, last };
}

/** The view of the host's own numbers. */
export function rankFromHost(input: RankInput, locale: FormatLocale): RankModel {
  const rank = hostNumber(input, 'rank');
  if (typeof rank === 'object' && rank !== null) return rank;
  const extras = hostExtras(input);
  if ('ok' in extras) return extras;
  const bounded = isBounded(input.bound);
  if (rank === null && !bounded)
    return fail('missing-value', 'Missing rank: set rank (1 is first), or bound="top" for 前列.');
  const last = yearOfPeriod(input.period);
  const years = streakYears(extras.streak, extras.since, last);
  if ('ok' in years) return years;
  const title = present(input.label) ? input.label : '';
  const period = present(input.period) ? input.period.trim() : '';
  const facts: RankFacts = {
    rank,
    bounded,
    of: extras.of,
    streak: years.streak,
    last: years.last,
    scope: scopeInput(input.scope) ?? 'none',
    title,
    where: joinWhere(regionText(input.region, locale), period ? formatPeriod(period, locale) : ''),
    period,
    estimate: false,
    level: null,
  };
  const row = (label: string, value: number | null, unit: string): DataRow => ({
    label,
    period,
    value,
    unit,
    bound: bounded ? 'top' : 'exact',
    status: 'actual',
    outlet: present(input.sourceName) ? input.sourceName.trim() : '',
    date: present(input.sourceDate) ? input.sourceDate.trim() : '',
    quote: '',
  });
  const rows: DataRow[] = [row(title, rank, 'rank')];
  if (extras.of !== null)
    rows.push(row(present(input.peers) ? input.peers : text('rowOf', locale), extras.of, 'count'));
  if (years.streak !== null) rows.push(row(title, years.streak, 'years'));
  return layoutRankFacts(facts, locale, [], rows);
}

/** The catalogue adapter's interface (rank.catalog.ts registers {@link rankFromIndicator}). */
export interface RankViews {
  fromIndicator: typeof rankFromIndicator;
}

/**
 * The streak of a rank record: a streak whose `relations.of` is the rank itself (2025's records),
 * or a streak of the same level, period and sentence as the rank (2024's: both point at the GDP).
 * Only streaks counted in years; the first found.
 */
export function streakOf(r: IndicatorData, catalog: Catalog): IndicatorData | undefined {
  const years = (s: IndicatorData) => s.kind === 'streak' && s.unit === 'years';
  const own = catalog.describing(r).find(years);
  if (own) return own;
  const level = catalog.related(r, 'of');
  if (!level) return undefined;
  return catalog
    .describing(level)
    .find(
      (s) =>
        years(s) &&
        s.period === r.period &&
        s.region === r.region &&
        s.source.seed === r.source.seed &&
        s.source.offset === r.source.offset,
    );
}

/** A catalogue record as a CSV row. */
function recordRow(r: IndicatorData, catalog: Catalog, locale: FormatLocale): DataRow {
  const src = catalog.source(r.source.seed);
  return {
    label: r.labels[scriptOf(locale)],
    period: r.period,
    value: r.value,
    unit: r.unit,
    bound: r.bound,
    status: r.status,
    outlet: src ? src.outlet[scriptOf(locale)] : '',
    date: src?.date ?? '',
    quote: r.source.quote,
  };
}

/** The view of a rank record of the catalogue, with the host's `of`, `scope`, `label` over it. */
export function rankFromIndicator(
  r: IndicatorData,
  input: RankInput,
  catalog: Catalog,
  locale: FormatLocale,
): RankModel {
  if (r.kind !== 'rank' || r.unit !== 'rank')
    return fail('wrong-kind', `"${r.id}" is a ${r.kind} record, not a rank.`);
  const extras = hostExtras(input);
  if ('ok' in extras) return extras;
  const script = scriptOf(locale);
  const streak = streakOf(r, catalog);
  const level = catalog.related(r, 'of');
  // A bound on a rank (前三) is read as "among the top": never one filled place.
  const bounded = r.bound !== 'exact';
  const rank = r.bound === 'range' ? (r.max ?? r.value) : r.value;
  const last = streak ? yearOfPeriod(streak.period) : null;
  const years = streakYears(streak ? streak.value : extras.streak, extras.since, last);
  if ('ok' in years) return years;
  const records = [r, ...(streak ? [streak] : []), ...(level ? [level] : [])];
  const facts: RankFacts = {
    rank,
    bounded,
    of: extras.of,
    streak: years.streak,
    last: years.last,
    scope: scopeInput(input.scope) ?? scopeOf(r),
    title: present(input.label) ? input.label : r.labels[script],
    where: joinWhere(REGIONS[r.region]?.[script] ?? '', formatPeriod(r.period, locale)),
    period: r.period,
    estimate: r.status === 'estimate',
    level: level
      ? `${level.labels[script]}${isChinese(locale) ? '：' : ': '}${formatIndicator(level, locale)}`
      : null,
  };
  return layoutRankFacts(
    facts,
    locale,
    records,
    records.map((x) => recordRow(x, catalog, locale)),
  );
}

/**
 * Everything `<pearl-rank>` shows, or the error it shows instead: a rank record of the catalogue
 * (`indicator`), or the host's `rank`, `of`, `streak`, `since`.
 */
export function layoutRank(input: RankInput, locale: FormatLocale): RankModel {
  if (present(input.indicator)) {
    const id = input.indicator.trim();
    const found = lookupIndicator(id);
    const catalog = getCatalog();
    const views = getViews<RankViews>('pearl-rank');
    if (!found.ok && found.code === 'unknown-indicator')
      return fail('unknown-indicator', unknownIndicatorMessage(id, found.suggestion));
    if (!found.ok || !catalog || !views)
      return fail('no-catalog', errorMessage('noCatalog', { id }));
    return views.fromIndicator(found.indicator, input, catalog, locale);
  }
  return rankFromHost(input, locale);
}
