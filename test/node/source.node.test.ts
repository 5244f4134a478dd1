// The source-line and notes texts of the format entry work in plain Node (server rendering, data
// scripts), with the data package's records and sources.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getIndicator, getSource } from '@pearl-charts/data';
import {
  catalogueEntry,
  formatPeriod,
  quoted,
  recordNotes,
  sourceLine,
  sourceLineText,
} from '../../packages/components/src/format.js';

describe('@pearl-charts/components/format: source lines and notes in Node', () => {
  it('writes the source line of an article in the three scripts', () => {
    const source = getSource('001_9d0dfa9410c1b519.txt')!;
    const line = (locale: string) =>
      sourceLineText(sourceLine([catalogueEntry(source, locale)], locale)!);
    assert.equal(line('zh-CN'), '来源：广东省人民政府新闻办公室，2025年2月5日');
    assert.equal(line('zh-HK'), '來源：廣東省人民政府新聞辦公室，2025年2月5日');
    assert.equal(
      line('en'),
      'Source: Information Office of the Guangdong Provincial Government, 5 Feb 2025',
    );
  });

  it('writes a record’s caveats as footnotes and 原来 as a bound', () => {
    const record = {
      ...getIndicator('gd-industrial-robot-output-2024'),
      period: 'before 2025',
      scope: {
        kind: 'company' as const,
        name: { 'zh-Hans': '美的', 'zh-Hant': '美的', en: 'Midea' },
      },
    };
    assert.deepEqual(recordNotes(record, 'zh-TW'), [
      '美的全公司數據，非地區統計。',
      '原文未註明時間。',
    ]);
    assert.deepEqual(recordNotes(record, 'en'), [
      'Company-wide figure (Midea), not a regional statistic.',
      'The source does not give a date.',
    ]);
    assert.equal(formatPeriod(record.period, 'zh-Hans'), '2025年以前');
    assert.equal(quoted('工業機器人產量24.68萬臺(套)', 'zh-HK'), '「工業機器人產量24.68萬臺(套)」');
  });
});
