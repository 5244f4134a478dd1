/** The trend's own UI texts, by script (the shared ones are in format/messages.ts). */
import { scriptOf, type FormatLocale } from '../format/locale.js';

const STRINGS = {
  'zh-Hans': {
    show: '显示数据表',
    hide: '隐藏数据表',
    period: '时间',
    value: '数值',
    status: '状态',
    caption: '数据',
    source: '来源',
    points: '数据点',
    notJoined: '{from}与{to}未连线：{reason}。',
    'reason.bound': '数值的限定不同（如“超”与确数），不能作增减比较',
    'reason.definition': '统计口径不同',
    'reason.scope': '统计范围不同',
    'reason.region': '地区不同',
    'reason.unit': '单位不同',
    'reason.period': '其中一个时间未注明',
    'reason.gap': '其间缺少数据',
    dashed: '虚线表示预计值或目标值。',
    open: '空心点表示约数或下限（如“超”），并非确数。',
  },
  'zh-Hant': {
    show: '顯示數據表',
    hide: '隱藏數據表',
    period: '時間',
    value: '數值',
    status: '狀態',
    caption: '數據',
    source: '來源',
    points: '數據點',
    notJoined: '{from}與{to}未連線：{reason}。',
    'reason.bound': '數值的限定不同（如「超」與確數），不能作增減比較',
    'reason.definition': '統計口徑不同',
    'reason.scope': '統計範圍不同',
    'reason.region': '地區不同',
    'reason.unit': '單位不同',
    'reason.period': '其中一個時間未註明',
    'reason.gap': '其間缺少數據',
    dashed: '虛線表示預計值或目標值。',
    open: '空心點表示約數或下限（如「超」），並非確數。',
  },
  en: {
    show: 'Show table',
    hide: 'Hide table',
    period: 'Period',
    value: 'Value',
    status: 'Status',
    caption: 'Data',
    source: 'Source',
    points: 'Data points',
    notJoined: '{from} and {to} are not joined: {reason}.',
    'reason.bound':
      'the figures are qualified differently (such as "over" against an exact figure), so no change can be read between them',
    'reason.definition': 'they are defined differently',
    'reason.scope': 'they cover different things',
    'reason.region': 'they are for different regions',
    'reason.unit': 'they are in different units',
    'reason.period': 'one has no stated date',
    'reason.gap': 'data between them is missing',
    dashed: 'Dashed lines are estimates or targets.',
    open: 'Open dots are bounds (such as "over"), not exact figures.',
  },
} as const;

export type TrendString = keyof (typeof STRINGS)['en'];

export function trendString(key: TrendString, locale: FormatLocale): string {
  return STRINGS[scriptOf(locale)][key];
}
