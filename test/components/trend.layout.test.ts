import fc from 'fast-check';
import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import { getCatalog } from '../../packages/components/src/shared/catalog.js';
import { EN_MONTHS } from '../../packages/components/src/format/indicator.js';
import {
  breakBetween,
  layoutTrend,
  nearestMark,
  parseSeries,
  periodTime,
  resolveTrendConcept,
  resolveTrendIds,
  trendProblemCode,
  trendRows,
  type TrendData,
  type TrendLayout,
} from '../../packages/components/src/trend/trend.layout.js';

/** Host points in `unit`, parsed as the element parses them; fails the test on a problem. */
function series(unit: string, points: object[]): TrendData {
  const result = parseSeries(points, unit);
  if (!result.ok) throw new Error(`unexpected problem ${JSON.stringify(result.problem)}`);
  return result.data;
}

function layout(data: TrendData, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans', area = false) {
  const l = layoutTrend(data, { locale, area });
  if (!l) throw new Error('no layout');
  return l;
}

/** Which points each run joins, as `from-to` strings. */
const joins = (l: TrendLayout) =>
  l.runs.flatMap((r) => r.points.slice(1).map((p, i) => `${r.points[i]}-${p}`));

const yearly = (values: number[], start = 2019) =>
  values.map((value, i) => ({ period: String(start + i), value }));

