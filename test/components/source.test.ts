// The anatomy's texts, pure: source lines, notes, quotation marks, periods before a year, table
// captions. Expected strings are written out by hand from the issue and EDITORIAL.md.
import { expect } from '../testing.js';
import { getIndicator, getSource, type Indicator } from '@pearl-charts/data';
import { formatPeriod } from '../../packages/components/src/format/indicator.js';
import {
  catalogueEntry,
  formatSourceDate,
  notesLead,
  quoted,
  quoteMarks,
  recordNotes,
  recordSeeds,
  safeUrl,
  sourceLine,
  sourceLineText,
} from '../../packages/components/src/format/source.js';
import { figureNotes, layoutFigure } from '../../packages/components/src/shared/figure.layout.js';
import {
  progressRecords,
  recordsOf,
  tableCaptionMeta,
} from '../../packages/components/src/shared/chart-figure.layout.js';
import { getCatalog } from '../../packages/components/src/shared/catalog.js';
import '../../packages/components/src/data.js';

const NANFANG = '000_eb48bc742053202d.txt';
const PEOPLE = '002_efc6a8f08379ddbf.txt';
const OUTPUT = getIndicator('gd-industrial-output-2024');
const ROBOTS = getIndicator('gd-industrial-robot-output-2024');

/** A real record with a caveat the data may carry (no record carries these yet). */
const withCompany = (r: Indicator): Indicator => ({
  ...r,
  scope: { kind: 'company', name: { 'zh-Hans': '比亚迪', 'zh-Hant': '比亞迪', en: 'BYD' } },
});
const undated = (r: Indicator): Indicator => ({ ...r, period: 'before 2025' });
const corroborated = (r: Indicator): Indicator => ({
  ...r,
  corroboration: [
    { seed: PEOPLE, quote: 'x', offset: 0, figure: 'x' },
    { seed: r.source.seed, quote: 'y', offset: 1, figure: 'y' },
  ] as Indicator['corroboration'],
});

describe('formatPeriod() before a year', () => {
  it('writes `before YYYY` (原来, no time stated) as a bound in each script', () => {
    expect(formatPeriod('before 2025', 'zh-Hans')).to.equal('2025年以前');
    expect(formatPeriod('before 2025', 'zh-Hant')).to.equal('2025年以前');
    expect(formatPeriod('before 2025', 'en')).to.equal('before 2025');
    expect(formatPeriod('before 2024-12', 'zh-Hans')).to.equal('2024年12月以前');
    expect(formatPeriod('before 2024-12', 'en')).to.equal('before Dec 2024');
    // Outside the grammar it stays as written.
    expect(formatPeriod('before lunch', 'en')).to.equal('before lunch');
  });
});

describe('source line', () => {
  it('names the outlet in the reader’s script with the full date', () => {
    const source = getSource(NANFANG)!;
    const text = (locale: 'zh-Hans' | 'zh-Hant' | 'en') =>
      sourceLineText(sourceLine([catalogueEntry(source, locale)], locale)!);
    expect(text('zh-Hans')).to.equal('来源：南方日报，2025年1月17日');
    expect(text('zh-Hant')).to.equal('來源：南方日報，2025年1月17日');
    expect(text('en')).to.equal('Source: Nanfang Daily, 17 Jan 2025');
    expect(catalogueEntry(source, 'en').url).to.equal(
      'https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html',
    );
  });

  it('counts several articles in the lead and lists each, once', () => {
    const record = corroborated(OUTPUT);
    expect(recordSeeds([record])).to.deep.equal([NANFANG, PEOPLE]);
    const line = (locale: 'zh-Hans' | 'zh-Hant' | 'en') =>
      sourceLineText(layoutFigure([record], {}, locale).source!);
    expect(line('zh-Hans')).to.equal('2个来源：南方日报，2025年1月17日；人民网，2024年1月10日');
    expect(line('zh-Hant')).to.equal('2個來源：南方日報，2025年1月17日；人民網，2024年1月10日');
    expect(line('en')).to.equal(
      "2 sources: Nanfang Daily, 17 Jan 2025; People's Daily Online, 10 Jan 2024",
    );
  });

  it('takes the host’s source-name, source-date and http(s) source-url over the catalogue', () => {
    const host = layoutFigure(
      [OUTPUT],
      { sourceName: 'Xinhua', sourceDate: '2025-03-01', sourceUrl: 'javascript:alert(1)' },
      'zh-Hans',
    ).source!;
    expect(host.entries).to.deep.equal([
      { outlet: 'Xinhua', date: '2025年3月1日', url: null, lang: null },
    ]);
    // A URL alone still says where: the site's name, linked.
    const site = layoutFigure([], { sourceUrl: 'https://news.example.org/a?b=1' }, 'en').source!;
    expect(site.entries[0]).to.deep.include({
      outlet: 'news.example.org',
      url: 'https://news.example.org/a?b=1',
    });
    expect(layoutFigure([], {}, 'en').source).to.equal(null);
    expect(formatSourceDate('free text', 'en')).to.equal('free text');
    expect(safeUrl(' http://a.example/ ')).to.equal('http://a.example/');
    expect(safeUrl('data:text/html,x')).to.equal(null);
  });
});

