/**
 * Numbers as Chinese and English economic news write them: 20万亿元, 7.39萬家, 20兆元,
 * 165.8 billion yuan, 57.1%, 1.4个百分点, 1/7. DOM-free: imported in Node too.
 *
 * Intl.NumberFormat does the digits (rounding, English grouping). Scale words are ours, because
 * Intl's compact notation is wrong for these sources: it writes 兆 for zh-Hant and "20T" for
 * zh-HK, and rounds 7.39万 to 7.4万.
 */
import type { Bound, Script, UnitId } from '@pearl-charts/data/vocab';
import { isChinese, resolveLocale, scriptOf, type FormatLocale } from './locale.js';
import { unitSpec, type UnitSpec as Unit } from './units.js';

/** What every formatter writes for a value that is not a finite number: an en dash, never "NaN". */
export const NO_VALUE = '–';
/** A real minus sign (U+2212), not the hyphen Intl writes. */
const MINUS = '\u2212';
/** Between the ends of a range: 5–10个, 2012–2022年. */
export const RANGE_DASH = '\u2013';

/**
 * One scale word and the power of ten it stands for. Get one from {@link chooseScale} or
 * {@link scaleSteps}; a step belongs to the locale it was made for (万 is not an English word).
 */
export interface ScaleStep {
  /** The power of ten the number is divided by: 0, 4 (万), 8 (亿), 12 (万亿 / 兆 / trillion), 6, 9. */
  readonly power: number;
  /** What follows the scaled number: '' for none, 万, 億, 兆, billion. */
  readonly word: string;
}

const step = (power: number, word: string): ScaleStep => Object.freeze({ power, word });
const PLAIN = step(0, '');

/**
 * The scale words of each locale, smallest first. Chinese counts in 万 (10^4) and 亿 (10^8);
 * mainland and Hong Kong papers write 10^12 as 万亿 / 萬億, Taiwan as 兆. English starts at a
 * million: 73,900 enterprises, not 73.9 thousand.
 */
const LADDERS: Readonly<Record<FormatLocale, readonly ScaleStep[]>> = {
  'zh-Hans': [PLAIN, step(4, '万'), step(8, '亿'), step(12, '万亿')],
  'zh-Hant': [PLAIN, step(4, '萬'), step(8, '億'), step(12, '萬億')],
  'zh-TW': [PLAIN, step(4, '萬'), step(8, '億'), step(12, '兆')],
  en: [PLAIN, step(6, 'million'), step(9, 'billion'), step(12, 'trillion')],
};

/** The scale steps of a locale (FormatLocale or any BCP 47 tag), smallest (no word) first. */
export function scaleSteps(locale: FormatLocale | string): readonly ScaleStep[] {
  return LADDERS[resolveLocale(locale)];
}

/**
 * A value in base units divided down to a scale step: 1.658e11 at 亿 → 1658. Float noise from the
 * division is removed (1.658e11 / 1e8 is 1658.0000000000002 in binary).
 */
export function scaleNumber(value: number, scale: ScaleStep): number {
  if (scale.power === 0 || !Number.isFinite(value)) return value;
  return Number((value / 10 ** scale.power).toPrecision(15));
}

/** How a number is rounded for display: to significant digits, or to at most N decimals. */
type Rounding = { significant: number } | { fraction: number };

/** Digits before the decimal point (at least 1): 1658 → 4, 7.39 → 1, 0.5 → 1. */
function integerDigits(abs: number): number {
  return abs < 1 ? 1 : Math.trunc(abs).toString().length;
}

/**
 * The default for scaled amounts: up to 4 significant digits (7.39万, 24.68万, 1.5万亿), but never
 * fewer than the whole part has, so an integer is never rounded (1658亿, 73,900, not 1,660亿).
 */
function amountRounding(scaledAbs: number): Rounding {
  return { significant: Math.min(21, Math.max(4, integerDigits(scaledAbs))) };
}

/** Percentages, points, multiples: the data's own decimals, up to 2 (57.1%, 32.0 → 32%). */
const DECIMALS_2: Rounding = { fraction: 2 };
/** A fraction that is not a simple one, shown as a percent with one decimal: 0.143 → 14.3%. */
const DECIMALS_1: Rounding = { fraction: 1 };

/** The rounded number, for deciding whether rounding carried into the next scale word. */
function roundTo(abs: number, rounding: Rounding): number {
  if ('significant' in rounding) return Number(abs.toPrecision(rounding.significant));
  const f = 10 ** rounding.fraction;
  return Math.round(abs * f) / f;
}

