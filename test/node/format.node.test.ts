// The format entry is DOM-free: it must import and work in plain Node, without Lit or a document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseScale,
  formatIndicator,
  formatPeriod,
  formatValue,
  message,
  resolveLocale,
} from '../../packages/components/src/format.js';

describe('@pearl-charts/components/format in Node', () => {
  it('runs without a DOM', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });

  it('formatIndicator() writes 超20万亿元 / 超20萬億元 / over 20 trillion yuan for 2e13 yuan over', () => {
    const record = { value: 2e13, unit: 'cny', bound: 'over' } as const;
    assert.equal(formatIndicator(record, 'zh-CN'), '超20万亿元');
    assert.equal(formatIndicator(record, 'zh-HK'), '超20萬億元');
    assert.equal(formatIndicator(record, 'zh-TW'), '超20兆元');
    assert.equal(formatIndicator(record, 'en-GB'), 'over 20 trillion yuan');
  });

  it('formatValue() writes 1658亿元 and 73,900 enterprises with Node’s ICU', () => {
    assert.equal(formatValue(165_800_000_000, { unit: 'cny', locale: 'zh-Hans' }), '1658亿元');
    assert.equal(formatValue(73_900, { unit: 'enterprises', locale: 'en' }), '73,900 enterprises');
    assert.equal(formatValue(NaN, { unit: 'cny', locale: 'en' }), '–');
  });

  it('chooseScale() gives [9e11, 1.2e12] the one word 万亿', () => {
    const scale = chooseScale([9e11, 1.2e12], 'zh-Hans');
    assert.deepEqual(
      [9e11, 1.2e12].map((v) => formatValue(v, { unit: 'cny', locale: 'zh-Hans', scale })),
      ['0.9万亿元', '1.2万亿元'],
    );
  });

  it('resolveLocale() reads POSIX names from the environment, formatPeriod() and message() work', () => {
    assert.equal(resolveLocale('zh_TW.UTF-8'), 'zh-TW');
    assert.equal(formatPeriod('2023-01/2023-09', 'en'), 'Jan–Sep 2023');
    assert.equal(message('progress.ofTarget', 'zh-Hans', { percent: '84%' }), '已完成目标的84%');
  });
});
