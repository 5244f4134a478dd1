/**
 * A parser for numbers as Chinese news articles write them: 20万亿, 7.39万, 1658亿, 萬億, 24.68萬,
 * 三十一, 1/7, 四分之一, 五成, 一半, 翻了一番, 5—10, 3至5万, 57.1%, 1.4个百分点, 14000P, 第一, 首位.
 *
 * The data build uses it to prove that each record's `value` is the number its quote states.
 */

/** What kind of number the text writes, which decides how it compares with a unit. */
export type FigureForm = 'number' | 'percent' | 'pp' | 'fraction' | 'multiple' | 'rank';

export interface ParsedFigure {
  form: FigureForm;
  /** The number; for a range, the midpoint. */
  value: number;
  /** Set for ranges only. */
  min?: number;
  max?: number;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const SCALE_CHARS = '十百千万萬亿億';

/** Parses a whole number written in Chinese characters: 三十一 → 31, 两千 → 2000, 十 → 10. */
export function parseChineseInteger(text: string): number {
  if (!text) throw new SyntaxError('empty numeral');
  let total = 0; // completed 万/亿 groups
  let section = 0; // below the current 万/亿
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) throw new SyntaxError(`two digits in a row in "${text}"`);
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!; // a leading 十 means 一十
      digit = null;
    } else if (ch in SCALES) {
      const scale = SCALES[ch]!;
      const group = section + (digit ?? 0);
      // 万亿: a 亿 after a 万 group multiplies everything so far.
      if (group === 0 && total > 0) total *= scale;
      // A bare scale means one of it: 万亿元 is 1万亿元, 万卡 is 10,000 cards.
      else total = (total + (group === 0 ? 1 : group)) * scale;
      section = 0;
      digit = null;
    } else {
      throw new SyntaxError(`"${ch}" is not a Chinese numeral in "${text}"`);
    }
  }
  return total + section + (digit ?? 0);
}

const CN_NUM = `[零〇一二两兩三四五六七八九十百千万萬亿億]+`;
const AR_NUM = String.raw`[-−]?\d[\d,，]*(?:\.\d+)?`;
/** One amount: Arabic or Chinese digits, then any scale characters (万, 亿, 万亿, 千亿). */
const AMOUNT = new RegExp(`^(?:(${AR_NUM})([${SCALE_CHARS}]*)|(${CN_NUM}))(?:多|余|餘|\\+)?$`);

function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/** Parses one amount with its scale: 20万亿 → 2e13, 7.39万 → 73900, 三十一 → 31. */
function parseAmount(text: string): { value: number; scaled: boolean } {
  const m = AMOUNT.exec(text);
  if (!m) throw new SyntaxError(`"${text}" is not a number`);
  const [, arabic, scaleChars = '', chinese] = m;
  if (chinese) return { value: parseChineseInteger(chinese), scaled: /[万萬亿億]/.test(chinese) };
  const value =
    Number(arabic!.replace(/[,，]/g, '').replace('−', '-')) * parseScaleChars(scaleChars);
  return { value, scaled: scaleChars.length > 0 };
}

/** 万 → 1e4, 亿 → 1e8, 万亿 → 1e12, 千亿 → 1e11, 百万 → 1e6. */
function parseScaleChars(chars: string): number {
  let scale = 1;
  for (const ch of chars) scale *= SMALL_UNITS[ch] ?? SCALES[ch] ?? NaN;
  return scale;
}

const RANGE_SEP = /[—–\-~～至到]/;
const SUFFIXES: [RegExp, FigureForm][] = [
  [/(?:个百分点|個百分點)$/, 'pp'],
  [/[%％]$/, 'percent'],
  [/倍$/, 'multiple'],
];

/**
 * Parses the number in a quote's `figure`. Throws a `SyntaxError` naming the text when it is not a
 * number this parser knows; the data build reports that as an error on the record.
 */
export function parseFigure(input: string): ParsedFigure {
  let text = toHalfWidth(input).replace(/^[约約近超逾]/, '');

  // Whole-word forms first.
  if (/^(?:一半|半数|半數)$/.test(text)) return { form: 'fraction', value: 0.5 };
  let m = /^翻了?([一二两兩三四])番$/.exec(text);
  if (m) return { form: 'multiple', value: 2 ** parseChineseInteger(m[1]!) };
  if (/^(?:翻番|翻了?一番|加倍|倍增)$/.test(text)) return { form: 'multiple', value: 2 };
  m = /^(?:首位|首|第(.+?))位?$/.exec(text);
  if (m) return { form: 'rank', value: m[1] ? parseAmount(m[1]).value : 1 };
  m = /^(.+)分之(.+)$/.exec(text);
  if (m) return { form: 'fraction', value: parseAmount(m[2]!).value / parseAmount(m[1]!).value };
  m = /^(\d+)\/(\d+)$/.exec(text);
  if (m) return { form: 'fraction', value: Number(m[1]) / Number(m[2]) };
  m = /^([一二两兩三四五六七八九])成$/.exec(text);
  if (m) return { form: 'fraction', value: parseChineseInteger(m[1]!) / 10 };
  m = /^(\d+(?:\.\d+)?)成$/.exec(text);
  if (m) return { form: 'fraction', value: Number(m[1]) / 10 };

  let form: FigureForm = 'number';
  for (const [re, f] of SUFFIXES) {
    if (re.test(text)) {
      form = f;
      text = text.replace(re, '');
      break;
    }
  }
  // A trailing unit letter such as P (PFLOPS) or G is not part of the number.
  text = text.replace(/[A-Za-z]+$/, '');

  const parts = splitRange(text);
  if (parts) {
    const [a, b] = parts.map((p) => p.replace(/[%％]$/, ''));
    const hi = parseAmount(b!);
    let lo = parseAmount(a!);
    // 3至5万: the scale written once, after the second number, applies to both.
    if (!lo.scaled && hi.scaled) lo = parseAmount(a! + /[十百千万萬亿億]+/.exec(b!)![0]);
    return { form, value: (lo.value + hi.value) / 2, min: lo.value, max: hi.value };
  }
  return { form, value: parseAmount(text).value };
}

/** Splits `5—10` into its two ends; a leading minus sign is not a range. */
function splitRange(text: string): [string, string] | null {
  const i = text.slice(1).search(RANGE_SEP);
  if (i < 0) return null;
  return [text.slice(0, i + 1), text.slice(i + 2)];
}

/** True when two numbers agree to nine significant digits (floating point is not exact for 7.39 × 1e4). */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
