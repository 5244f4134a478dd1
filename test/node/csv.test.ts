// The "Get the data" CSV (shared/csv.ts): pure, so it runs in plain Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BOM, buildCsv, csvCell, csvFileName } from '../../packages/components/src/shared/csv.js';
import type { DataRow } from '../../packages/components/src/shared/data-rows.js';

const ROW: DataRow = {
  label: '规上工业增加值',
  period: '2024',
  value: 4.8e12,
  unit: 'cny',
  bound: 'over',
  status: 'actual',
  outlet: '南方日报',
  date: '2025-01-17',
  quote: '全省规上工业增加值超4.8万亿元，同比增长4.4%。',
};

/** A minimal RFC 4180 reader: what a spreadsheet gets back from the text. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, cell] = [[...row, cell], ''];
    else if (c === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, cell]);
      [row, cell, i] = [[], '', i + 1];
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('buildCsv()', () => {
  it('starts with a UTF-8 byte order mark, so Excel reads the Chinese', () => {
    const csv = buildCsv([ROW], 'zh-Hans');
    assert.equal(csv[0], BOM);
    const bytes = Buffer.from(csv, 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').includes('南方日报'));
  });

  it("writes the header in the reader's language and the cells as data, CRLF after each line", () => {
    const csv = buildCsv([ROW], 'zh-Hans');
    assert.ok(csv.endsWith('\r\n'));
    assert.deepEqual(parse(csv.slice(1)), [
      ['指标', '时期', '数值', '单位', '限定', '状态', '来源', '日期', '原文'],
      [
        '规上工业增加值',
        '2024',
        '4800000000000',
        'cny',
        'over',
        'actual',
        '南方日报',
        '2025-01-17',
        ROW.quote,
      ],
    ]);
    assert.deepEqual(parse(buildCsv([], 'zh-Hant').slice(1))[0], [
      '指標',
      '時期',
      '數值',
      '單位',
      '限定',
      '狀態',
      '來源',
      '日期',
      '原文',
    ]);
    assert.deepEqual(parse(buildCsv([], 'en').slice(1))[0], [
      'Label',
      'Period',
      'Value',
      'Unit',
      'Bound',
      'Status',
      'Source',
      'Date',
      'Quote',
    ]);
  });

  it('quotes commas, quotes and line breaks so the text reads back unchanged', () => {
    const tricky: DataRow = {
      ...ROW,
      label: 'Output, "industrial"',
      quote: 'line one\nline two\r\nthree, with "marks"',
      outlet: '',
      value: null,
    };
    const [, cells] = parse(buildCsv([tricky], 'en').slice(1));
    assert.equal(cells!.length, 9);
    assert.equal(cells![0], tricky.label);
    assert.equal(cells![2], '');
    assert.equal(cells![8], tricky.quote);
  });

  it('neutralises formula injection but keeps negative numbers as numbers', () => {
    const evil: DataRow = {
      ...ROW,
      label: '=HYPERLINK("http://x","click")',
      period: '+1',
      outlet: '-2+3',
      date: '@SUM(A1)',
      quote: '\t=1',
      unit: '\r=2',
      value: -5.5,
    };
    const [, cells] = parse(buildCsv([evil], 'en').slice(1));
    assert.equal(cells![0], `'${evil.label}`);
    assert.equal(cells![1], "'+1");
    assert.equal(cells![2], '-5.5');
    assert.equal(cells![3], "'\r=2");
    assert.equal(cells![6], "'-2+3");
    assert.equal(cells![7], "'@SUM(A1)");
    assert.equal(cells![8], "'\t=1");
  });
});

describe('csvCell()', () => {
  it('writes numbers plainly and leaves null and non-finite numbers empty', () => {
    assert.deepEqual(
      [csvCell(57.1), csvCell(-3.2), csvCell(0), csvCell(null), csvCell(NaN), csvCell(Infinity)],
      ['57.1', '-3.2', '0', '', '', ''],
    );
    assert.equal(csvCell('-3.2'), "'-3.2");
  });

  it('quotes a field with a lone carriage return, which a spreadsheet would take as a line end', () => {
    assert.equal(csvCell('a\rb'), '"a\rb"');
    assert.equal(csvCell('plain 文本'), 'plain 文本');
  });
});

describe('csvFileName()', () => {
  it('keeps letters of any script, digits, - and _, and nothing a file system or path reads', () => {
    assert.equal(csvFileName('gd-industrial-output-2024'), 'gd-industrial-output-2024.csv');
    assert.equal(csvFileName('广东：规上工业 / 2024'), '广东-规上工业-2024.csv');
    assert.equal(csvFileName('../../etc/passwd'), 'etc-passwd.csv');
    assert.equal(csvFileName('a\u0000b<>:"|?*c'), 'a-b-c.csv');
    assert.equal(csvFileName('  '), 'data.csv');
    assert.equal(csvFileName(null), 'data.csv');
    assert.equal(csvFileName('x'.repeat(200)), `${'x'.repeat(80)}.csv`);
  });
});
