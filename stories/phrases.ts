/**
 * The stories' own texts (headings, labels, context lines, outlet names) in the three scripts, so a
 * story reads in the toolbar's language. Args hold the Simplified text, the toolbar's default; the
 * preview's decorator swaps an arg that is one of these phrases (or a JSON `items` list whose labels
 * are) for the phrase in the story's language. Text typed into a control is left as typed.
 * Quotes from a source (`source-text`) are never translated: they stay in the article's script.
 */
import { resolveLocale, scriptOf } from '../packages/components/src/format.js';

export const PHRASES: Record<string, { 'zh-Hant': string; en: string }> = {
  实际: { 'zh-Hant': '實際', en: 'Actual' },
  区间: { 'zh-Hant': '區間', en: 'Range' },
  预计: { 'zh-Hant': '預計', en: 'Estimate' },
  目标: { 'zh-Hant': '目標', en: 'Target' },
  目标区间: { 'zh-Hant': '目標區間', en: 'Target range' },
  广东经济总量: { 'zh-Hant': '廣東經濟總量', en: "Guangdong's economic output" },
  '举办或参与的国内展会（示例：实际数为虚构）': {
    'zh-Hant': '舉辦或參與的國內展會（示例：實際數為虛構）',
    en: 'Domestic trade fairs held or attended (example: the actual is made up)',
  },
  '新增“小升规”企业（示例：实际数为虚构）': {
    'zh-Hant': '新增「小升規」企業（示例：實際數為虛構）',
    en: 'Enterprises newly upgraded to above designated size (example: the actual is made up)',
  },
  '示例（虚构数字）': { 'zh-Hant': '示例（虛構數字）', en: 'Example (made-up numbers)' },
  '增速（虚构数字）': { 'zh-Hant': '增速（虛構數字）', en: 'Growth (made-up numbers)' },
  '示例（虚构数字）：完成数字化转型并接入工业互联网平台的规模以上工业企业，按年末累计口径统计': {
    'zh-Hant':
      '示例（虛構數字）：完成數字化轉型並接入工業互聯網平臺的規模以上工業企業，按年末累計口徑統計',
    en: 'Example (made-up numbers): industrial enterprises above designated size that completed their digital transformation and joined an industrial internet platform, cumulative at year end',
  },
  南方日报: { 'zh-Hant': '南方日報', en: 'Nanfang Daily' },
  工业技术改造投资: {
    'zh-Hant': '工業技術改造投資',
    en: 'Industrial technological transformation investment',
  },
  连续24个月保持两位数增长: {
    'zh-Hant': '連續24個月保持兩位數增長',
    en: 'Double-digit growth for 24 months in a row',
  },
  机器人产量: { 'zh-Hant': '機器人產量', en: 'Robot output' },
  '占全国44%': { 'zh-Hant': '佔全國44%', en: "44% of China's total" },
  '城镇调查失业率（虚构数字）': {
    'zh-Hant': '城鎮調查失業率（虛構數字）',
    en: 'Surveyed urban unemployment rate (made-up numbers)',
  },
  '出口额（虚构数字）': { 'zh-Hant': '出口額（虛構數字）', en: 'Exports (made-up numbers)' },
  '在建项目（虚构数字）': {
    'zh-Hant': '在建項目（虛構數字）',
    en: 'Projects under construction (made-up numbers)',
  },
  先进制造业占比: {
    'zh-Hant': '先進製造業佔比',
    en: 'Advanced manufacturing, share of industrial value added',
  },
  '人工智能核心产业规模（含大模型、智能算力、行业应用与相关软硬件服务）': {
    'zh-Hant': '人工智能核心產業規模（含大模型、智能算力、行業應用與相關軟硬件服務）',
    en: 'Size of the core AI industry (large models, intelligent computing, industry applications and related software and hardware services)',
  },
  广东占全国的比重: { 'zh-Hant': '廣東佔全國的比重', en: "Guangdong's share of China's total" },
  广东2024年经济规模: { 'zh-Hant': '廣東2024年經濟規模', en: "Guangdong's economy in 2024" },
  广东人工智能创新平台: {
    'zh-Hant': '廣東人工智能創新平臺',
    en: "Guangdong's AI innovation platforms",
  },
  全国重点实验室: { 'zh-Hant': '全國重點實驗室', en: 'State key laboratories' },
  先进制造业: { 'zh-Hant': '先進製造業', en: 'Advanced manufacturing' },
  高技术制造业: { 'zh-Hant': '高技術製造業', en: 'High-tech manufacturing' },
  规上工业增加值: {
    'zh-Hant': '規上工業增加值',
    en: 'value added of industrial enterprises above designated size',
  },
  '规上工业增加值构成（示例）': {
    'zh-Hant': '規上工業增加值構成（示例）',
    en: 'Value added of large industrial firms (example)',
  },
  全国: { 'zh-Hant': '全國', en: 'the national total' },
  广东: { 'zh-Hant': '廣東', en: 'Guangdong' },
  制造业: { 'zh-Hant': '製造業', en: 'Manufacturing' },
  服务业: { 'zh-Hant': '服務業', en: 'Services' },
  农业: { 'zh-Hant': '農業', en: 'Agriculture' },
  '示例：三个部分均为约数': {
    'zh-Hant': '示例：三個部分均為約數',
    en: 'Example: three approximate parts',
  },
  粤港澳联合实验室: {
    'zh-Hant': '粵港澳聯合實驗室',
    en: 'Guangdong–Hong Kong–Macao joint laboratories',
  },
};

/** `text` in the script of `locale` when it is a phrase, else `text` unchanged. */
export function phrase(text: string, locale: string): string {
  const script = scriptOf(resolveLocale(locale));
  const entry = Object.hasOwn(PHRASES, text) ? PHRASES[text] : undefined;
  return entry && script !== 'zh-Hans' ? entry[script] : text;
}

/** A JSON list of `{ label }` items with its labels translated; null when there is nothing to translate. */
function localizeItems(text: string, locale: string): string | null {
  if (!text.startsWith('[')) return null;
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return null; // malformed JSON is a story of its own: pass it on untouched
  }
  if (!Array.isArray(items)) return null;
  let changed = false;
  const out = items.map((item: unknown) => {
    const label = (item as { label?: unknown } | null)?.label;
    if (typeof label !== 'string' || phrase(label, locale) === label) return item;
    changed = true;
    return { ...(item as object), label: phrase(label, locale) };
  });
  return changed ? JSON.stringify(out) : null;
}

/** A story's args with every phrase in the script of `locale` (`source-text` excepted). */
export function localizeArgs<T extends Record<string, unknown>>(args: T, locale: string): T {
  const out: Record<string, unknown> = { ...args };
  for (const [name, value] of Object.entries(args))
    if (typeof value === 'string' && name !== 'source-text')
      out[name] = localizeItems(value, locale) ?? phrase(value, locale);
  return out as T;
}
