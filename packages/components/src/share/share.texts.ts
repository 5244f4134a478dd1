/**
 * The UI texts of `<pearl-share>` in the three scripts. DOM-free. Split from share.layout.ts to keep
 * that file about geometry.
 */
import { scriptOf, type FormatLocale } from '../format/locale.js';

export const SHARE_STRINGS = {
  'zh-Hans': {
    other: '其他',
    /** The verb of the sentence: 广东占全国1/4 (佔 in Traditional, as the data's labels write it). */
    takes: '占',
    rest: '其余',
    colon: '：',
    /** After a part's share in its explanation; `{whole}` is the whole's name. */
    partsOf: '占{whole}的比重',
    overWhole: '各部分为约数或上下限，合计超过100%，图中按比例绘制。',
    boundKey: '斜线边表示原文给出的是约数或上下限，不是确数。',
    'bound.over': '下限，实际更高',
    'bound.odd': '下限，实际更高',
    'bound.nearly': '接近，实际略低',
    'bound.under': '上限，实际更低',
    'bound.about': '约数',
    'bound.exact': '',
    'bound.range': '区间',
    show: '数据表',
    part: '项目',
    share: '比重',
    caption: '比重数据',
  },
  'zh-Hant': {
    other: '其他',
    takes: '佔',
    rest: '其餘',
    colon: '：',
    partsOf: '佔{whole}的比重',
    overWhole: '各部分為約數或上下限，合計超過100%，圖中按比例繪製。',
    boundKey: '斜線邊表示原文給出的是約數或上下限，不是確數。',
    'bound.over': '下限，實際更高',
    'bound.odd': '下限，實際更高',
    'bound.nearly': '接近，實際略低',
    'bound.under': '上限，實際更低',
    'bound.about': '約數',
    'bound.exact': '',
    'bound.range': '區間',
    show: '數據表',
    part: '項目',
    share: '比重',
    caption: '比重數據',
  },
  en: {
    other: 'Other',
    takes: ' of ',
    rest: 'the rest',
    colon: ': ',
    partsOf: 'Shares of {whole}',
    overWhole:
      'The parts are approximate or bounds and sum to more than 100%; drawn in proportion.',
    boundKey: 'A hatched edge marks a bound or an approximate figure, not an exact one.',
    'bound.over': 'a lower bound: the true share is higher',
    'bound.odd': 'a lower bound: the true share is higher',
    'bound.nearly': 'the true share is a little lower',
    'bound.under': 'an upper bound: the true share is lower',
    'bound.about': 'approximate',
    'bound.exact': '',
    'bound.range': 'a range',
    show: 'Data table',
    part: 'Part',
    share: 'Share',
    caption: 'Share data',
  },
} as const;

export type ShareString = keyof (typeof SHARE_STRINGS)['en'];

export function shareString(key: ShareString, locale: FormatLocale): string {
  return SHARE_STRINGS[scriptOf(locale)][key];
}
