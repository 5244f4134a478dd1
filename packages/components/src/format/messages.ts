/**
 * Every text of the components' UI, in the three scripts. DOM-free: imported in Node too.
 *
 * Placeholders are `{name}`; the params of each key are checked by the type of {@link message}.
 * Numbers go in already formatted (`{percent}` is `84%`, from formatValue), so the digits follow
 * the same rules as everywhere else. Chinese quotes are “” in Simplified and 「」 in Traditional.
 */
import type { Labels } from '@pearl-charts/data/vocab';
import { resolveLocale, scriptOf, type FormatLocale } from './locale.js';

export const MESSAGES = {
  // Status badges. An actual figure has none.
  'status.actual': { 'zh-Hans': '', 'zh-Hant': '', en: '' },
  'status.estimate': { 'zh-Hans': '预计', 'zh-Hant': '預計', en: 'Estimate' },
  'status.target': { 'zh-Hans': '目标', 'zh-Hant': '目標', en: 'Target' },

  // Source line.
  source: { 'zh-Hans': '来源', 'zh-Hant': '來源', en: 'Source' },
  'source.openArticle': { 'zh-Hans': '阅读原文', 'zh-Hant': '閱讀原文', en: 'Read the article' },

  // Chart marks and progress.
  'chart.target': { 'zh-Hans': '目标', 'zh-Hant': '目標', en: 'Target' },
  'chart.baseline': { 'zh-Hans': '基准', 'zh-Hant': '基準', en: 'Baseline' },
  'progress.ofTarget': {
    'zh-Hans': '已完成目标的{percent}',
    'zh-Hant': '已完成目標的{percent}',
    en: '{percent} of target',
  },

  // Errors, shown in place of the chart: each names what to fix.
  'error.noCatalog': {
    'zh-Hans': '未加载指标目录，无法查找“{id}”：请引入 @pearl-charts/components/data。',
    'zh-Hant': '未載入指標目錄，無法查找「{id}」：請引入 @pearl-charts/components/data。',
    en: 'No indicator catalogue is loaded, so "{id}" cannot be looked up: import @pearl-charts/components/data.',
  },
  'error.unknownIndicator': {
    'zh-Hans': '未知指标“{id}”。',
    'zh-Hant': '未知指標「{id}」。',
    en: 'Unknown indicator "{id}".',
  },
  'error.unknownIndicatorSuggest': {
    'zh-Hans': '未知指标“{id}”，是否要找“{suggestion}”？',
    'zh-Hant': '未知指標「{id}」，是否要找「{suggestion}」？',
    en: 'Unknown indicator "{id}". Did you mean "{suggestion}"?',
  },
  'error.malformedJson': {
    'zh-Hans': '{attribute} 属性不是有效的 JSON。',
    'zh-Hant': '{attribute} 屬性不是有效的 JSON。',
    en: 'The {attribute} attribute is not valid JSON.',
  },
  'error.notFinite': {
    'zh-Hans': '{field} 不是有限的数字：“{text}”。',
    'zh-Hant': '{field} 不是有限的數字：「{text}」。',
    en: '{field} is not a finite number: "{text}".',
  },
  'error.missingUnit': {
    'zh-Hans': '缺少单位，无法显示数值。',
    'zh-Hant': '缺少單位，無法顯示數值。',
    en: 'Missing unit: a value cannot be shown without one.',
  },
  'error.unknownUnit': {
    'zh-Hans': '{field} 的单位“{unit}”未知。',
    'zh-Hant': '{field} 的單位「{unit}」未知。',
    en: 'Unknown unit "{unit}" for {field}.',
  },
  'error.mixedUnits': {
    'zh-Hans': '同一坐标轴不能混用单位：{units}。',
    'zh-Hant': '同一座標軸不能混用單位：{units}。',
    en: 'Mixed units on one axis: {units}.',
  },
  'error.missingTarget': {
    'zh-Hans': '缺少目标值，无法显示进度。',
    'zh-Hant': '缺少目標值，無法顯示進度。',
    en: 'Missing target: progress needs a target value.',
  },
} as const satisfies Record<string, Labels>;

export type MessageKey = keyof typeof MESSAGES;

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The params a message takes: `{ percent: string }` for `progress.ofTarget`, `{}` for `source`. */
export type MessageParams<K extends MessageKey> = Record<
  Placeholders<(typeof MESSAGES)[K]['en']>,
  string | number
>;

/** Params are required exactly when the message has placeholders. */
type ParamsArg<K extends MessageKey> = [Placeholders<(typeof MESSAGES)[K]['en']>] extends [never]
  ? [params?: Record<string, never>]
  : [params: MessageParams<K>];

/**
 * The UI text `key` in the script of `locale` (FormatLocale or any BCP 47 tag; zh-TW reads
 * zh-Hant), with `{name}` placeholders filled from `params`:
 * `message('progress.ofTarget', 'en', { percent: '84%' })` → `84% of target`.
 * A placeholder without a param stays visible as `{name}`; an unknown key comes back as itself.
 */
export function message<K extends MessageKey>(
  key: K,
  locale: FormatLocale | string,
  ...[params]: ParamsArg<K>
): string {
  const entry: Labels | undefined = Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined;
  if (!entry) return String(key);
  const template = entry[scriptOf(resolveLocale(locale))];
  const values: Record<string, string | number> = params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The unknown-id error, with “did you mean” when the catalogue knows a close id. */
export function unknownIndicatorMessage(
  id: string,
  suggestion: string | undefined,
  locale: FormatLocale | string,
): string {
  return suggestion
    ? message('error.unknownIndicatorSuggest', locale, { id, suggestion })
    : message('error.unknownIndicator', locale, { id });
}
