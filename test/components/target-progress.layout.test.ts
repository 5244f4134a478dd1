import { symbol, symbolDiamond, symbolTriangle } from 'd3-shape';
import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import { getCatalog, registerCatalog } from '../../packages/components/src/shared/catalog.js';
import { INDICATOR_VIEWS } from '../../packages/components/src/views.js';
import {
  BASELINE_GLYPH,
  displayOvershoot,
  displayPercent,
  layoutTargetModel,
  layoutTargetProgress,
  parseStrictNumber,
  periodLabel,
  TARGET_GLYPH,
  targetProgressTexts,
  type Figure,
} from '../../packages/components/src/target-progress/target-progress.layout.js';

const close = (actual: number | null | undefined, expected: number) =>
  expect(actual, `${actual} ≈ ${expected}`).to.be.closeTo(expected, 1e-6);

describe('target-progress layout', () => {
  it('layoutTargetProgress() puts the target at the end of the track when the value is short of it', () => {
    const l = layoutTargetProgress({ value: 84, target: 100 });
    close(l.min, 0);
    close(l.max, 100);
    close(l.zero, 0);
    close(l.fill!.from, 0);
    close(l.fill!.to, 84);
    close(l.valueAt, 84);
    close(l.marker, 100);
    close(l.percent, 84);
    expect(l.overshoot).to.equal(null);
    expect(l.beyond).to.equal(null);
    expect(l.reached).to.equal(false);
  });

  it('layoutTargetProgress() extends the scale to an overshooting value and keeps the marker inside', () => {
    const l = layoutTargetProgress({ value: 112, target: 100 });
    close(l.max, 112);
    close(l.fill!.to, 100);
    close(l.marker, (100 / 112) * 100);
    close(l.beyond!.from, l.marker);
    close(l.beyond!.to, 100);
    close(l.percent, 112);
    close(l.overshoot, 12);
    expect(l.reached).to.equal(true);
  });

  it('layoutTargetProgress() counts a value equal to the target as reached without an overshoot', () => {
    const l = layoutTargetProgress({ value: 5500, target: 5500 });
    expect(l.reached).to.equal(true);
    expect(l.overshoot).to.equal(null);
    expect(l.beyond).to.equal(null);
    close(l.percent, 100);
  });

  it('layoutTargetProgress() leaves the percent undefined for a target of 0 but still draws', () => {
    const l = layoutTargetProgress({ value: 5, target: 0 });
    expect(l.percent).to.equal(null);
    close(l.marker, 0);
    close(l.fill!.to, 100);
    expect(l.reached).to.equal(true);
    const zero = layoutTargetProgress({ value: 0, target: 0 });
    expect(
      [zero.zero, zero.marker, zero.fill!.from, zero.fill!.to].every(Number.isFinite),
    ).to.equal(true);
  });

  it('layoutTargetProgress() includes 0 in the scale for a negative value and fills from 0 leftwards', () => {
    const l = layoutTargetProgress({ value: -20, target: 80 });
    close(l.min, -20);
    close(l.max, 80);
    close(l.zero, 20);
    close(l.fill!.from, 0);
    close(l.fill!.to, 20);
    close(l.valueAt, 0);
    close(l.marker, 100);
    close(l.percent, -25);
    expect(l.reached).to.equal(false);
  });

  it('layoutTargetProgress() leaves the percent undefined for a negative target', () => {
    const l = layoutTargetProgress({ value: -2, target: -5 });
    expect(l.percent).to.equal(null);
    expect(l.overshoot).to.equal(null);
    expect(l.reached).to.equal(true);
    close(l.min, -5);
    close(l.max, 0);
    close(l.marker, 0);
    close(l.zero, 100);
  });

  it('layoutTargetProgress() draws no fill and no percent without an actual', () => {
    const l = layoutTargetProgress({ value: null, target: 2e10 });
    expect(l.fill).to.equal(null);
    expect(l.valueAt).to.equal(null);
    expect(l.percent).to.equal(null);
    expect(l.reached).to.equal(false);
    close(l.marker, 100);
  });

  it('layoutTargetProgress() places the baseline on the same scale', () => {
    const l = layoutTargetProgress({ value: 60, target: 100, baseline: 20 });
    close(l.baseline, 20);
    const below = layoutTargetProgress({ value: 60, target: 100, baseline: -25 });
    close(below.min, -25);
    close(below.baseline, 0);
    close(below.zero, 20);
  });

  it('layoutTargetProgress() keeps every position finite for extreme magnitudes', () => {
    const l = layoutTargetProgress({ value: -1e308, target: 1e308, baseline: 1e-300 });
    for (const n of [l.zero, l.marker, l.baseline, l.fill!.from, l.fill!.to]) {
      expect(Number.isFinite(n), String(n)).to.equal(true);
      expect(n).to.be.within(0, 100);
    }
    close(l.zero, 50);
    expect(layoutTargetProgress({ value: 1e308, target: 1e-308 }).percent).to.equal(null);
  });

  it('displayPercent() never shows 100% for a value short of the target or past it', () => {
    expect(displayPercent(84.4, false)).to.equal(84);
    expect(displayPercent(99.96, false)).to.equal(99.9);
    expect(displayPercent(100.3, true)).to.equal(100.3);
    expect(displayPercent(100, true)).to.equal(100);
    expect(displayPercent(3.14, false)).to.equal(3.1);
    expect(displayPercent(-25, false)).to.equal(-25);
  });

  it('displayOvershoot() never rounds an overshoot down to 0', () => {
    expect(displayOvershoot(12.4)).to.equal(12);
    expect(displayOvershoot(0.04)).to.equal(0.1);
    expect(displayOvershoot(2.25)).to.equal(2.3);
  });

  it('periodLabel() gives a single year as it is and other periods through formatPeriod', () => {
    expect(periodLabel('2024', 'zh-Hans')).to.equal('2024');
    expect(periodLabel('by 2027', 'en')).to.equal('2027');
    expect(periodLabel('as of 2024-12', 'zh-Hans')).to.equal('截至2024年12月');
    expect(periodLabel(undefined, 'en')).to.equal('');
    expect(periodLabel(2024 as unknown as string, 'en')).to.equal('2024');
  });

  it('parseStrictNumber() accepts decimal and exponent notation and refuses the rest', () => {
    expect(parseStrictNumber('84')).to.equal(84);
    expect(parseStrictNumber(' -1.5e3 ')).to.equal(-1500);
    expect(parseStrictNumber('.5')).to.equal(0.5);
    for (const bad of [
      '',
      ' ',
      'abc',
      '12px',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e400',
      '0x10',
      '1,000',
    ]) {
      expect(parseStrictNumber(bad), bad).to.equal(null);
    }
  });

  it("TARGET_GLYPH and BASELINE_GLYPH are d3-shape's triangle and diamond, rounded to 0.001", () => {
    const round = (d: string) =>
      d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
    expect(TARGET_GLYPH).to.equal(round(symbol(symbolTriangle, 48)() ?? ''));
    expect(BASELINE_GLYPH).to.equal(round(symbol(symbolDiamond, 32)() ?? ''));
  });

  describe('targetProgressTexts()', () => {
    const texts = (
      value: Figure | null,
      target: Figure,
      locale: 'zh-Hans' | 'zh-Hant' | 'en',
      baseline: Figure | null = null,
      unit: 'enterprises' | 'cny' | 'percent' = 'enterprises',
    ) =>
      targetProgressTexts(
        layoutTargetProgress({
          value: value?.value ?? null,
          target: target.value,
          baseline: baseline?.value,
        }),
        { value, target, baseline, unit },
        locale,
      );

    it('labels both ends with their years and one shared scale word', () => {
      const t = texts(
        { value: 73900, period: '2024' },
        { value: 88000, period: '2027' },
        'zh-Hans',
      );
      expect(t.actual).to.equal('2024: 7.39万家');
      expect(t.target).to.equal('2027 目标: 8.8万家');
      expect(t.percent).to.equal('84%');
      expect(t.valueText).to.equal('已完成目标的84%');
      expect(t.status).to.equal(null);
      expect(t.note).to.equal(null);
    });

    it('writes the percent of target in each script', () => {
      const v = { value: 8400, period: '2025' };
      const g = { value: 10000, period: '2025' };
      expect(texts(v, g, 'zh-Hant').valueText).to.equal('已完成目標的84%');
      expect(texts(v, g, 'zh-Hant').target).to.equal('2025 目標: 1萬家');
      const en = texts(v, g, 'en');
      expect(en.valueText).to.equal('84% of target');
      expect(en.actual).to.equal('2025: 8,400 enterprises');
      expect(en.target).to.equal('2025 target: 10,000 enterprises');
    });

    it('writes a signed overshoot note', () => {
      const t = texts({ value: 112 }, { value: 100 }, 'zh-Hans');
      expect(t.note).to.equal('超出目标+12%');
      expect(t.percent).to.equal('112%');
      expect(texts({ value: 112 }, { value: 100 }, 'en').note).to.equal('+12% beyond target');
    });

    it('says so when the target is 0, and keeps the figures in the value text', () => {
      const t = texts({ value: 5, period: '2024' }, { value: 0, period: '2025' }, 'zh-Hans');
      expect(t.percent).to.equal('–');
      expect(t.status).to.equal('目标为0，完成比例无法计算');
      expect(t.valueText)
        .to.contain('目标为0')
        .and.contain('2024: 5家')
        .and.contain('2025 目标: 0家');
    });

    it('labels a target shown alone, with its bound and no actual', () => {
      const t = texts(
        null,
        { value: 2e10, period: 'by 2027', bound: 'over' },
        'zh-Hans',
        null,
        'cny',
      );
      expect(t.actual).to.equal(null);
      expect(t.target).to.equal('2027 目标: 超200亿元');
      expect(t.status).to.equal('暂无实际数据，仅显示目标');
      expect(t.valueText).to.equal('暂无实际数据，仅显示目标；2027 目标: 超200亿元');
      expect(
        texts(null, { value: 2e10, period: 'by 2027', bound: 'over' }, 'en', null, 'cny').target,
      ).to.equal('2027 target: over 20 billion yuan');
    });

    it('labels the baseline and a target without a period', () => {
      const t = texts(
        { value: 100, period: '2025' },
        { value: 100 },
        'zh-Hans',
        { value: 5, period: '2020', bound: 'under' },
        'percent',
      );
      expect(t.baseline).to.equal('2020 基准: 不足5%');
      expect(t.target).to.equal('目标: 100%');
      expect(texts({ value: 1 }, { value: 2 }, 'en').target).to.equal('Target: 2 enterprises');
    });

    it('writes negative figures with a real minus', () => {
      const t = texts({ value: -20, period: '2024' }, { value: 80 }, 'en', null, 'percent');
      expect(t.actual).to.equal('2024: −20%');
      expect(t.valueText).to.equal('−25% of target');
    });
  });

  describe('layoutTargetModel()', () => {
    const ACTUAL = 'gd-small-to-above-scale-upgrades-2024';
    const GOAL = 'gd-firms-upgraded-above-scale-2025';
    const TARGET_ONLY = 'gd-soe-ai-investment-by-2027';

    it('lays out host numbers with their periods', () => {
      const m = layoutTargetModel(
        { value: 84, target: 100, unit: 'percent', label: 'Share', targetPeriod: '2027' },
        'en',
      );
      expect(m.ok).to.equal(true);
      if (m.ok) {
        expect([m.label, m.value, m.target, m.texts.percent]).to.deep.equal([
          'Share',
          84,
          100,
          '84%',
        ]);
        expect(m.texts.target).to.contain('2027');
      }
    });

    it('quotes the attribute text of a bad number, and names an unknown unit', () => {
      const bad = layoutTargetModel({ value: 'abc', target: 1, unit: 'percent' }, 'en');
      expect(bad).to.deep.equal({
        ok: false,
        code: 'not-finite',
        message: 'value is not a finite number: "abc".',
      });
      const unit = layoutTargetModel({ value: 1, target: 2, unit: 'furlongs' }, 'zh-Hans');
      expect(unit).to.deep.equal({
        ok: false,
        code: 'missing-unit',
        message: 'Unknown unit "furlongs" for unit.',
      });
      expect(layoutTargetModel({ value: 1, unit: 'percent' }, 'en')).to.include({
        code: 'missing-value',
      });
    });

    it('takes an actual and its target from the catalogue, and a target alone', () => {
      const pair = layoutTargetModel({ indicator: ACTUAL, targetIndicator: GOAL }, 'zh-Hans');
      const goal = getCatalog()!.find(GOAL)!;
      expect(pair.ok && pair.target).to.equal(goal.value);
      expect(pair.ok && pair.value).to.equal(getCatalog()!.find(ACTUAL)!.value);
      const alone = layoutTargetModel({ indicator: TARGET_ONLY }, 'en');
      expect(alone.ok && [alone.value, alone.label]).to.deep.equal([
        null,
        getCatalog()!.find(TARGET_ONLY)!.labels.en,
      ]);
    });

    it('reports an unknown id with the closest one, and a catalogue without views as missing', () => {
      const unknown = layoutTargetModel({ indicator: `${GOAL}x` }, 'en');
      expect(unknown.ok ? '' : unknown.message).to.contain(`Did you mean "${GOAL}"`);
      const catalog = getCatalog()!;
      try {
        registerCatalog(catalog, null);
        expect(layoutTargetModel({ indicator: GOAL }, 'en')).to.include({ code: 'no-catalog' });
      } finally {
        registerCatalog(catalog, INDICATOR_VIEWS);
      }
    });
  });
});
