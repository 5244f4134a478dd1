import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import { getCatalog } from '../../packages/components/src/shared/catalog.js';
import {
  findHighlight,
  fromRecords,
  itemName,
  layoutSectors,
  parseItems,
  problemCode,
  queryIndicators,
  resolveIndicators,
  sectorMessage,
  sortOrder,
  splitIds,
  splitLastWord,
  strictNumber,
  valueColumn,
  valueHeading,
  type SectorDatum,
} from '../../packages/components/src/sector-comparison/sector-comparison.layout.js';

const close = (actual: number, expected: number, tolerance = 1e-6) =>
  expect(actual).to.be.closeTo(expected, tolerance);

const items = (...values: number[]): SectorDatum[] =>
  values.map((value, i) => ({ label: `item ${i}`, value, unit: 'percent' }));

const SHARES = [
  'gd-above-scale-industrial-enterprises-national-share-asof-2024-12',
  'gd-national-manufacturing-innovation-centers-national-share-asof-2024-12',
  'gd-5g-base-stations-national-share-asof-2024-12',
  'gd-specialized-smes-national-share-asof-2024-12',
];

describe('sector-comparison layout', () => {
  describe('layoutSectors()', () => {
    it('layoutSectors() makes the largest positive bar fill the plot from a zero line at 0%', () => {
      const { bars, zero } = layoutSectors(items(50, 25, 100), { locale: 'en' });
      close(zero, 0);
      close(bars[0]!.start, 0);
      close(bars[0]!.size, 50);
      close(bars[1]!.size, 25);
      close(bars[2]!.size, 100);
    });

    it('layoutSectors() grows negative bars left from a zero line inside the plot', () => {
      const { bars, zero } = layoutSectors(items(30, -10), { locale: 'en' });
      close(zero, 25);
      close(bars[0]!.start, 25);
      close(bars[0]!.size, 75);
      close(bars[1]!.start, 0);
      close(bars[1]!.size, 25);
      expect(bars[1]!.negative).to.equal(true);
      expect(bars[0]!.negative).to.equal(false);
    });

    it('layoutSectors() puts the zero line at the right edge when every value is negative', () => {
      const { bars, zero } = layoutSectors(items(-2, -4), { locale: 'en' });
      close(zero, 100);
      close(bars[1]!.start, 0);
      close(bars[1]!.size, 100);
      close(bars[0]!.start, 50);
    });

    it('layoutSectors() draws no bars, and no NaN, when every value is zero', () => {
      const { bars, zero } = layoutSectors(items(0, 0), { locale: 'en' });
      close(zero, 0);
      for (const b of bars) expect([b.start, b.size]).to.deep.equal([0, 0]);
    });

    it('layoutSectors() keeps finite geometry for magnitudes near Number.MAX_VALUE', () => {
      const { bars } = layoutSectors(items(1e308, -1e308), { locale: 'en' });
      close(bars[0]!.start, 50);
      close(bars[0]!.size, 50);
      close(bars[1]!.start, 0);
      close(bars[1]!.size, 50);
    });

    it('layoutSectors() sets bar thickness from the band padding', () => {
      close(layoutSectors(items(1, 2, 3), { locale: 'en' }).thickness, 0.7, 1e-3);
      close(layoutSectors(items(1, 2, 3), { locale: 'en', padding: 0.5 }).thickness, 0.5, 1e-3);
    });

    it('layoutSectors() sorts descending and ascending, keeping the given index', () => {
      const data = items(2, 5, 1);
      expect(
        layoutSectors(data, { locale: 'en', sort: 'descending' }).bars.map((b) => b.index),
      ).to.deep.equal([1, 0, 2]);
      expect(
        layoutSectors(data, { locale: 'en', sort: 'ascending' }).bars.map((b) => b.index),
      ).to.deep.equal([2, 0, 1]);
      expect(
        layoutSectors(data, { locale: 'en', sort: 'none' }).bars.map((b) => b.index),
      ).to.deep.equal([0, 1, 2]);
      expect(
        layoutSectors(data, { locale: 'en', sort: 'bogus' }).bars.map((b) => b.index),
      ).to.deep.equal([0, 1, 2]);
    });

    it('layoutSectors() marks exactly the highlighted item', () => {
      const bars = layoutSectors(items(2, 5, 1), {
        locale: 'en',
        highlight: 2,
        sort: 'descending',
      }).bars;
      expect(bars.filter((b) => b.highlighted).map((b) => b.index)).to.deep.equal([2]);
    });
  });

  describe('the value column, as a newsroom writes it', () => {
    const rows = (unit: string, ...values: [number, SectorDatum['bound']?][]): SectorDatum[] =>
      values.map(([value, bound], i) => ({ label: `r${i}`, value, unit, bound }));
    const column = (data: SectorDatum[], locale: 'zh-Hans' | 'zh-Hant' | 'en') => {
      const layout = layoutSectors(data, { locale });
      return { texts: layout.bars.map((b) => b.text), unit: layout.unit };
    };
    // 超8400家 (seed 004), 1万家 and 约100家 (seed 002), the LongLabel story's three rows.
    const firms = rows('enterprises', [8400, 'over'], [1e4, 'exact'], [100, 'about']);

    it('each row keeps its own number when the rows do not share a magnitude: 超8400家, not 超0.84万家', () => {
      expect(column(firms, 'zh-Hans')).to.deep.equal({
        texts: ['超8400家', '1万家', '约100家'],
        unit: '',
      });
      expect(column(firms, 'zh-Hant')).to.deep.equal({
        texts: ['超8400家', '1萬家', '約100家'],
        unit: '',
      });
      const yuan = rows('cny', [1e12], [1.658e11]);
      expect(column(yuan, 'zh-Hans').texts).to.deep.equal(['1万亿元', '1658亿元']);
    });

    it('English states a worded unit once and writes each number naturally: 431,000, not 0.431 million', () => {
      expect(column(firms, 'en')).to.deep.equal({
        texts: ['over 8,400', '10,000', 'about 100'],
        unit: 'enterprises',
      });
      const stations = rows('base-stations', [431000], [3282000]);
      expect(column(stations, 'en')).to.deep.equal({
        texts: ['431,000', '3.282 million'],
        unit: 'base stations',
      });
      const yuan = rows('cny', [1e12], [1.658e11]);
      expect(column(yuan, 'en')).to.deep.equal({
        texts: ['1 trillion', '165.8 billion'],
        unit: 'yuan',
      });
    });

    it('a scale word the rows share is stated once with the unit, not on every row', () => {
      const amounts = rows('cny', [2e13, 'over'], [1.4e13, 'over'], [1.5e12, 'over']);
      expect(column(amounts, 'zh-Hans')).to.deep.equal({
        texts: ['超20', '超14', '超1.5'],
        unit: '万亿元',
      });
      expect(column(amounts, 'zh-Hant').unit).to.equal('萬億元');
      expect(column(amounts, 'en')).to.deep.equal({
        texts: ['over 20', 'over 14', 'over 1.5'],
        unit: 'trillion yuan',
      });
      const stations = rows('base-stations', [431000], [3282000]);
      expect(column(stations, 'zh-Hans')).to.deep.equal({
        texts: ['43.1', '328.2'],
        unit: '万个',
      });
      expect(layoutSectors(amounts, { locale: 'zh-Hans' }).scale?.word).to.equal('万亿');
      expect(layoutSectors(firms, { locale: 'zh-Hans' }).scale).to.equal(null);
    });

    it('symbols stay on every value and nothing is stated once: 57.1%, 1/7', () => {
      expect(column(rows('percent', [57.1], [32]), 'en')).to.deep.equal({
        texts: ['57.1%', '32%'],
        unit: '',
      });
      expect(column(rows('fraction', [1 / 7], [0.2, 'nearly']), 'zh-Hans').texts).to.deep.equal([
        '1/7',
        '近1/5',
      ]);
      expect(column(rows('rank', [1], [3]), 'en').unit).to.equal('');
    });

    it('a unit outside the vocabulary follows each Chinese value and heads the English column', () => {
      const gw = rows('GW', [5], [12]);
      expect(column(gw, 'zh-Hans')).to.deep.equal({ texts: ['5GW', '12GW'], unit: '' });
      expect(column(gw, 'en')).to.deep.equal({ texts: ['5', '12'], unit: 'GW' });
    });

    it('the words a header states once are said after each value for screen readers', () => {
      const amounts = rows('cny', [2e13, 'over'], [1.4e13, 'over']);
      const zh = layoutSectors(amounts, { locale: 'zh-Hans' }).bars;
      expect(zh.map((b) => b.text + b.spoken)).to.deep.equal(['超20万亿元', '超14万亿元']);
      const en = layoutSectors(rows('enterprises', [1], [8400, 'over']), { locale: 'en' }).bars;
      expect(en.map((b) => b.text + b.spoken)).to.deep.equal([
        '1 enterprise',
        'over 8,400 enterprises',
      ]);
      const whole = layoutSectors(firms, { locale: 'zh-Hans' }).bars;
      expect(whole.map((b) => b.spoken)).to.deep.equal(['', '', '']);
    });

    it('valueColumn() and valueHeading() name the unit in the table header', () => {
      const amounts = rows('cny', [2e13], [1.4e13]);
      expect(valueHeading(valueColumn(amounts, 'zh-Hans').unit, 'zh-Hans')).to.equal(
        '数值（万亿元）',
      );
      expect(valueHeading(valueColumn(amounts, 'en').unit, 'en')).to.equal('Value (trillion yuan)');
      expect(valueHeading('', 'zh-Hant')).to.equal('數值');
    });
  });

  describe('ranges and statuses', () => {
    const planned: SectorDatum[] = [
      { label: 'now', value: 27, unit: 'centers' },
      {
        label: 'planned',
        value: 7.5,
        unit: 'centers',
        bound: 'range',
        min: 5,
        max: 10,
        status: 'target',
      },
      { label: 'gd', value: 6, unit: 'centers', status: 'estimate' },
    ];

    it('layoutSectors() draws a range from min to max, not a solid bar from zero to its midpoint', () => {
      const { bars, zero } = layoutSectors(planned, { locale: 'en' });
      close(zero, 0);
      expect(bars.map((b) => b.range)).to.deep.equal([false, true, false]);
      close(bars[1]!.start, (5 / 27) * 100, 1e-3);
      close(bars[1]!.size, (5 / 27) * 100, 1e-3);
      close(bars[0]!.size, 100);
      expect(bars[1]!.text).to.equal('5–10');
    });

    it('layoutSectors() fits the plot to the top of a range, not its midpoint', () => {
      const data: SectorDatum[] = [
        { label: 'a', value: 6, unit: 'centers' },
        { label: 'b', value: 7.5, unit: 'centers', bound: 'range', min: 5, max: 10 },
      ];
      const { bars } = layoutSectors(data, { locale: 'en' });
      close(bars[1]!.start + bars[1]!.size, 100);
      close(bars[0]!.size, 60);
    });

    it('layoutSectors() marks estimates and targets in the bar and the badge, actuals in neither', () => {
      const bars = layoutSectors(planned, { locale: 'zh-Hans' }).bars;
      expect(bars.map((b) => b.mark)).to.deep.equal(['actual', 'target', 'estimate']);
      expect(bars.map((b) => b.status)).to.deep.equal(['', '目标', '预计']);
    });

    it('parseItems() reads a host range and status, and refuses half a range or an unknown status', () => {
      const r = parseItems(
        [
          { label: 'A', min: 5, max: 10, status: 'target' },
          { label: 'B', value: 6, status: 'estimate' },
          { label: 'C', value: 2, status: 'actual' },
        ],
        'centers',
      );
      expect(r.ok).to.equal(true);
      if (r.ok)
        expect(r.data).to.deep.equal([
          {
            label: 'A',
            value: 7.5,
            unit: 'centers',
            bound: 'range',
            min: 5,
            max: 10,
            status: 'target',
          },
          { label: 'B', value: 6, unit: 'centers', status: 'estimate' },
          { label: 'C', value: 2, unit: 'centers' },
        ]);
      const half = parseItems(
        [
          { label: 'A', min: 5 },
          { label: 'B', value: 1 },
        ],
        'centers',
      );
      expect(!half.ok && sectorMessage(half.problem)).to.contain('items[0] needs both min and max');
      const bad = parseItems(
        [
          { label: 'A', min: 5, max: 'x' },
          { label: 'B', value: 1 },
        ],
        'centers',
      );
      expect(!bad.ok && sectorMessage(bad.problem)).to.contain('items[0].max');
      const status = parseItems(
        [
          { label: 'A', value: 1, status: 'plan' },
          { label: 'B', value: 1 },
        ],
        'centers',
      );
      expect(!status.ok && sectorMessage(status.problem)).to.contain('"plan"');
      const huge = parseItems(
        [
          { label: 'A', min: 1e308, max: 1.5e308 },
          { label: 'B', value: 1 },
        ],
        'cny',
      );
      // 1e308 yuan is no news figure: refused as out of range (issue 14), never Infinity.
      expect(!huge.ok && huge.problem.code).to.equal('out-of-range');
      expect(!huge.ok && sectorMessage(huge.problem)).to.contain('items[0].value');
    });
  });

  describe('splitLastWord()', () => {
    it('splitLastWord() splits before the last word, or the last Chinese characters and what follows', () => {
      const cases: [string, [string, string]][] = [
        ['Total industrial output', ['Total industrial ', 'output']],
        ['GDP', ['', 'GDP']],
        ['推动“技改数转”的企业', ['推动“技改数转”的', '企业']],
        // A comma may not start a line anyway; it goes with the tail.
        ['国家制造业创新中心数量（全国，目前）', ['国家制造业创新中心数量（全国', '，目前）']],
        ['数量（截至2024年12月）', ['数量（截至2024年', '12月）']],
        ['5G基站', ['', '5G基站']], // a Latin run before Chinese goes with it
        ['', ['', '']],
      ];
      for (const [text, parts] of cases) {
        expect(splitLastWord(text), text).to.deep.equal(parts);
        expect(parts.join('')).to.equal(text);
      }
    });
  });

  describe('sortOrder() and findHighlight()', () => {
    it('sortOrder() keeps ties in the given order', () => {
      expect(sortOrder(items(1, 3, 1, 3), 'descending')).to.deep.equal([1, 3, 0, 2]);
    });

    it('findHighlight() also takes a label with its detail, as the select event names it', () => {
      const data: SectorDatum[] = [
        { label: 'Share', value: 1, unit: 'percent', detail: 'China · 2012' },
        { label: 'Share', value: 2, unit: 'percent', detail: 'Guangdong · 2024' },
      ];
      expect(itemName(data[1]!)).to.equal('Share · Guangdong · 2024');
      expect(findHighlight(data, 'Share · Guangdong · 2024')).to.equal(1);
      expect(findHighlight(data, 'Share')).to.equal(0);
    });

    it('findHighlight() takes an id, then a label, then an index', () => {
      const data: SectorDatum[] = [
        { label: 'Foshan', value: 1, unit: 'cny', id: 'fs' },
        { label: '2', value: 2, unit: 'cny', id: 'x' },
        { label: 'Shenzhen', value: 3, unit: 'cny', id: 'sz' },
      ];
      expect(findHighlight(data, 'sz')).to.equal(2);
      expect(findHighlight(data, 'Foshan')).to.equal(0);
      expect(findHighlight(data, '2')).to.equal(1); // the label "2" wins over index 2
      expect(findHighlight(data, '0')).to.equal(0);
      expect(findHighlight(data, 1)).to.equal(1);
      expect(findHighlight(data, 7)).to.equal(-1);
      expect(findHighlight(data, 'nowhere')).to.equal(-1);
      expect(findHighlight(data, undefined)).to.equal(-1);
    });
  });

  describe('parseItems()', () => {
    it('parseItems() reads JSON text with the unit attribute', () => {
      const r = parseItems('[{"label":"A","value":1.2},{"label":"B","value":"3","id":"b"}]', 'cny');
      expect(r.ok).to.equal(true);
      if (r.ok)
        expect(r.data).to.deep.equal([
          { label: 'A', value: 1.2, unit: 'cny' },
          { label: 'B', value: 3, unit: 'cny', id: 'b' },
        ]);
    });

    it('parseItems() names the attribute when the JSON is malformed', () => {
      const r = parseItems('[{"label":', 'cny');
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.problem.code).to.equal('malformed-json');
        expect(sectorMessage(r.problem)).to.contain('items');
      }
      const notArray = parseItems('{"label":"A"}', 'cny');
      expect(!notArray.ok && notArray.problem.code).to.equal('malformed-json');
    });

    it('parseItems() refuses non-finite and non-numeric values, naming the field and text', () => {
      for (const bad of [NaN, Infinity, -Infinity, 'abc', 'NaN', 'Infinity', '1,5', true]) {
        const r = parseItems(
          [
            { label: 'A', value: 1 },
            { label: 'B', value: bad },
          ],
          'cny',
        );
        expect(r.ok, String(bad)).to.equal(false);
        if (!r.ok) {
          expect(r.problem.code).to.equal('not-finite');
          expect(sectorMessage(r.problem)).to.contain('items[1].value').and.contain(String(bad));
        }
      }
    });

    it('parseItems() reports a missing value, label or unit', () => {
      const noValue = parseItems([{ label: 'A', value: 1 }, { label: 'B' }], 'cny');
      expect(!noValue.ok && noValue.problem.code).to.equal('missing-value');
      const noLabel = parseItems([{ label: 'A', value: 1 }, { value: 2 }], 'cny');
      expect(!noLabel.ok && noLabel.problem.code).to.equal('missing-label');
      const noUnit = parseItems(
        [
          { label: 'A', value: 1 },
          { label: 'B', value: 2 },
        ],
        undefined,
      );
      expect(!noUnit.ok && noUnit.problem.code).to.equal('missing-unit');
    });

    it('parseItems() refuses items in different units and names both', () => {
      const r = parseItems(
        [
          { label: 'A', value: 1, unit: 'cny' },
          { label: 'B', value: 2, unit: 'percent' },
        ],
        undefined,
      );
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.problem.code).to.equal('mixed-units');
        expect(sectorMessage(r.problem)).to.equal(
          'Mixed units on one axis: yuan (cny), % (percent).',
        );
      }
    });

    it('parseItems() refuses fewer than 2 and more than 20 items', () => {
      const one = parseItems([{ label: 'A', value: 1 }], 'cny');
      expect(!one.ok && one.problem.code).to.equal('item-count');
      const many = parseItems(
        Array.from({ length: 21 }, (_, i) => ({ label: `L${i}`, value: i })),
        'cny',
      );
      expect(!many.ok && many.problem.code).to.equal('item-count');
      if (!many.ok) expect(sectorMessage(many.problem)).to.contain('21');
      const twenty = parseItems(
        Array.from({ length: 20 }, (_, i) => ({ label: `L${i}`, value: i })),
        'cny',
      );
      expect(twenty.ok).to.equal(true);
    });
  });

  describe('catalogue inputs', () => {
    it('splitIds() splits on spaces and commas', () => {
      expect(splitIds(' a b,c ,，d ')).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(splitIds(undefined)).to.deep.equal([]);
    });

    it('resolveIndicators() keeps the given order and the bound of each record', () => {
      const r = resolveIndicators(SHARES, getCatalog(), 'zh-Hans');
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.data.map((d) => d.id)).to.deep.equal(SHARES);
      const texts = layoutSectors(r.data, { locale: 'zh-Hans' }).bars.map((b) => b.text);
      expect(texts).to.deep.equal(['1/7', '近1/5', '近1/10', '近1/5']);
    });

    it('resolveIndicators() writes each count with the classifier its sentence uses', () => {
      // Both are "platforms": 近200家 in article 004, 28个 in article 003.
      const ids = ['gd-ai-provincial-platforms-current', 'gd-miit-pilot-scale-platforms-2025'];
      const r = resolveIndicators(ids, getCatalog(), 'zh-Hant');
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      const texts = layoutSectors(r.data, { locale: 'zh-Hant' }).bars.map((b) => b.text);
      expect(texts).to.deep.equal(['近200家', '28個']);
      const column = valueColumn(r.data, 'zh-Hant');
      expect(column.unit, 'no shared header for 家 and 個').to.equal('');
    });

    it('fromRecords() gives every row its region and period when the rows do not share them', () => {
      // Guangdong as of Aug 2025 beside China as of Jan 2024: neither reads as the other's place or date.
      const r = resolveIndicators(
        ['gd-5g-base-stations-asof-2025-08', 'cn-5g-base-stations-current'],
        getCatalog(),
        'zh-Hans',
      );
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.data.map((d) => d.detail)).to.deep.equal([
        '广东 · 截至2025年8月',
        '全国 · 截至2024年1月10日',
      ]);
      // One region and one period: said once by the figure, not on every row.
      const same = resolveIndicators(SHARES.slice(0, 2), getCatalog(), 'zh-Hans');
      expect(same.ok && same.data.map((d) => d.detail)).to.deep.equal([undefined, undefined]);
    });

    it('resolveIndicators() suggests the closest id for an unknown one', () => {
      const r = resolveIndicators(['gd-gdp-2024', 'gd-gdp-2042'], getCatalog(), 'en');
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(problemCode(r.problem)).to.equal('unknown-indicator');
        expect(sectorMessage(r.problem)).to.contain('gd-gdp-2042').and.contain('gd-gdp-2024');
      }
    });

    it('resolveIndicators() refuses records in different units', () => {
      const r = resolveIndicators(
        ['gd-gdp-2024', 'gd-advanced-manufacturing-share-2024'],
        getCatalog(),
        'en',
      );
      expect(!r.ok && r.problem.code).to.equal('mixed-units');
      if (!r.ok)
        expect(sectorMessage(r.problem)).to.contain('yuan (cny)').and.contain('% (percent)');
    });

    it('resolveIndicators() and queryIndicators() report a missing catalogue', () => {
      expect(resolveIndicators(['gd-gdp-2024'], null, 'en')).to.deep.equal({
        ok: false,
        problem: { code: 'no-catalog', id: 'gd-gdp-2024' },
      });
      expect(queryIndicators({ tag: 'ai' }, undefined, null, 'en')).to.deep.equal({
        ok: false,
        problem: { code: 'no-catalog', id: 'ai' },
      });
      expect(sectorMessage({ code: 'no-catalog', id: 'ai' })).to.equal(
        'No indicator catalogue is loaded, so "ai" cannot be looked up: import @pearl-charts/components/data.',
      );
    });

    it('queryIndicators() names every unit of a mixed tag, and `unit` picks one', () => {
      const mixed = queryIndicators({ tag: 'ai' }, undefined, getCatalog(), 'en');
      expect(!mixed.ok && mixed.problem.code).to.equal('mixed-units');
      if (!mixed.ok && mixed.problem.code === 'mixed-units') {
        expect(mixed.problem.units).to.include.members(['cny', 'platforms', 'enterprises']);
        expect(sectorMessage(mixed.problem)).to.contain('unit attribute');
      }
      const platforms = queryIndicators({ tag: 'ai' }, 'platforms', getCatalog(), 'en');
      expect(platforms.ok).to.equal(true);
      if (platforms.ok) expect(platforms.data.every((d) => d.unit === 'platforms')).to.equal(true);
    });

    it('fromRecords() tells apart records that share a label by region and period', () => {
      const catalog = getCatalog()!;
      const ids = [
        'gd-high-tech-manufacturing-share-2024',
        'cn-high-tech-manufacturing-share-2012',
      ];
      const records = ids.map((id) => catalog.find(id)!);
      const zh = fromRecords(records, 'zh-Hans');
      // The label stays the measure's; region and period are a detail, separated: 广东 · 2024年.
      expect(zh.map((d) => d.label)).to.deep.equal(records.map((r) => r.labels['zh-Hans']));
      expect(zh.map((d) => d.detail)).to.deep.equal(['广东 · 2024年', '全国 · 2012年']);
      expect(fromRecords(records, 'en').map((d) => d.detail)).to.deep.equal([
        'Guangdong · 2024',
        'China · 2012',
      ]);
      const single = fromRecords([records[0]!], 'zh-Hans');
      expect(single[0]!.detail).to.equal(undefined);
    });
  });

  describe('strictNumber()', () => {
    it('strictNumber() accepts finite numbers and decimal text only', () => {
      expect(strictNumber(1.5)).to.equal(1.5);
      expect(strictNumber(' -2e3 ')).to.equal(-2000);
      for (const bad of ['', 'abc', 'NaN', 'Infinity', '0x10', '1e999', NaN, Infinity, null, {}]) {
        expect(strictNumber(bad), String(bad)).to.equal(null);
      }
    });
  });
});
