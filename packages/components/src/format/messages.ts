/**
 * Every text of the components' UI, in the three scripts, and the problems their error state
 * names, in English (see {@link ERRORS}). DOM-free: imported in Node too.
 *
 * Placeholders are `{name}`; the params of each key are checked by the type of {@link message}.
 * Numbers go in already formatted (`{percent}` is `84%`, from formatValue), so the digits follow
 * the same rules as everywhere else.
 */
import { getCatalog } from '../shared/catalog.js';
import type { Labels } from '@pearl-charts/data/vocab';
import { resolveLocale, scriptOf, type FormatLocale } from './locale.js';

export const MESSAGES = {
  // Status badges. An actual figure has none.
  'status.estimate': { 'zh-Hans': '预计', 'zh-Hant': '預計', en: 'Estimate' },
  'status.target': { 'zh-Hans': '目标', 'zh-Hant': '目標', en: 'Target' },

  // Source line.
  source: { 'zh-Hans': '来源', 'zh-Hant': '來源', en: 'Source' },
  /** The lead of a source line that lists several articles (the same fact, or several records). */
  'source.count': { 'zh-Hans': '{count}个来源', 'zh-Hant': '{count}個來源', en: '{count} sources' },
  'source.openArticle': { 'zh-Hans': '阅读原文', 'zh-Hant': '閱讀原文', en: 'Read the article' },

  // "Get the data": the footer control that downloads what the widget shows as CSV, and the CSV's
  // header row (shared/csv.ts).
  'data.download': { 'zh-Hans': '下载数据', 'zh-Hant': '下載數據', en: 'Get the data' },
  'data.label': { 'zh-Hans': '指标', 'zh-Hant': '指標', en: 'Label' },
  'data.period': { 'zh-Hans': '时期', 'zh-Hant': '時期', en: 'Period' },
  'data.value': { 'zh-Hans': '数值', 'zh-Hant': '數值', en: 'Value' },
  'data.unit': { 'zh-Hans': '单位', 'zh-Hant': '單位', en: 'Unit' },
  'data.bound': { 'zh-Hans': '限定', 'zh-Hant': '限定', en: 'Bound' },
  'data.status': { 'zh-Hans': '状态', 'zh-Hant': '狀態', en: 'Status' },
  'data.outlet': { 'zh-Hans': '来源', 'zh-Hant': '來源', en: 'Source' },
  'data.date': { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
  'data.quote': { 'zh-Hans': '原文', 'zh-Hant': '原文', en: 'Quote' },

  // Notes under the chart: caveats read from a record, footnote style.
  note: { 'zh-Hans': '注', 'zh-Hant': '註', en: 'Note' },
  notes: { 'zh-Hans': '注', 'zh-Hant': '註', en: 'Notes' },
  'note.company': {
    'zh-Hans': '{name}全公司数据，非地区统计',
    'zh-Hant': '{name}全公司數據，非地區統計',
    en: 'Company-wide figure ({name}), not a regional statistic',
  },
  'note.undated': {
    'zh-Hans': '原文未注明时间',
    'zh-Hant': '原文未註明時間',
    en: 'The source does not give a date',
  },
  /** Before the unit in a table caption: 单位：万亿元. */
  unit: { 'zh-Hans': '单位', 'zh-Hant': '單位', en: 'Unit' },

  // Chart marks and progress.
  'chart.target': { 'zh-Hans': '目标', 'zh-Hant': '目標', en: 'Target' },
  'chart.baseline': { 'zh-Hans': '基准', 'zh-Hant': '基準', en: 'Baseline' },
  'progress.ofTarget': {
    'zh-Hans': '已完成目标的{percent}',
    'zh-Hant': '已完成目標的{percent}',
    en: '{percent} of target',
  },

  // What a reader sees instead of a chart that cannot be drawn: one quiet line.
  'error.unavailable': {
    'zh-Hans': '图表暂不可用',
    'zh-Hant': '圖表暫不可用',
    en: 'Chart unavailable',
  },
  // The heading of the `debug` error box; the problem itself follows in English (ERRORS).
  'error.heading': {
    'zh-Hans': '图表无法显示',
    'zh-Hant': '圖表無法顯示',
    en: 'This chart cannot be shown',
  },
} as const satisfies Record<string, Labels>;

/**
 * The problems the error state names, for whoever set the widget up. They are in English on every
 * page: they name attributes, ids and JSON, which are English anyway, and one wording on every
 * page keeps the `pearl-error` messages a site logs comparable. Readers never see them: they get
 * `error.unavailable` in their own script; the `debug` attribute shows the problem under the
 * heading `error.heading`.
 */
export const ERRORS = {
  noCatalog:
    'No indicator catalogue is loaded, so "{id}" cannot be looked up: import @pearl-charts/components/data.',
  unknownIndicator: 'Unknown indicator "{id}".',
  unknownIndicatorSuggest: 'Unknown indicator "{id}". Did you mean "{suggestion}"?',
  removedIndicator: 'Indicator "{id}" was removed from the data: {reason}',
  malformedJson: 'The {attribute} attribute is not valid JSON.',
  notFinite: '{field} is not a finite number: "{text}".',
  missingUnit: 'Missing unit: a value cannot be shown without one.',
  unknownUnit: 'Unknown unit "{unit}" for {field}.',
  mixedUnits: 'Mixed units on one axis: {units}.',
  missingTarget: 'Missing target: progress needs a target value.',
} as const;

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

/** Params are required exactly when the text has placeholders. */
type ParamsOf<S extends string> = [Placeholders<S>] extends [never]
  ? [params?: Record<string, never>]
  : [params: Record<Placeholders<S>, string | number>];

export type ErrorKey = keyof typeof ERRORS;

/** `{name}` placeholders filled from `values`; one without a value stays visible. */
function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The UI text `key` in the script of `locale` (FormatLocale or any BCP 47 tag; zh-TW reads
 * zh-Hant), with `{name}` placeholders filled from `params`:
 * `message('progress.ofTarget', 'en', { percent: '84%' })` → `84% of target`.
 * A placeholder without a param stays visible as `{name}`; an unknown key comes back as itself.
 */
export function message<K extends MessageKey>(
  key: K,
  locale: FormatLocale | string,
  ...[params]: ParamsOf<(typeof MESSAGES)[K]['en']>
): string {
  const entry: Labels | undefined = Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined;
  return entry ? fill(entry[scriptOf(resolveLocale(locale))], params) : String(key);
}

/**
 * The problem `key` with its placeholders filled:
 * `errorMessage('notFinite', { field: 'value', text: 'abc' })` → `value is not a finite number: "abc".`
 */
export function errorMessage<K extends ErrorKey>(
  key: K,
  ...[params]: ParamsOf<(typeof ERRORS)[K]>
): string {
  return fill(ERRORS[key], params);
}

/** The unknown-id error, with "did you mean" when the catalogue knows a close id. */
export function unknownIndicatorMessage(id: string, suggestion: string | undefined): string {
  // An id that published articles embed but the data no longer holds says why, not "did you mean".
  const reason = getCatalog()?.removed?.(id);
  if (reason) return errorMessage('removedIndicator', { id, reason });
  return suggestion
    ? errorMessage('unknownIndicatorSuggest', { id, suggestion })
    : errorMessage('unknownIndicator', { id });
}