/** The locale Intl is asked for; Chinese output is ASCII digits without separators either way. */
const INTL_TAG: Readonly<Record<FormatLocale, string>> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-HK',
  'zh-TW': 'zh-TW',
  en: 'en-US',
};

/** One Intl.NumberFormat per locale and rounding: constructing one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * `foreign` is the BCP 47 tag of a language we have no texts for (de, fr, ja): its own digits,
 * grouping and, with `compact`, its own scale words from Intl (1,5 Mio.), around English words.
 */
function formatter(
  locale: FormatLocale,
  rounding: Rounding,
  foreign?: string,
  compact = false,
): Intl.NumberFormat {
  const tag = foreign ?? INTL_TAG[locale];
  const key =
    'significant' in rounding
      ? `${tag}|s${rounding.significant}|${compact}`
      : `${tag}|f${rounding.fraction}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      // Chinese press writes 1658亿 and 5500家 without a thousands separator.
      useGrouping: !!foreign || !isChinese(locale),
      ...(compact ? { notation: 'compact' as const } : {}),
      ...('significant' in rounding
        ? { maximumSignificantDigits: rounding.significant }
        : { maximumFractionDigits: rounding.fraction }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** The digits of a non-negative number: 1658, 7.39, 73,900 (en); 73.900 (de). */
function digits(abs: number, locale: FormatLocale, rounding: Rounding, foreign?: string): string {
  return formatter(locale, rounding, foreign).format(abs);
}

/**
 * The language of the Pearl element being rendered when it is one we have no texts for (`de`),
 * set by PearlElement around each update: its numbers follow that language, its words English.
 */
let elementNumberLocale: string | null = null;

/** Sets (or, with null, clears) the number language of the element being rendered. */
export function setNumberLocale(tag: string | null): void {
  elementNumberLocale = tag;
}

/** Tags whose language has no texts of ours, canonicalised; null for en, zh and invalid tags. */
const foreignTags = new Map<string, string | null>();

/**
 * The Intl tag for the digits of a language we have no texts for (`de`, `fr-CA`, `ja`), or null
 * for Chinese, English and tags that are not valid.
 */
export function foreignNumberLocale(tag: unknown): string | null {
  if (typeof tag !== 'string' || !tag) return null;
  let found = foreignTags.get(tag);
  if (found === undefined) {
    try {
      const canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? '';
      const language = canonical.split('-')[0];
      found =
        !language ||
        language === 'en' ||
        language === 'zh' ||
        !Intl.NumberFormat.supportedLocalesOf(canonical).length
          ? null
          : canonical;
    } catch {
      found = null;
    }
    if (foreignTags.size < 256) foreignTags.set(tag, found);
  }
  return found;
}

/** How a sign is written: `auto` only for negatives; `always` also + for positives (deltas). */
export type SignDisplay = 'auto' | 'always';

/** Puts a sign on digits formatted from the absolute value; a number that rounds to 0 gets none. */
function signed(text: string, negative: boolean, sign: SignDisplay): string {
  if (!/[1-9]/.test(text)) return text;
  if (negative) return MINUS + text;
  return sign === 'always' ? '+' + text : text;
}

/** The simplest m/n (n ≤ 10) within 1e-6 of a share strictly between 0 and 1: 0.25 → [1, 4]. */
export function simpleFraction(share: number): [number, number] | null {
  if (!(share > 0 && share < 1)) return null;
  // Smallest denominator first, so the fraction found is already in lowest terms (2/4 is 1/2).
  for (let n = 2; n <= 10; n++) {
    const m = Math.round(share * n);
    if (m > 0 && m < n && Math.abs(share - m / n) <= 1e-6) return [m, n];
  }
  return null;
}

/** The bound words, written before the number. */
const BOUND_WORDS: Readonly<Record<FormatLocale, Partial<Record<Bound, string>>>> = {
  'zh-Hans': { over: '超', about: '约', nearly: '近', under: '不足' },
  'zh-Hant': { over: '超', about: '約', nearly: '近', under: '不足' },
  'zh-TW': { over: '超', about: '約', nearly: '近', under: '不足' },
  en: { over: 'over', about: 'about', nearly: 'nearly', under: 'under' },
};

/** Prefixes the bound word: 超20万亿元, over 20 trillion yuan. `exact` and `range` add nothing. */
function withBound(text: string, bound: Bound | undefined, locale: FormatLocale): string {
  // `odd` (30多) is written inside the number by wrap(); where it cannot be, it reads as `over`.
  const word = bound ? BOUND_WORDS[locale][bound === 'odd' ? 'over' : bound] : undefined;
  if (!word) return text;
  return isChinese(locale) ? word + text : `${word} ${text}`;
}

/** A unit the vocabulary does not know (JSON from outside): the bare number. */
const NO_UNIT: Unit = { kind: 'quantity', label: { 'zh-Hans': '', 'zh-Hant': '', en: '' } };

/** The vocabulary's unit or one the host registered (format/units.ts); NO_UNIT otherwise. */
function unitOf(id: string): Unit {
  return unitSpec(id) ?? NO_UNIT;
}

/** Kinds whose numbers take scale words: amounts of money and counts of things. */
function isScalable(unit: Unit): boolean {
  return unit.kind === 'currency' || unit.kind === 'count';
}

/** Kinds written as number + words (元, 家, 个百分点, 年, 毫秒), not as symbols with the number. */
function hasWordedUnit(unit: Unit): boolean {
  return !['fraction', 'percent', 'rank', 'times'].includes(unit.kind);
}

/** What every number of one formatted text shares. */
interface Context {
  locale: FormatLocale;
  unit: Unit;
  /** The measure word the source wrote (家 where the unit says 个), for counts in Chinese. */
  classifier: Partial<Record<Script, string>> | undefined;
  /** The scale step of scalable kinds; PLAIN for the rest. */
  scale: ScaleStep;
  /** From `fractionDigits`, else undefined for each kind's default. */
  rounding: Rounding | undefined;
  sign: SignDisplay;
  /** The bound is `odd` (30多) and this kind writes it inside the text (counts and amounts). */
  odd: boolean;
  suffix: 'all' | 'scale' | 'none';
  /** The Intl tag of a language we have no texts for (de): its digits and compact scale. */
  foreign?: string | undefined;
}

/** One number of a formatted text, signed, without the unit: 7.39 (of 7.39万家), 1/7, 14.3%. */
function numberText(value: number, ctx: Context): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  if (ctx.unit.kind === 'fraction') {
    const fraction = simpleFraction(abs);
    if (fraction) return signed(`${fraction[0]}/${fraction[1]}`, negative, ctx.sign);
    const percent = digits(abs * 100, ctx.locale, ctx.rounding ?? DECIMALS_1, ctx.foreign);
    // 0 of a share is plain 0; anything else that is not a simple fraction reads as a percent.
    return signed(abs === 0 ? percent : percent + '%', negative, ctx.sign);
  }
  if (isScalable(ctx.unit)) {
    const scaled = scaleNumber(abs, ctx.scale);
    const rounding = ctx.rounding ?? amountRounding(scaled);
    // Another language's own scale words (1,5 Mio., 165,8 Mrd.), unless a shared step was given.
    const compact = !!ctx.foreign && ctx.scale.power === 0;
    const text = formatter(ctx.locale, rounding, ctx.foreign, compact).format(scaled);
    return signed(text, negative, ctx.sign);
  }
  return signed(
    digits(abs, ctx.locale, ctx.rounding ?? DECIMALS_2, ctx.foreign),
    negative,
    ctx.sign,
  );
}

/**
 * Puts the scale word and unit around the number(s): 20万亿元, 第1位, 57.1%, 1.4 percentage points,
 * No. 1, 2×. `one` picks the English singular (1 enterprise, 1 percentage point).
 */
function wrap(numbers: string, one: boolean, ctx: Context): string {
  const { unit, locale, scale } = ctx;
  const zh = isChinese(locale);
  const script = scriptOf(locale);
  const label = (unit.kind === 'count' && ctx.classifier?.[script]) || unit.label[script];
  switch (unit.kind) {
    case 'fraction':
      return numbers;
    case 'percent':
      return numbers + '%';
    case 'rank':
      return zh ? `第${numbers}${label}` : `No. ${numbers}`;
    case 'times':
      // English writes multiples as 2×: the vocabulary has no singular for "times", and it fits ticks.
      return zh ? numbers + label : numbers + '×';
    default: {
      const scaleWord = ctx.suffix === 'none' ? '' : scale.word;
      const unitWord = ctx.suffix === 'all' ? label : '';
      // 30多场, 3万多家: the "-odd" word follows the scale word; English writes "30-odd" unscaled.
      if (zh) return numbers + scaleWord + (ctx.odd ? '多' : '') + unitWord;
      const word = one && !scale.word && unitWord ? (unit.enOne ?? label) : unitWord;
      const number = ctx.odd && !scale.word ? numbers + '-odd' : numbers;
      // A registered symbol goes before the number, after its sign: −€1.5 million.
      if (unit.prefix && ctx.suffix === 'all')
        return [number.replace(/^([+\u2212]?)/, `$1${unit.prefix}`), scaleWord]
          .filter(Boolean)
          .join(' ');
      return [number, scaleWord, word].filter(Boolean).join(' ');
    }
  }
}

/** The step a lone scalable value takes: the largest whose number is at least 1 after rounding. */
function stepFor(abs: number, ladder: readonly ScaleStep[], rounding: Rounding | undefined) {
  let i = 0;
  while (i + 1 < ladder.length && abs >= 10 ** ladder[i + 1]!.power) i++;
  // Rounding can carry into the next word: 9999.96万 is 1亿, not 10000万.
  const current = ladder[i]!;
  const next = ladder[i + 1];
  if (next) {
    const scaled = scaleNumber(abs, current);
    const rounded = roundTo(scaled, rounding ?? amountRounding(scaled));
    if (rounded >= 10 ** (next.power - current.power)) return next;
  }
  return current;
}

/**
 * The one scale step a set of values (an axis, a table column) should share, so that 9000亿 never
 * stands beside 1.2万亿: the step of the largest magnitude. [9e11, 1.2e12] in zh-Hans gives 万亿,
 * and the values then read 0.9万亿 and 1.2万亿. Non-finite values are ignored; none left → no word.
 */
export function chooseScale(values: readonly number[], locale: FormatLocale | string): ScaleStep {
  const finite = values.filter((v) => Number.isFinite(v)).map((v) => Math.abs(v));
  if (finite.length === 0) return PLAIN;
  return stepFor(Math.max(...finite), scaleSteps(locale), undefined);
}

/**
 * The scale step a column of values in one unit can state once (单位：万亿元), or null when the
 * values do not share a magnitude. Each value is first given the step it takes alone, as
 * {@link formatValue} would, so the source's scale word survives: [2e13, 1.4e13] → 万亿; but
 * [8400, 1e4] → null, since 8400家 beside 1万家 must not become 0.84万家, and [431000, 3282000] in
 * English → null (431,000 beside 3.282 million, never 0.431 million). Units without scale words
 * (%, 个百分点, 1/7) and values that all stay below the first scale word give the plain step (no
 * word). Zeros and non-finite values are left out: 0 reads the same at every scale.
 */
export function sharedScale(
  values: readonly number[],
  unit: UnitId | string,
  locale: FormatLocale | string,
): ScaleStep | null {
  if (!isScalable(unitOf(unit))) return PLAIN;
  const ladder = scaleSteps(locale);
  let shared: ScaleStep | undefined;
  for (const v of values) {
    if (!isFiniteNumber(v) || v === 0) continue;
    // Steps are the ladder's own frozen objects, so identity is equality.
    const own = stepFor(Math.abs(v), ladder, undefined);
    if (shared && own !== shared) return null;
    shared = own;
  }
  return shared ?? PLAIN;
}

/**
 * The words that follow a number of this unit, with a scale word: 万亿元, 家, 个百分点, trillion
 * yuan, enterprises. What a header states once for a column ({@link FormatValueOptions.suffix}).
 * '' for units written as symbols with their number (%, 1/7, 第1位, No. 1, 2×, 2倍) and for ids
 * outside the vocabulary.
 */
export function unitWords(
  unit: UnitId | string,
  locale: FormatLocale | string,
  scale: ScaleStep = PLAIN,
  classifier?: Partial<Record<Script, string>>,
): string {
  const u = unitOf(unit);
  if (u === NO_UNIT || !hasWordedUnit(u)) return '';
  const resolved = resolveLocale(locale);
  const step = isScalable(u) ? scale : PLAIN;
  const script = scriptOf(resolved);
  const label = (u.kind === 'count' && classifier?.[script]) || u.label[script];
  return isChinese(resolved) ? step.word + label : [step.word, label].filter(Boolean).join(' ');
}

/** Options of {@link formatValue}. */
export interface FormatValueOptions {
  /** The unit of `value` (and `min`/`max`), from the data vocabulary: cny, percent, enterprises. */
  unit: UnitId;
  /** A {@link FormatLocale} or any BCP 47 tag (resolved with `resolveLocale`). */
  locale: FormatLocale | string;
  /** How the source qualifies the number: over → 超 / over, about → 约 / about. Default exact. */
  bound?: Bound;
  /** Ends of a range, in base units, used when `bound` is `range` and both are finite. */
  min?: number;
  max?: number;
  /**
   * The scale step for currency and count units, from {@link chooseScale} for the same locale;
   * default: the step of this value alone. Ignored by the other kinds (57.1% has no 万).
   */
  scale?: ScaleStep;
  /**
   * At most this many decimals after scaling, trailing zeros dropped; replaces the default
   * (up to 4 significant digits for amounts, 2 decimals for percentages and the rest).
   */
  fractionDigits?: number;
  /** `always` writes + before positive numbers, for changes (+11.5%). Default `auto`. */
  sign?: SignDisplay;
  /**
   * The measure word the source used for a count, per Chinese script (`{ 'zh-Hans': '家',
   * 'zh-Hant': '家' }`); default the unit's own (个 for platforms). Ignored for other kinds and English.
   */
  classifier?: Partial<Record<Script, string>> | undefined;
  /**
   * What follows the number, for units written in words (see {@link unitWords}), when a header
   * states the rest once: `all` (default) the scale word and unit, 超20万亿元 / over 20 trillion
   * yuan; `scale` the scale word only, over 20 trillion (header: yuan); `none` neither, 超20
   * (header: 单位：万亿元). Symbols stay with their number whatever this says: 57.1%, 1/7, No. 1.
   */
  suffix?: 'all' | 'scale' | 'none';
}

/** A finite number, with the type narrowed (Number.isFinite never coerces, so a string is false). */
export const isFiniteNumber = Number.isFinite as (v: unknown) => v is number;

/**
 * A value in base units (yuan, %, enterprises) as news text: the bound word, the number with its
 * scale word, and the unit in the locale's script.
 *
 * - zh-Hans: 超20万亿元, 7.39万家, 1658亿元, 5500家, 57.1%, 1.4个百分点, 第1位, 1/7, 3–5万家
 * - zh-Hant: 超20萬億元, 24.68萬臺(套), 1.4個百分點; zh-TW: 20兆元
 * - en: over 20 trillion yuan, 165.8 billion yuan, 73,900 enterprises, 1 enterprise, No. 1, 2×
 *
 * Negatives take a real minus (−3.2%); NaN, ±Infinity, null and undefined give {@link NO_VALUE}.
 */
export function formatValue(value: number, opts: FormatValueOptions): string {
  const locale = resolveLocale(opts.locale);
  const unit = unitOf(opts.unit);
  // A registered unit may count in 万 (scale 4): the number shown is value × 10^scale.
  const factor = 10 ** (unit.scale ?? 0);
  const times = (n: number | undefined) => (factor !== 1 && isFiniteNumber(n) ? n * factor : n);
  value = times(value)!;
  const [min, max] = [times(opts.min), times(opts.max)];
  const rounding = isFiniteNumber(opts.fractionDigits)
    ? { fraction: Math.min(20, Math.max(0, Math.trunc(opts.fractionDigits))) }
    : undefined;
  const ctx: Context = {
    locale,
    unit,
    classifier: opts.classifier,
    scale: PLAIN,
    rounding,
    sign: opts.sign ?? 'auto',
    odd: false,
    suffix: opts.suffix ?? 'all',
    // English words, the digits of a language we have no texts for (lang="de": 1,5 Mio. yuan).
    foreign:
      locale === 'en'
        ? (foreignNumberLocale(opts.locale) ?? elementNumberLocale ?? undefined)
        : undefined,
  };

  if (opts.bound === 'range' && isFiniteNumber(min) && isFiniteNumber(max)) {
    return formatRange(min, max, ctx, opts.scale);
  }
  if (!isFiniteNumber(value)) return NO_VALUE;
  if (isScalable(unit))
    ctx.scale =
      opts.scale ?? (ctx.foreign ? PLAIN : stepFor(Math.abs(value), LADDERS[locale], rounding));
  const number = numberText(value, ctx);
  // English singular for exactly one, whatever the sign: 1 enterprise, +1 percentage point.
  const one = /^[+\u2212]?1$/.test(number);
  // 30多场 / 30-odd events; an English scale word cannot take "-odd" (10.3万多 is "over 103,000").
  ctx.odd =
    opts.bound === 'odd' && isScalable(unit) && (isChinese(locale) || ctx.scale.power === 0);
  return withBound(wrap(number, one, ctx), ctx.odd ? undefined : opts.bound, locale);
}

/** 5–10个, 3–5万家, 5–10 enterprises: one scale word and one unit for both ends. */
function formatRange(min: number, max: number, ctx: Context, scale: ScaleStep | undefined): string {
  if (isScalable(ctx.unit))
    ctx.scale = scale ?? (ctx.foreign ? PLAIN : chooseScale([min, max], ctx.locale));
  return wrap(numberText(min, ctx) + RANGE_DASH + numberText(max, ctx), false, ctx);
}
