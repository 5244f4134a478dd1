/**
 * The demo article, in Simplified Chinese, Traditional Chinese and English: one news story about
 * Guangdong's industry in 2024, with figures embedded in each of the three ways a CMS may allow.
 * Every number in the prose is written by the format layer from the data package, so text and
 * widgets cannot disagree. The story retells seed 000 (南方日报, 2025-01-17) and seed 001.
 */
import { formatIndicator } from '../src/format.js';
import { getIndicator, type IndicatorId } from '@pearl-charts/data';

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type DemoLocale = (typeof LOCALES)[number];

/** A figure embedded in the article, and how. */
export type Widget =
  | { embed: 'script'; component: string; attributes: Record<string, string> }
  | { embed: 'static'; component: string; attributes: Record<string, string> }
  | {
      embed: 'iframe';
      component: string;
      attributes: Record<string, string>;
      /** The iframe's title (its accessible name) and its height before the resize script runs. */
      title: string;
      height: number;
    };

export type Block = { p: string } | { h2: string } | { widget: Widget; caption: string };

export interface Article {
  locale: DemoLocale;
  title: string;
  kicker: string;
  dek: string;
  byline: string;
  note: string;
  embedNames: Record<Widget['embed'], string>;
  others: string;
  blocks: Block[];
}

const OUTPUT: IndicatorId = 'gd-industrial-output-2024';
const REVENUE: IndicatorId = 'gd-above-scale-industrial-revenue-2024';
const SOFTWARE: IndicatorId = 'gd-software-revenue-2024';
const CONTRIBUTION: IndicatorId = 'gd-industry-contribution-to-gdp-growth-2024';
const GDP: IndicatorId = 'gd-gdp-2024';
const STREAK: IndicatorId = 'gd-gdp-rank-streak-2024';
const ADVANCED: IndicatorId = 'gd-advanced-manufacturing-share-2024';
const HIGH_TECH: IndicatorId = 'gd-high-tech-manufacturing-share-2024';
const UPGRADES: IndicatorId = 'gd-small-to-above-scale-upgrades-2024';
const UPGRADES_TARGET: IndicatorId = 'gd-firms-upgraded-above-scale-2025';
const ROBOTS: IndicatorId = 'gd-industrial-robot-output-2024';

/** The widgets, the same in every language (each takes the page's language). */
const W = {
  output: { embed: 'script', component: 'metric-card', attributes: { indicator: OUTPUT } },
  gdp: { embed: 'static', component: 'metric-card', attributes: { indicator: GDP } },
  trillions: {
    embed: 'script',
    component: 'sector-comparison',
    attributes: { indicators: [OUTPUT, REVENUE, SOFTWARE].join(' '), sort: 'descending' },
  },
  upgrades: {
    embed: 'script',
    component: 'target-progress',
    attributes: { indicator: UPGRADES, 'target-indicator': UPGRADES_TARGET },
  },
} satisfies Record<string, Widget>;

const robots = (title: string): Widget => ({
  embed: 'iframe',
  component: 'metric-card',
  attributes: { indicator: ROBOTS },
  title,
  height: 320,
});