describe('trend layout', () => {
  describe('periodTime()', () => {
    it('places a year at its start, a span at its midpoint, and marks `before` undated', () => {
      expect(periodTime('2024')).to.deep.equal({ time: Date.UTC(2024, 0, 1), undated: false });
      expect(periodTime('as of 2024-12')!.time).to.equal(Date.UTC(2024, 11, 1));
      const span = periodTime('2023-01/2023-09')!.time;
      expect(span).to.equal(Date.UTC(2023, 0, 1) / 2 + Date.UTC(2023, 8, 1) / 2);
      expect(periodTime('before 2025')).to.deep.equal({
        time: Date.UTC(2024, 0, 1),
        undated: true,
      });
    });

    it('periodTime() refuses text outside the grammar and `current`', () => {
      for (const bad of ['current', '2024-13', 'soon', '2024/2023', '', 'as of', 5])
        expect(periodTime(bad), String(bad)).to.equal(null);
    });
  });

  describe('honesty rules', () => {
    it('a bound point is an open marker and its label keeps the bound word (超50% / over 50%)', () => {
      const data = series('percent', [
        { period: '2024', value: 57.1 },
        { period: '2025', value: 50, bound: 'over' },
      ]);
      const zh = layout(data);
      expect(zh.marks.map((m) => m.open)).to.deep.equal([false, true]);
      expect(zh.marks[1]!.valueText).to.equal('超50%');
      expect(layout(data, 'en').marks[1]!.valueText).to.equal('over 50%');
    });

    it('an estimate or a target segment is a dashed run, an actual one solid', () => {
      const l = layout(
        series('cny', [
          { period: '2022', value: 1e12 },
          { period: '2023', value: 1.1e12 },
          { period: '2024', value: 1.2e12, status: 'estimate' },
          { period: '2025', value: 1.3e12, status: 'target' },
        ]),
      );
      expect(l.runs.map((r) => [r.style, r.points])).to.deep.equal([
        ['measured', [0, 1]],
        ['estimate', [1, 2]],
        ['target', [2, 3]],
      ]);
      expect(l.notes.join()).to.contain('虚线');
    });

    it('points across a catalogue breakBefore are not joined, and a note says why', () => {
      const result = resolveTrendConcept(
        'gd-advanced-manufacturing-share',
        getCatalog(),
        'zh-Hans',
      );
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.data.points[1]!.breakBefore).to.equal('bound');
      const l = layout(result.data);
      expect(l.runs).to.deep.equal([]);
      expect(l.notes[0]).to.equal(
        '2024年与2025年未连线：数值的限定不同（如“超”与确数），不能作增减比较。',
      );
    });

    it('a breakBefore other than a bound (another definition) also keeps two exact points apart', () => {
      const data = series('percent', yearly([10, 12, 14], 2021));
      data.points[2]!.breakBefore = 'definition';
      const l = layout(data, 'en');
      expect(joins(l)).to.deep.equal(['0-1']);
      expect(l.notes[0]).to.equal('2022 and 2023 are not joined: they are defined differently.');
    });

    it('a comparable catalogue pair is joined: a slope chart with both ends labelled', () => {
      const result = resolveTrendConcept('cn-high-tech-manufacturing-share', getCatalog(), 'en');
      if (!result.ok) throw new Error('no series');
      const l = layout(result.data, 'en');
      expect(joins(l)).to.deep.equal(['0-1']);
      expect(l.marks.map((m) => m.labelled)).to.deep.equal([true, true]);
      expect(l.marks.map((m) => `${m.valueText} ${m.periodText}`)).to.deep.equal([
        '9.4% 2012',
        '15.3% Jan–Sep 2023',
      ]);
    });

    it('host points with different bound words, or an undated one, are not joined', () => {
      const l = layout(
        series('percent', [
          { period: 'before 2025', value: 5, bound: 'under' },
          { period: '2025', value: 100 },
          { period: '2026', value: 100 },
          { period: '2027', value: 90, bound: 'over' },
        ]),
      );
      expect(joins(l)).to.deep.equal(['1-2']);
      expect(l.marks[0]!.undated).to.equal(true);
      // No year tick under the undated point: 2025 and later only.
      expect(l.xTicks.map((t) => t.text)).to.deep.equal(['2025年', '2026年', '2027年']);
    });

    it('no two month ticks a month apart both carry a year (Dec 2024 then Jan 2025 would overprint)', () => {
      const l = layout(
        series('enterprises', [
          { period: 'as of 2024-12', value: 400_000, bound: 'over' },
          { period: 'as of 2025-08', value: 431_000 },
        ]),
      );
      const ats = l.xTicks.map((t) => t.at);
      for (let i = 1; i < ats.length; i++)
        expect(ats[i]! - ats[i - 1]!, JSON.stringify(l.xTicks)).to.be.greaterThan(9);
      expect(l.xTicks[0]!.text).to.contain('2025');
    });

    it('on a month axis every tick a reader sees at any width can be dated: the first and each new year carry the year', () => {
      const month = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
      fc.assert(
        fc.property(
          fc.integer({ min: 2018 * 12, max: 2030 * 12 }),
          fc.integer({ min: 3, max: 23 }),
          fc.constantFrom('zh-Hans' as const, 'en' as const),
          (start, span, locale) => {
            const l = layout(
              series('percent', [
                { period: month(start), value: 5 },
                { period: month(start + span), value: 7 },
              ]),
              locale,
            );
            const year = /\d{4}/;
            for (const narrow of [false, true]) {
              const shown = l.xTicks.filter((t) => !(narrow && t.minor));
              if (shown.length === 0) continue;
              expect(shown[0]!.text, JSON.stringify(l.xTicks)).to.match(year);
              // A January (1月 / Jan) starts a new year: it must say which.
              for (const t of shown)
                if (/^(1月|Jan)$/.test(t.text)) expect.fail(`${t.text} without its year`);
              // Months are read left to right: a shown month of a later year than the last year
              // written is only possible after a January tick, which carries the year.
              let lastYear = Number(year.exec(shown[0]!.text)![0]);
              let lastMonth = -1;
              for (const t of shown) {
                const y = year.exec(t.text);
                const m = locale === 'en' ? t.text.slice(0, 3) : /(\d+)月/.exec(t.text)?.[1];
                const mi = locale === 'en' ? EN_MONTHS.indexOf(m!) : Number(m) - 1;
                if (y) lastYear = Number(y[0]);
                else
                  expect(
                    mi,
                    `${t.text} after month ${lastMonth} of ${lastYear}: ${JSON.stringify(l.xTicks)}`,
                  ).to.be.greaterThan(lastMonth);
                lastMonth = mi;
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it('a missing year between yearly points is a gap, not a line', () => {
      const l = layout(
        series('cny', [
          { period: '2019', value: 1e12 },
          { period: '2020', value: 2e12 },
          { period: '2021', value: 3e12 },
          { period: '2023', value: 4e12 },
          { period: '2024', value: 5e12 },
        ]),
      );
      expect(joins(l)).to.deep.equal(['0-1', '1-2', '3-4']);
      expect(l.notes[0]).to.contain('2021年与2023年未连线');
    });

    it('the y domain includes zero for levels and for rates below zero', () => {
      const levels = layout(series('cny', yearly([1.9e13, 2e13, 2.1e13])));
      expect(levels.zero).to.equal(100);
      expect(levels.yTicks[0]!.text).to.equal('0');
      const rates = layout(series('percent', yearly([3.5, -2.1, 4])));
      expect(rates.zero).to.be.above(0).and.below(100);
      const all = rates.yTicks.map((t) => t.text);
      expect(all).to.include('0%');
      // Every point sits on the side of zero its sign says.
      expect(rates.marks[1]!.y).to.be.above(rates.zero);
      expect(rates.marks[0]!.y).to.be.below(rates.zero);
    });

    it('the y axis has one scale word, stated once in its title (万亿元 / 萬億元 / trillion yuan)', () => {
      const data = series('cny', yearly([9e11, 1.2e12, 1.5e12]));
      const zh = layout(data);
      expect(zh.unitTitle).to.equal('单位：万亿元');
      expect(zh.yTicks.map((t) => t.text)).to.deep.equal(['0', '0.5', '1', '1.5', '2']);
      expect(layout(data, 'zh-Hant').unitTitle).to.equal('單位：萬億元');
      const en = layout(data, 'en');
      expect(en.unitTitle).to.equal('Unit: trillion yuan');
      for (const t of [...zh.yTicks, ...en.yTicks]) expect(t.text).to.match(/^[\d.,−]+$/);
    });

    it('percent ticks keep their symbol and need no title', () => {
      const l = layout(series('percent', yearly([9.4, 15.3])));
      expect(l.unitTitle).to.equal('');
      expect(l.yTicks.map((t) => t.text).at(-1)).to.equal('20%');
    });
  });

  describe('geometry', () => {
    it('layoutTrend() maps the first and last periods to the plot edges and the line through each point', () => {
      // 2021–2023: two years of 365 days, so the middle point is halfway.
      const l = layout(series('percent', yearly([10, 20, 30], 2021)));
      expect(l.marks.map((m) => m.x)).to.deep.equal([0, 50, 100]);
      expect(l.runs[0]!.line).to.equal(
        `M0,${l.marks[0]!.y}L50,${l.marks[1]!.y}L100,${l.marks[2]!.y}`,
      );
    });

    it('`area` fills each run down to zero', () => {
      const l = layout(series('percent', yearly([10, 20])), 'en', true);
      expect(l.runs[0]!.area).to.match(/^M0,\d+(\.\d+)?L100,\d+(\.\d+)?L100,100L0,100Z$/);
      expect(layout(series('percent', yearly([10, 20])), 'en').runs[0]!.area).to.equal('');
    });

    it('a target is a line at its value with its label', () => {
      const data = series('enterprises', yearly([4000, 5000]));
      data.target = {
        period: 'by 2027',
        value: 8000,
        unit: 'enterprises',
        bound: 'exact',
        status: 'target',
      };
      const l = layout(data, 'zh-Hans');
      expect(l.target!.text).to.equal('目标：8000家（到2027年）');
      expect(l.target!.y).to.be.below(l.marks[1]!.y);
    });

    it('the catalogue target of a concept comes with its series', () => {
      const result = resolveTrendConcept(
        'gd-small-to-above-scale-upgrades',
        getCatalog(),
        'zh-Hans',
      );
      if (!result.ok) throw new Error('no series');
      expect(result.data.target?.status).to.equal('target');
      const l = layout(result.data);
      expect(l.target!.text).to.match(/^目标：超5500家/);
    });

    it('nearestMark() picks the point nearest the pointer along x', () => {
      const marks = [{ x: 0 }, { x: 40 }, { x: 100 }];
      expect(nearestMark(marks, 0.1)).to.equal(0);
      expect(nearestMark(marks, 0.3)).to.equal(1);
      expect(nearestMark(marks, 0.95)).to.equal(2);
    });
  });

  describe('inputs and errors', () => {
    it('parseSeries() names each problem', () => {
      const problem = (raw: unknown, unit?: string) => {
        const r = parseSeries(raw, unit);
        return r.ok ? null : r.problem.code;
      };
      expect(problem('[{', 'cny')).to.equal('malformed-json');
      expect(problem('{"a":1}', 'cny')).to.equal('malformed-json');
      expect(problem([{ period: '2024', value: 'abc' }], 'cny')).to.equal('not-finite');
      expect(problem([{ period: '2024', value: NaN }], 'cny')).to.equal('not-finite');
      expect(problem([{ period: 'soon', value: 1 }], 'cny')).to.equal('bad-period');
      expect(problem(yearly([1, 2]))).to.equal('missing-unit');
      expect(problem([{ period: '2024', value: 1, unit: 'percent' }], 'cny')).to.equal(
        'mixed-units',
      );
      expect(problem(yearly([1]), 'cny')).to.equal('too-few');
      expect(problem([{ period: '2024', value: 1, bound: 'much' }], 'cny')).to.equal('bad-data');
      expect(trendProblemCode({ code: 'too-few', count: 1 })).to.equal('too-few-items');
    });

    it('a host target point also gives the target line', () => {
      const l = layout(
        series('percent', [
          { period: '2024', value: 3 },
          { period: '2025', value: 5, status: 'target' },
        ]),
        'en',
      );
      expect(l.target?.text).to.equal('Target: 5% (2025)');
    });

    it('parseSeries() puts points in time order', () => {
      const data = series('percent', [
        { period: '2025', value: 2 },
        { period: '2023', value: 1 },
      ]);
      expect(data.points.map((p) => p.period)).to.deep.equal(['2023', '2025']);
    });

    it('an unknown concept or id is named', () => {
      const concept = resolveTrendConcept('no-such-concept', getCatalog(), 'en');
      expect(concept.ok ? null : concept.problem.code).to.equal('unknown-concept');
      const ids = resolveTrendIds(['gd-gdp-2024', 'no-such-id'], getCatalog(), 'en');
      expect(ids.ok ? null : ids.problem.code).to.equal('unknown-indicator');
      const mixed = resolveTrendIds(
        ['gd-gdp-2024', 'gd-advanced-manufacturing-share-2024'],
        getCatalog(),
        'en',
      );
      expect(mixed.ok ? null : mixed.problem.code).to.equal('mixed-units');
    });

    it('ids are put in time order with the data package’s breaks', () => {
      const r = resolveTrendIds(
        ['gd-5g-base-stations-asof-2025-08', 'gd-5g-base-stations-asof-2024-12'],
        getCatalog(),
        'en',
      );
      if (!r.ok) throw new Error('no series');
      expect(r.data.points.map((p) => p.period)).to.deep.equal(['as of 2024-12', 'as of 2025-08']);
      expect(r.data.points[1]!.breakBefore).to.equal('bound');
    });

    it('breakBetween() follows the data package: unit, region, definition, undated, bound', () => {
      const a = { unit: 'cny', bound: 'exact', period: '2024', region: 'guangdong' };
      expect(breakBetween(a, { ...a })).to.equal(null);
      expect(breakBetween(a, { ...a, unit: 'usd' })).to.equal('unit');
      expect(breakBetween(a, { ...a, region: 'china' })).to.equal('region');
      expect(breakBetween(a, { ...a, definition: 'x' })).to.equal('definition');
      expect(breakBetween(a, { ...a, period: 'before 2025' })).to.equal('period');
      expect(breakBetween(a, { ...a, bound: 'over' })).to.equal('bound');
    });

    it('trendRows() gives one CSV row per point in base units, with quote and outlet', () => {
      const r = resolveTrendConcept('gd-5g-base-stations', getCatalog(), 'zh-Hans');
      if (!r.ok) throw new Error('no series');
      const rows = trendRows(r.data, '');
      expect(rows.map((row) => [row.period, row.value, row.bound])).to.deep.equal([
        ['as of 2024-12', 400000, 'over'],
        ['as of 2025-08', 431000, 'exact'],
      ]);
      expect(rows[0]!.quote).to.contain('5G');
      expect(rows[0]!.outlet).to.not.equal('');
    });

    it('random series JSON never throws and gives a chart without NaN or Infinity, or a problem', () => {
      const value = fc.oneof(
        fc.double(),
        fc.integer(),
        fc.constantFrom(
          NaN,
          Infinity,
          -Infinity,
          1e308,
          -1e308,
          0,
          -0,
          5e-324,
          2e13,
          '12',
          'x',
          null,
        ),
      );
      const period = fc.oneof(
        fc.integer({ min: 1900, max: 2100 }).map(String),
        fc.constantFrom(
          '2023-01/2023-09',
          'as of 2024-12',
          'before 2025',
          'by 2027',
          'current',
          '',
          '2024-02-30',
        ),
        fc.string(),
      );
      const point = fc.record(
        {
          period,
          value,
          bound: fc.constantFrom('exact', 'over', 'about', 'range', 'bogus'),
          status: fc.constantFrom('actual', 'estimate', 'target', 'no'),
        },
        { requiredKeys: ['period', 'value'] },
      );
      const input = fc.oneof(
        fc.array(point, { maxLength: 12 }).map((a) => JSON.stringify(a)),
        fc.string(),
        fc.json(),
      );
      fc.assert(
        fc.property(input, fc.constantFrom('cny', 'percent', 'enterprises', ''), (raw, unit) => {
          const parsed = parseSeries(raw, unit || undefined);
          if (!parsed.ok) return true;
          for (const locale of ['zh-Hans', 'en'] as const) {
            const l = layoutTrend(parsed.data, { locale, area: true });
            if (!l) continue; // the element shows the error state
            const text = JSON.stringify(l);
            expect(text).to.not.match(/NaN|Infinity/);
            expect(l.marks.length).to.equal(parsed.data.points.length);
          }
          return true;
        }),
        { numRuns: 300 },
      );
    });
  });
});
