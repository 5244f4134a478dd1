/**
 * The words of <pearl-rank> in three scripts: Chinese ordinals (第一, 第三十一, the same in both
 * scripts), English ordinals (No. 1, 2nd), the position (全国第一 / No. 1 nationwide; 前三 / Top 3),
 * the streak (连续36年 / for 36 years running) and the captions and table labels. DOM-free.
 */
import type { Script } from '@pearl-charts/data/vocab';
import { isChinese, scriptOf, type FormatLocale } from '../format/locale.js';
import { META_SEPARATOR } from '../format/source.js';

/** Whom a rank is among: 全国 / nationwide, 全球 / worldwide, or not said. */
export type Scope = 'national' | 'world' | 'none';

const DIGITS = '零一二三四五六七八九';

/**
 * A positive integer below 10000 in Chinese numerals, the same in both scripts: 1 一, 10 十,
 * 11 十一, 20 二十, 31 三十一, 101 一百零一, 110 一百一十, 1000 一千. Anything else as digits.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 10–19 read 十, 十一 (not 一十一) when the number starts there.
    out += (d === 1 && i === 2 && out === '' ? '' : DIGITS.charAt(d)) + (units[i] ?? '');
  });
  return out;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd. */
export function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const SCOPE_WORD: Record<Scope, Record<Script, string>> = {
  national: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'nationwide' },
  world: { 'zh-Hans': '全球', 'zh-Hant': '全球', en: 'worldwide' },
  none: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
};

/** The position phrase: 全国第一, No. 1 nationwide, 全国前三, top 3 nationwide, 全国前列. */
export function positionText(
  rank: number | null,
  bounded: boolean,
  scope: Scope,
  locale: FormatLocale,
): string {
  const script = scriptOf(locale);
  const where = SCOPE_WORD[scope][script];
  if (isChinese(locale)) {
    if (rank === null) return `${where}前列`;
    return `${where}${bounded ? '前' : '第'}${chineseNumeral(rank)}`;
  }
  const tail = where ? ` ${where}` : '';
  if (rank === null) return `Among the leaders${tail}`;
  return bounded ? `Top ${rank}${tail}` : `No. ${rank}${tail}`;
}

/** The streak phrase: 连续36年 / 連續36年 / for 36 years running. */
export function streakText(years: number, locale: FormatLocale): string {
  const script = scriptOf(locale);
  if (script === 'zh-Hans') return `连续${years}年`;
  if (script === 'zh-Hant') return `連續${years}年`;
  return years === 1 ? 'for 1 year' : `for ${years} years running`;
}

/** The whole reading: 全国第一 · 连续36年 / No. 1 nationwide for 36 years running. */
export function rankSentence(position: string, streak: string | null, locale: FormatLocale) {
  if (!streak) return position;
  return isChinese(locale) ? `${position}${META_SEPARATOR}${streak}` : `${position} ${streak}`;
}

export const TEXTS = {
  peersOf: { 'zh-Hans': '共{of}个', 'zh-Hant': '共{of}個', en: 'Out of {of}' },
  peersCaption: {
    'zh-Hans': '排名（共{of}个）',
    'zh-Hant': '排名（共{of}個）',
    en: 'Place among {of}',
  },
  held: {
    'zh-Hans': '{place}（所处位次）',
    'zh-Hant': '{place}（所處位次）',
    en: '{place} (held)',
  },
  bracket: {
    'zh-Hans': '{place}（前{n}之内）',
    'zh-Hant': '{place}（前{n}之內）',
    en: '{place} (within the top {n})',
  },
  year: {
    'zh-Hans': '{year}年：连续第{step}年',
    'zh-Hant': '{year}年：連續第{step}年',
    en: '{year}: year {step} of the run',
  },
  step: { 'zh-Hans': '连续第{step}年', 'zh-Hant': '連續第{step}年', en: 'Year {step} of the run' },
  yearsCaption: {
    'zh-Hans': '连续{n}年（{span}）',
    'zh-Hant': '連續{n}年（{span}）',
    en: '{n} years in a row, {span}',
  },
  unstated: {
    'zh-Hans': '连续{n}年（原文未列年份）',
    'zh-Hant': '連續{n}年（原文未列年份）',
    en: '{n} years in a row (the source names no years)',
  },
  table: { 'zh-Hans': '数据表', 'zh-Hant': '數據表', en: 'Data table' },
  headRank: { 'zh-Hans': '项目', 'zh-Hant': '項目', en: 'Item' },
  headValue: { 'zh-Hans': '数值', 'zh-Hant': '數值', en: 'Value' },
  rowPosition: { 'zh-Hans': '名次', 'zh-Hant': '名次', en: 'Position' },
  rowOf: { 'zh-Hans': '参与排名', 'zh-Hant': '參與排名', en: 'Ranked' },
  rowStreak: { 'zh-Hans': '连续年数', 'zh-Hant': '連續年數', en: 'Years in a row' },
  rowYears: { 'zh-Hans': '起止年份', 'zh-Hant': '起止年份', en: 'Years' },
  rowLevel: { 'zh-Hans': '所排名的指标', 'zh-Hant': '所排名的指標', en: 'What is ranked' },
} as const satisfies Record<string, Record<Script, string>>;

export function text(
  key: keyof typeof TEXTS,
  locale: FormatLocale,
  params: Record<string, string | number> = {},
) {
  return TEXTS[key][scriptOf(locale)].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
}

/** The place as a label: 第一 in Chinese, 1st in English. */
export function placeLabel(place: number, locale: FormatLocale) {
  return isChinese(locale) ? `第${chineseNumeral(place)}` : ordinalEn(place);
}