export function article(locale: DemoLocale): Article {
  const n = (id: IndicatorId) => formatIndicator(getIndicator(id), locale);
  const label = (id: IndicatorId) => getIndicator(id).labels[locale];
  if (locale === 'zh-Hans')
    return {
      locale,
      title: `广东全部工业总产值预计${n(OUTPUT)}`,
      kicker: '经济 · 广东',
      dek: `工业对全省GDP增长贡献率${n(CONTRIBUTION)}，先进制造业占规上工业增加值比重达${n(ADVANCED)}`,
      byline: '演示文章：据南方日报2025年1月17日报道及广东省2025年2月5日新闻发布会整理',
      note: '本页演示 Pearl Charts 的三种嵌入方式，在严格的内容安全策略（CSP）下运行。文中数字来自 @pearl-charts/data。',
      embedNames: {
        script: '脚本标签嵌入',
        static: '静态 HTML（服务器渲染）',
        iframe: 'iframe 嵌入',
      },
      others: '其他语言',
      blocks: [
        {
          p: `广东省工业和信息化厅负责人在接受南方日报专访时表示，预计2024年全省全部工业总产值${n(OUTPUT)}，规模以上工业企业营业收入有望${n(REVENUE)}，软件业务收入${n(SOFTWARE)}，均迈上新的万亿元台阶。`,
        },
        { widget: W.output, caption: `${label(OUTPUT)}，2024年（预计）` },
        {
          p: `工业继续挑大梁。工业对全省GDP增长的贡献率${n(CONTRIBUTION)}，支撑全省经济总量${n(GDP)}，连续${n(STREAK)}居全国首位。`,
        },
        { widget: W.gdp, caption: `${label(GDP)}，2024年` },
        { h2: '三个“万亿元台阶”' },
        {
          p: `工业总产值、规上工业企业营业收入和软件业务收入三项指标同时跨上新的万亿元台阶。下图按规模排列。`,
        },
        { widget: W.trillions, caption: '2024年（预计），单位：元' },
        { h2: '结构更优，主体更多' },
        {
          p: `产业结构更加优化：先进制造业、高技术制造业占规模以上工业增加值比重分别达${n(ADVANCED)}、${n(HIGH_TECH)}。2024年新增“小升规”企业${n(UPGRADES)}；省里2025年的目标是新增${n(UPGRADES_TARGET)}。`,
        },
        { widget: W.upgrades, caption: `${label(UPGRADES)}：2024年实际与2025年目标` },
        {
          p: `智能制造也在提速。2024年，广东工业机器人产量达${n(ROBOTS)}。`,
        },
        { widget: robots('广东工业机器人产量'), caption: `${label(ROBOTS)}，2024年` },
      ],
    };
  if (locale === 'zh-Hant')
    return {
      locale,
      title: `廣東全部工業總產值預計${n(OUTPUT)}`,
      kicker: '經濟 · 廣東',
      dek: `工業對全省GDP增長貢獻率${n(CONTRIBUTION)}，先進製造業佔規上工業增加值比重達${n(ADVANCED)}`,
      byline: '示範文章：據南方日報2025年1月17日報道及廣東省2025年2月5日新聞發布會整理',
      note: '本頁示範 Pearl Charts 的三種嵌入方式，在嚴格的內容安全策略（CSP）下運行。文中數字來自 @pearl-charts/data。',
      embedNames: {
        script: '腳本標籤嵌入',
        static: '靜態 HTML（伺服器渲染）',
        iframe: 'iframe 嵌入',
      },
      others: '其他語言',
      blocks: [
        {
          p: `廣東省工業和信息化廳負責人在接受南方日報專訪時表示，預計2024年全省全部工業總產值${n(OUTPUT)}，規模以上工業企業營業收入有望${n(REVENUE)}，軟件業務收入${n(SOFTWARE)}，均邁上新的萬億元台階。`,
        },
        { widget: W.output, caption: `${label(OUTPUT)}，2024年（預計）` },
        {
          p: `工業繼續挑大樑。工業對全省GDP增長的貢獻率${n(CONTRIBUTION)}，支撐全省經濟總量${n(GDP)}，連續${n(STREAK)}居全國首位。`,
        },
        { widget: W.gdp, caption: `${label(GDP)}，2024年` },
        { h2: '三個「萬億元台階」' },
        {
          p: '工業總產值、規上工業企業營業收入和軟件業務收入三項指標同時跨上新的萬億元台階。下圖按規模排列。',
        },
        { widget: W.trillions, caption: '2024年（預計），單位：元' },
        { h2: '結構更優，主體更多' },
        {
          p: `產業結構更加優化：先進製造業、高技術製造業佔規模以上工業增加值比重分別達${n(ADVANCED)}、${n(HIGH_TECH)}。2024年新增「小升規」企業${n(UPGRADES)}；省裡2025年的目標是新增${n(UPGRADES_TARGET)}。`,
        },
        { widget: W.upgrades, caption: `${label(UPGRADES)}：2024年實際與2025年目標` },
        { p: `智能製造也在提速。2024年，廣東工業機器人產量達${n(ROBOTS)}。` },
        { widget: robots('廣東工業機器人產量'), caption: `${label(ROBOTS)}，2024年` },
      ],
    };
  return {
    locale,
    title: `Guangdong's industrial output expected at ${n(OUTPUT)}`,
    kicker: 'Economy · Guangdong',
    dek: `Industry supplied ${n(CONTRIBUTION)} of the province's GDP growth; advanced manufacturing reached ${n(ADVANCED)} of industrial value added`,
    byline:
      'Demo article, retold from Southern Daily (17 January 2025) and a Guangdong press conference on 5 February 2025',
    note: 'This page demonstrates the three ways to embed Pearl Charts, under a strict Content-Security-Policy. Every figure comes from @pearl-charts/data.',
    embedNames: {
      script: 'Embedded with a script tag',
      static: 'Static HTML (server-rendered)',
      iframe: 'Embedded in an iframe',
    },
    others: 'Other languages',
    blocks: [
      {
        p: `Guangdong expects its total industrial output for 2024 to come in at ${n(OUTPUT)}, the head of the provincial department of industry and information technology told Southern Daily. Revenue of large industrial firms is set to reach ${n(REVENUE)}, and software revenue ${n(SOFTWARE)}: each passed a new trillion-yuan mark.`,
      },
      { widget: W.output, caption: `${label(OUTPUT)}, 2024 (estimate)` },
      {
        p: `Industry carried the economy. It supplied ${n(CONTRIBUTION)} of GDP growth, lifting the province's output to ${n(GDP)}, the largest of any province for ${n(STREAK)} in a row.`,
      },
      { widget: W.gdp, caption: `${label(GDP)}, 2024` },
      { h2: 'Three trillion-yuan marks' },
      {
        p: 'Industrial output, the revenue of large industrial firms and software revenue all crossed a new trillion-yuan mark in the same year. The chart ranks them by size.',
      },
      { widget: W.trillions, caption: '2024 (estimates), yuan' },
      { h2: 'A better mix, and more firms' },
      {
        p: `Advanced manufacturing made up ${n(ADVANCED)} of the value added by large industrial firms, and high-tech manufacturing ${n(HIGH_TECH)}. In 2024, ${n(UPGRADES)} grew into the "above designated size" category; the province aims for ${n(UPGRADES_TARGET)} more in 2025.`,
      },
      { widget: W.upgrades, caption: `${label(UPGRADES)}: 2024 against the 2025 target` },
      {
        p: `Factories are automating too: Guangdong made ${n(ROBOTS)} of industrial robots in 2024.`,
      },
      { widget: robots("Guangdong's industrial robot output"), caption: `${label(ROBOTS)}, 2024` },
    ],
  };
}
