import fc from 'fast-check';
import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import { getCatalog } from '../../packages/components/src/shared/catalog.js';
import {
  chineseNumeral,
  layoutPeers,
  layoutRank,
  layoutYears,
  ordinalEn,
  positionText,
  rankFromIndicator,
  streakOf,
  type RankModel,
  type RankView,
} from '../../packages/components/src/rank/rank.layout.js';

const view = (m: RankModel): RankView => {
  if (!m.ok) throw new Error(`expected a view, got ${m.code}: ${m.message}`);
  return m.view;
};

describe('rank layout', () => {
  it('chineseNumeral() writes Chinese ordinals the same in both scripts', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [2, '二'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [31, '三十一'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [1000, '一千'],
      [1005, '一千零五'],
      [2024, '二千零二十四'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n), String(n)).to.equal(text);
  });

  it('ordinalEn() writes 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 102nd', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [102, '102nd'],
      [111, '111th'],
    ];
    for (const [n, text] of cases) expect(ordinalEn(n)).to.equal(text);
  });

  it('positionText() reads 全国第一 / 全國第一 / No. 1 nationwide, and 前三 / Top 3 for a bound', () => {
    expect(positionText(1, false, 'national', 'zh-Hans')).to.equal('全国第一');
    expect(positionText(1, false, 'national', 'zh-Hant')).to.equal('全國第一');
    expect(positionText(1, false, 'national', 'en')).to.equal('No. 1 nationwide');
    expect(positionText(2, false, 'world', 'zh-Hant')).to.equal('全球第二');
    expect(positionText(3, true, 'national', 'zh-Hans')).to.equal('全国前三');
    expect(positionText(3, true, 'national', 'en')).to.equal('Top 3 nationwide');
    expect(positionText(null, true, 'national', 'zh-Hant')).to.equal('全國前列');
    expect(positionText(null, true, 'world', 'en')).to.equal('Among the leaders worldwide');
  });

  it('layoutRank() reads a catalogue rank with its streak: 全国第一 · 连续36年 in three scripts', () => {
    const input = { indicator: 'gd-gdp-rank-2024' };
    expect(view(layoutRank(input, 'zh-Hans')).sentence).to.equal('全国第一 · 连续36年');
    expect(view(layoutRank(input, 'zh-Hant')).sentence).to.equal('全國第一 · 連續36年');
    expect(view(layoutRank(input, 'en')).sentence).to.equal(
      'No. 1 nationwide for 36 years running',
    );
  });

  it('streakOf() finds a streak of the rank itself (2025) or of the same level and sentence (2024)', () => {
    const catalog = getCatalog()!;
    expect(streakOf(catalog.find('gd-gdp-rank-2025')!, catalog)?.id).to.equal(
      'gd-gdp-rank-streak-2025',
    );
    expect(streakOf(catalog.find('gd-gdp-rank-2024')!, catalog)?.id).to.equal(
      'gd-gdp-rank-streak-2024',
    );
    // A rank with no streak in its sentence gets none (the GDP's growth is no streak of it either).
    expect(streakOf(catalog.find('gd-digital-economy-rank-2024')!, catalog)).to.equal(undefined);
  });

  // Honesty: a streak is counted as its sentence says, each record from its own words.
  it('a streak of 36 years in 2024 is the 36 years 1989–2024, and 37 in 2025 is 1989–2025: never merged', () => {
    const y2024 = view(layoutRank({ indicator: 'gd-gdp-rank-2024' }, 'en')).years!;
    expect(y2024.marks.length).to.equal(36);
    expect(y2024.marks[0]!.year).to.equal(1989);
    expect(y2024.marks.at(-1)!.year).to.equal(2024);
    expect([y2024.first, y2024.last]).to.deep.equal(['1989', '2024']);
    const y2025 = view(layoutRank({ indicator: 'gd-gdp-rank-2025' }, 'en')).years!;
    expect(y2025.marks.length).to.equal(37);
    expect(y2025.marks.at(-1)!.year).to.equal(2025);
    expect(view(layoutRank({ indicator: 'gd-gdp-rank-2025' }, 'zh-Hans')).streak).to.equal(
      '连续37年',
    );
  });

  // Honesty: no year is added that the data does not state.
  it('a streak "as of" a date is drawn as so many years, with no year named', () => {
    const v = view(
      layoutRank({ indicator: 'cn-manufacturing-value-added-world-rank-current' }, 'en'),
    );
    expect(v.sentence).to.equal('No. 1 worldwide for 14 years running');
    expect(v.years!.marks.length).to.equal(14);
    expect(v.years!.marks.every((m) => m.year === null)).to.equal(true);
    expect(v.years!.first).to.equal(null);
    expect(v.table.rows.map((r) => r[0])).not.to.include('Years');
    expect(v.years!.marks.filter((m) => /\d{4}/.test(m.text))).to.have.length(0);
  });

  it('host since and streak give the years; a period that disagrees is an error, not a guess', () => {
    const v = view(layoutRank({ rank: 1, streak: 5, since: 2020 }, 'en'));
    expect(v.years!.marks.map((m) => m.year)).to.deep.equal([2020, 2021, 2022, 2023, 2024]);
    const bad = layoutRank({ rank: 1, streak: 5, since: 2020, period: '2025' }, 'en');
    expect(bad.ok).to.equal(false);
    const both = view(layoutRank({ rank: 1, since: 2020, period: '2024' }, 'zh-Hans'));
    expect(both.streak).to.equal('连续5年');
  });

  // Honesty: a bounded rank is a bracket, never one position.
  it('a bounded rank (前三) brackets the top 3 places and fills none', () => {
    const v = view(layoutRank({ rank: 3, of: 31, bound: 'top', scope: 'national' }, 'zh-Hans'));
    expect(v.position).to.equal('全国前三');
    expect(v.bounded).to.equal(true);
    expect(v.peers!.marks.filter((m) => m.held)).to.have.length(0);
    expect(v.peers!.marks.filter((m) => m.bracket).map((m) => m.place)).to.deep.equal([1, 2, 3]);
    const exact = view(layoutRank({ rank: 3, of: 31, scope: 'national' }, 'zh-Hans'));
    expect(exact.peers!.marks.filter((m) => m.held).map((m) => m.place)).to.deep.equal([3]);
  });

  it('a catalogue rank with a bound other than exact is bracketed too, never one held place', () => {
    const catalog = getCatalog()!;
    const exact = catalog.find('gd-gdp-rank-2024')!;
    const v = view(
      rankFromIndicator({ ...exact, bound: 'under', value: 3 }, { of: 31 }, catalog, 'en'),
    );
    expect(v.position).to.equal('Top 3 nationwide');
    expect(v.peers!.marks.filter((m) => m.held)).to.have.length(0);
    expect(v.peers!.marks.filter((m) => m.bracket)).to.have.length(3);
  });

  it('前列 (bound top without a number) is text only: no bracket of a made-up size', () => {
    const v = view(layoutRank({ bound: 'top', of: 31, scope: 'national' }, 'zh-Hant'));
    expect(v.position).to.equal('全國前列');
    expect(v.peers!.marks.some((m) => m.held || m.bracket)).to.equal(false);
  });

  // Honesty: without `of`, no row of peers.
  it('without of no row of peers is drawn; the catalogue states none', () => {
    expect(view(layoutRank({ rank: 2 }, 'en')).peers).to.equal(null);
    expect(view(layoutRank({ indicator: 'gd-gdp-rank-2024' }, 'en')).peers).to.equal(null);
    const withOf = view(layoutRank({ indicator: 'gd-gdp-rank-2024', of: 31 }, 'en'));
    expect(withOf.peers!.marks).to.have.length(31);
  });

  it('layoutPeers() places 31 bands inside 0–100 in order, the held one at its place', () => {
    const marks = layoutPeers(5, 31, false, 'en');
    expect(marks).to.have.length(31);
    expect(marks[0]!.x).to.be.closeTo(0, 1e-9);
    expect(marks[30]!.x + marks[30]!.width).to.be.closeTo(100, 1e-9);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x).to.be.greaterThan(marks[i - 1]!.x);
    expect(marks.find((m) => m.held)!.place).to.equal(5);
    expect(marks[4]!.text).to.equal('5th (held)');
  });

  it('layoutYears() without a last year names steps, not years', () => {
    const marks = layoutYears(3, null, 'zh-Hans');
    expect(marks.map((m) => m.text)).to.deep.equal(['连续第1年', '连续第2年', '连续第3年']);
  });

  it('errors: unknown id, not a rank, NaN, rank past of, rank below 1, not whole', () => {
    const code = (m: RankModel) => (m.ok ? 'ok' : m.code);
    expect(code(layoutRank({ indicator: 'gd-gdp-rank-2023' }, 'en'))).to.equal('unknown-indicator');
    expect(code(layoutRank({ indicator: 'gd-gdp-2024' }, 'en'))).to.equal('wrong-kind');
    expect(code(layoutRank({ indicator: 'gd-gdp-rank-streak-2024' }, 'en'))).to.equal('wrong-kind');
    expect(code(layoutRank({ rank: 'abc' }, 'en'))).to.equal('not-finite');
    expect(code(layoutRank({ rank: Number.NaN }, 'en'))).to.equal('not-finite');
    expect(code(layoutRank({ rank: 32, of: 31 }, 'en'))).to.equal('out-of-range');
    expect(code(layoutRank({ rank: 0 }, 'en'))).to.equal('out-of-range');
    expect(code(layoutRank({ rank: 1.5 }, 'en'))).to.equal('out-of-range');
    expect(code(layoutRank({ rank: 1, streak: 2.5 }, 'en'))).to.equal('out-of-range');
    expect(code(layoutRank({}, 'en'))).to.equal('missing-value');
  });

  it('rankFromIndicator() takes the level it ranks and the data rows of every record shown', () => {
    const catalog = getCatalog()!;
    const v = view(rankFromIndicator(catalog.find('gd-gdp-rank-2024')!, {}, catalog, 'zh-Hans'));
    expect(v.level).to.match(/^地区生产总值：/);
    expect(v.rows.map((r) => r.unit)).to.deep.equal(['rank', 'years', 'cny']);
    expect(v.rows[0]!.quote).to.include('连续36年居全国首位');
    expect(v.rows[1]!.value).to.equal(36);
  });

  it('random inputs never throw and never show NaN: a view or a named error', () => {
    const num = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double(),
      fc.constantFrom(NaN, Infinity, -0, 1e308),
      fc.string(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.record({
          rank: num,
          of: num,
          streak: num,
          since: num,
          period: fc.oneof(fc.string(), fc.constantFrom('2024', 'as of 2024-01-10', undefined)),
          bound: fc.constantFrom('top', 'exact', undefined, 'x'),
          scope: fc.constantFrom('national', 'world', 'none', undefined),
        }),
        fc.constantFrom('zh-Hans', 'zh-Hant', 'en') as fc.Arbitrary<'en'>,
        (input, locale) => {
          const m = layoutRank(input, locale);
          if (!m.ok) {
            expect(m.message).to.be.a('string').and.not.equal('');
            return;
          }
          expect(JSON.stringify(m.view.table) + m.view.sentence).not.to.include('NaN');
          for (const mk of [...(m.view.peers?.marks ?? []), ...(m.view.years?.marks ?? [])]) {
            expect(Number.isFinite(mk.x) && Number.isFinite(mk.width)).to.equal(true);
            expect(mk.x).to.be.within(0, 100);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