describe('notes', () => {
  it('recordNotes() says a company figure is not the region’s, in three scripts', () => {
    const r = withCompany(OUTPUT);
    expect(recordNotes(r, 'zh-Hans')).to.deep.equal(['比亚迪全公司数据，非地区统计。']);
    expect(recordNotes(r, 'zh-Hant')).to.deep.equal(['比亞迪全公司數據，非地區統計。']);
    expect(recordNotes(r, 'en')).to.deep.equal([
      'Company-wide figure (BYD), not a regional statistic.',
    ]);
  });

  it('recordNotes() says the source gives no date for `before YYYY`, in three scripts', () => {
    const r = undated(OUTPUT);
    expect(recordNotes(r, 'zh-Hans')).to.deep.equal(['原文未注明时间。']);
    expect(recordNotes(r, 'zh-Hant')).to.deep.equal(['原文未註明時間。']);
    expect(recordNotes(r, 'en')).to.deep.equal(['The source does not give a date.']);
  });

  it('recordNotes() has nothing to say about a plain record, estimates included (they are badged)', () => {
    expect(OUTPUT.status).to.equal('estimate');
    expect(recordNotes(OUTPUT, 'en')).to.deep.equal([]);
  });

  it('figureNotes() leads each record’s note with its label when there are several, then the host’s', () => {
    const notes = figureNotes([withCompany(OUTPUT), undated(ROBOTS)], '数字经四舍五入', 'zh-Hans');
    expect(notes).to.deep.equal([
      '全部工业总产值：比亚迪全公司数据，非地区统计。',
      '工业机器人产量：原文未注明时间。',
      '数字经四舍五入',
    ]);
    expect(notesLead(1, 'zh-Hant')).to.equal('註：');
    expect(notesLead(2, 'en')).to.equal('Notes: ');
  });
});

describe('quotation marks', () => {
  it('are 「」 for Traditional Chinese, “” for Simplified Chinese and English', () => {
    expect(quoteMarks('zh-Hant')).to.deep.equal(['「', '」']);
    expect(quoteMarks('zh-TW')).to.deep.equal(['「', '」']);
    expect(quoted('原文', 'zh-Hans')).to.equal('\u201c原文\u201d');
    expect(quoted('原文', 'en')).to.equal('\u201c原文\u201d');
  });
});

describe('layoutFigure()', () => {
  it('titles a single record with its label unless told otherwise', () => {
    expect(layoutFigure([OUTPUT], {}, 'zh-Hant').title).to.equal('全部工業總產值');
    expect(layoutFigure([OUTPUT], { title: 'Mine' }, 'en').title).to.equal('Mine');
    expect(layoutFigure([OUTPUT], { title: null }, 'en').title).to.equal(null);
    expect(layoutFigure([OUTPUT, ROBOTS], {}, 'en').title).to.equal(null);
    expect(layoutFigure([], { description: '  at current prices ' }, 'en').description).to.equal(
      'at current prices',
    );
  });

  it('progressRecords() picks the records a progress bar draws', () => {
    const pair = progressRecords(
      'gd-small-to-above-scale-upgrades-2024',
      'gd-firms-upgraded-above-scale-2025',
    ).map((r) => r.id);
    expect(pair).to.deep.equal([
      'gd-small-to-above-scale-upgrades-2024',
      'gd-firms-upgraded-above-scale-2025',
    ]);
    expect(progressRecords('no-such-id', undefined)).to.deep.equal([]);
    expect(recordsOf(['gd-gdp-2024', 'nope', 'gd-gdp-2024']).map((r) => r.id)).to.deep.equal([
      'gd-gdp-2024',
    ]);
  });

  it('tableCaptionMeta() gives period, unit (with the cells’ scale) and source', () => {
    const records = recordsOf(['gd-industrial-output-2024', 'gd-gdp-2024'], getCatalog());
    const anatomy = layoutFigure(records, {}, 'en');
    expect(tableCaptionMeta(records, undefined, anatomy, 'en', 'trillion')).to.equal(
      '2024 · Unit: trillion yuan · Source: Nanfang Daily, 17 Jan 2025',
    );
    const hans = layoutFigure(records, {}, 'zh-Hans');
    expect(tableCaptionMeta(records, undefined, hans, 'zh-Hans', '万亿')).to.equal(
      '2024年 · 单位：万亿元 · 来源：南方日报，2025年1月17日',
    );
    // Host items: no records, the unit attribute; a percentage takes no scale word.
    expect(tableCaptionMeta([], 'percent', layoutFigure([], {}, 'en'), 'en', 'million')).to.equal(
      'Unit: %',
    );
  });
});
