import { symbol, symbolDiamond, symbolTriangle } from 'd3-shape';
import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import {
  getCatalog,
  getViews,
  registerViews,
} from '../../packages/components/src/shared/catalog.js';
import {
  BASELINE_GLYPH,
  comparePeriods,
  displayOvershoot,
  displayPercent,
  layoutFigures,
  layoutTargetModel,
  meetsTarget,
  percentBound,
  readFigures,
  remainingBound,
  layoutTargetProgress,
  parseStrictNumber,
  periodLabel,
  TARGET_GLYPH,
  targetProgressTexts,
  type Figure,
  type TargetProgressTexts,
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

  it('layoutTargetProgress() leaves the percent undefined for a target of 0 and draws the value as a dot', () => {
    const l = layoutTargetProgress({ value: 5, target: 0 });
    expect(l.percent).to.equal(null);
    expect(l.marks).to.equal('positions');
    expect(l.fill).to.equal(null);
    close(l.marker, 0);
    close(l.point, 100);
    expect(l.reached).to.equal(true);
    const zero = layoutTargetProgress({ value: 0, target: 0 });
    expect([zero.zero, zero.marker, zero.point].every(Number.isFinite)).to.equal(true);
  });

  it('layoutTargetProgress() puts a negative value left of a 0 line as a dot, with no percent', () => {
    const l = layoutTargetProgress({ value: -20, target: 80 });
    close(l.min, -20);
    close(l.max, 80);
    close(l.zero, 20);
    expect(l.marks).to.equal('positions');
    expect(l.fill).to.equal(null);
    close(l.point, 0);
    close(l.valueAt, 0);
    close(l.marker, 100);
    expect(l.zeroLine).to.equal(true);
    expect(l.percent).to.equal(null);
    close(l.gap, 100);
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
    expect(l.gap).to.equal(null); // 1e308 − (−1e308) overflows: no "what remains"
    const over = layoutTargetProgress({ value: 1e308, target: 1e308, targetBound: 'over' });
    for (const n of [l.zero, l.marker, l.baseline, l.point, over.marker, over.fill!.to]) {
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

    it('labels both ends with their periods and one shared scale word, and says what remains', () => {
      // A stock counted at the end of 2024 toward a level to reach by 2027: progress so far.
      const t = texts(
        { value: 73900, period: 'as of 2024-12' },
        { value: 88000, period: 'by 2027' },
        'zh-Hans',
      );
      expect(t.actual).to.equal('截至2024年12月：7.39万家');
      expect(t.target).to.equal('2027年目标：8.8万家');
      expect(t.percent).to.equal('84%');
      expect(t.remaining).to.equal('距目标还差1.41万家');
      expect(t.valueText).to.equal('已完成目标的84%；距目标还差1.41万家');
      expect(t.status).to.equal(null);
      expect(t.note).to.equal(null);
    });

    it('writes the percent of target and what remains in each script', () => {
      const v = { value: 8400, period: '2025' };
      const g = { value: 10000, period: '2025' };
      expect(texts(v, g, 'zh-Hant').valueText).to.equal('已完成目標的84%；距目標還差1600家');
      expect(texts(v, g, 'zh-Hant').target).to.equal('2025年目標：1萬家');
      expect(texts(v, g, 'zh-Hans').remaining).to.equal('距目标还差1600家');
      const en = texts(v, g, 'en');
      expect(en.valueText).to.equal('84% of target; 1,600 enterprises to go');
      expect(en.remaining).to.equal('1,600 enterprises to go');
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
      const t = texts({ value: 5, period: '2025' }, { value: 0, period: '2025' }, 'zh-Hans');
      expect(t.percent).to.equal('–');
      expect(t.status).to.equal('目标为0，完成比例无法计算');
      expect(t.valueText)
        .to.contain('目标为0')
        .and.contain('2025年：5家')
        .and.contain('2025年目标：0家');
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
      expect(t.target).to.equal('2027年目标：超200亿元');
      expect(t.status).to.equal('暂无实际数据，仅显示目标');
      expect(t.valueText).to.equal('暂无实际数据，仅显示目标；2027年目标：超200亿元');
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
      expect(t.baseline).to.equal('2020年基准：不足5%');
      expect(t.target).to.equal('目标：100%');
      expect(texts({ value: 1 }, { value: 2 }, 'en').target).to.equal('Target: 2 enterprises');
    });

    it('writes negative figures with a real minus, and a negative level gets no percent', () => {
      const t = texts({ value: -20, period: '2025' }, { value: 80, period: '2025' }, 'en');
      expect(t.actual).to.equal('2025: −20 enterprises');
      expect(t.percent).to.equal('–');
      expect(t.status).to.equal('Actual is negative: no percent of target');
      expect(t.remaining).to.equal('100 enterprises to go');
      expect(t.valueText).not.to.match(/\d% of target/);
    });
  });

  describe('layoutTargetModel()', () => {
    const ACTUAL = 'gd-small-to-above-scale-upgrades-2024';
    const GOAL = 'gd-firms-upgraded-above-scale-2025';
    const TARGET_ONLY = 'gd-soe-ai-investment-by-2027';

    it('lays out host numbers with their periods', () => {
      const m = layoutTargetModel(
        {
          value: 84,
          target: 100,
          unit: 'enterprises',
          label: 'Share',
          valuePeriod: '2027',
          targetPeriod: '2027',
        },
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
        message: 'Unknown unit "furlongs" for unit (registerUnit() adds one of your own).',
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
      const adapter = getViews<object>('pearl-target-progress')!;
      try {
        registerViews('pearl-target-progress', null);
        expect(layoutTargetModel({ indicator: GOAL }, 'en')).to.include({ code: 'no-catalog' });
      } finally {
        registerViews('pearl-target-progress', adapter);
      }
    });
  });

  describe('what a bar may claim', () => {
    type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
    type Unit = 'enterprises' | 'events' | 'percent' | 'pp';
    const read = (
      value: Figure,
      target: Figure,
      unit: Unit = 'enterprises',
      locales: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'],
    ) => {
      const layout = layoutFigures({ value, target, baseline: null, unit });
      const texts = Object.fromEntries(
        locales.map((l) => [
          l,
          targetProgressTexts(layout, { value, target, baseline: null, unit }, l),
        ]),
      ) as Record<Locale, TargetProgressTexts>;
      return { layout, ...texts };
    };

    it('comparePeriods() takes no periods as the same, one period as unknown, and checks two', () => {
      expect(comparePeriods(undefined, undefined)).to.equal('same');
      expect(comparePeriods('', '  ')).to.equal('same');
      expect(comparePeriods('2025', undefined)).to.equal('unknown');
      expect(comparePeriods(null, 'by 2027')).to.equal('unknown');
      expect(comparePeriods('2025', '2025')).to.equal('same');
      expect(comparePeriods('2025', 'by 2025')).to.equal('same');
      expect(comparePeriods('2024', '2025')).to.equal('different');
      expect(comparePeriods('2024', 'by 2027')).to.equal('different');
      expect(comparePeriods('as of 2024-12', 'by 2027')).to.equal('same');
      expect(comparePeriods('as of 2028-01', 'by 2027')).to.equal('different');
      expect(comparePeriods('as of 2024-12', '2027')).to.equal('different');
      expect(comparePeriods('2023-01/2023-09', '2023')).to.equal('different');
    });

    it('readFigures() reads percent and pp units and growth or change records as rates', () => {
      expect(readFigures({ value: -3.2 }, { value: 5 }, 'percent')).to.deep.equal({
        rate: true,
        apart: null,
      });
      expect(readFigures({ value: 1 }, { value: 2 }, 'pp').rate).to.equal(true);
      expect(
        readFigures({ value: 10, kind: 'change' }, { value: 30, kind: 'change' }, 'events').rate,
      ).to.equal(true);
      expect(readFigures({ value: 10 }, { value: 30 }, 'events').rate).to.equal(false);
    });

    it('readFigures() keeps apart figures of different concepts or periods', () => {
      const a = { value: 8400, period: '2025', concept: 'digital-transformation' };
      const b = { value: 10000, period: '2025', concept: 'tech-upgrades' };
      expect(readFigures(a, b, 'enterprises').apart).to.equal('definition');
      expect(readFigures(a, { ...b, concept: a.concept }, 'enterprises').apart).to.equal(null);
      // A host figure has no concept: the host vouches for the definition.
      expect(readFigures({ value: 1, period: '2025' }, b, 'enterprises').apart).to.equal(null);
      expect(readFigures({ ...a, period: '2024' }, { ...a }, 'enterprises').apart).to.equal(
        'period',
      );
      expect(readFigures({ value: 1 }, { value: 2, period: '2025' }, 'enterprises').apart).to.equal(
        'period-unknown',
      );
    });

    it('meetsTarget() counts an "over" target met only when exceeded, an "about" one at its number', () => {
      expect(meetsTarget(5500, 5500, 'exact', 'over')).to.equal(false);
      expect(meetsTarget(5501, 5500, 'exact', 'over')).to.equal(true);
      expect(meetsTarget(5500, 5500, 'exact', 'exact')).to.equal(true);
      expect(meetsTarget(199, 200, 'exact', 'about')).to.equal(false);
      expect(meetsTarget(200, 200, 'exact', 'about')).to.equal(true);
      expect(meetsTarget(200, 200, 'exact', 'nearly')).to.equal(true);
      // 超5500 is above 5500, so it passes 超5500; 近5500 and 约5500 are not known to reach 5500.
      expect(meetsTarget(5500, 5500, 'over', 'over')).to.equal(true);
      expect(meetsTarget(5500, 5500, 'nearly', 'exact')).to.equal(false);
      expect(meetsTarget(5500, 5500, 'about', 'exact')).to.equal(false);
      expect(meetsTarget(7.5, 6, 'range', 'exact', 5)).to.equal(false);
      expect(meetsTarget(7.5, 5, 'range', 'exact', 5)).to.equal(true);
    });

    it('percentBound() and remainingBound() never claim more than the sources', () => {
      expect(percentBound('exact', 'exact')).to.equal('exact');
      expect(percentBound('over', 'exact')).to.equal('over');
      expect(percentBound('exact', 'about')).to.equal('about');
      expect(percentBound('nearly', 'exact')).to.equal('nearly');
      expect(remainingBound('exact', 'exact')).to.equal('exact');
      expect(remainingBound('exact', 'over')).to.equal('over');
      expect(remainingBound('over', 'exact')).to.equal('under');
      expect(remainingBound('nearly', 'exact')).to.equal('over');
      expect(remainingBound('exact', 'about')).to.equal('about');
      expect(remainingBound('over', 'over')).to.equal(null);
      expect(remainingBound('range', 'exact')).to.equal(null);
    });

    it('a 2024 actual against a 2025 "over" target: both figures and years, no percent, no goal met', () => {
      const r = read(
        { value: 5500, period: '2024', status: 'estimate', concept: 'upgrades' },
        { value: 5500, period: '2025', bound: 'over', concept: 'upgrades' },
      );
      expect(r.layout.marks).to.equal('positions');
      expect(r.layout.fill).to.equal(null);
      expect(r.layout.percent).to.equal(null);
      expect(r.layout.reached).to.equal(false);
      expect(r['zh-Hans'].percent).to.equal('–');
      expect(r['zh-Hans'].status).to.equal('实际与目标不是同一时期，不计算完成率');
      expect(r['zh-Hans'].actual).to.equal('2024年预计：5500家');
      expect(r['zh-Hans'].target).to.equal('2025年目标：超5500家');
      expect(r['zh-Hans'].remaining).to.equal('目标高于2024年水平');
      expect(r['zh-Hant'].status).to.equal('實際與目標不是同一時期，不計算完成率');
      expect(r['zh-Hant'].actual).to.equal('2024年預計：5500家');
      expect(r['zh-Hant'].remaining).to.equal('目標高於2024年水平');
      expect(r.en.status).to.equal(
        'Actual and target are for different periods: no percent of target',
      );
      expect(r.en.actual).to.equal('2024 estimate: 5,500 enterprises');
      expect(r.en.remaining).to.equal('Target is above the 2024 level');
      for (const l of ['zh-Hans', 'zh-Hant', 'en'] as const)
        expect(r[l].valueText, l).not.to.match(/100|已完成目|\d% of target/);
    });

    it('a target of a later year above the actual says by how much, with the year', () => {
      const r = read({ value: 73900, period: '2024' }, { value: 88000, period: '2027' });
      expect(r.layout.percent).to.equal(null);
      expect(r['zh-Hans'].remaining).to.equal('目标比2024年多1.41万家');
      expect(r['zh-Hant'].remaining).to.equal('目標比2024年多1.41萬家');
      expect(r.en.remaining).to.equal('Target: 14,100 enterprises more than in 2024');
      const over = read(
        { value: 5000, period: '2024' },
        { value: 5500, period: '2025', bound: 'over' },
      );
      expect(over['zh-Hans'].remaining).to.equal('目标比2024年多500家以上');
      expect(over.en.remaining).to.equal('Target: over 500 enterprises more than in 2024');
    });

    it('an "over" target is not met at its number: under 100%, not yet above it', () => {
      const at = read(
        { value: 5500, period: '2025' },
        { value: 5500, period: '2025', bound: 'over' },
      );
      expect(at.layout.reached).to.equal(false);
      expect(at.layout.marks).to.equal('fill');
      expect(at.layout.marker).to.be.below(100); // the track runs on past the line to pass
      close(at.layout.fill!.to, at.layout.marker);
      expect(at['zh-Hans'].percent).to.equal('不足100%');
      expect(at['zh-Hant'].percent).to.equal('不足100%');
      expect(at.en.percent).to.equal('under 100%');
      expect(at['zh-Hans'].remaining).to.equal('尚未超过目标');
      expect(at['zh-Hant'].remaining).to.equal('尚未超過目標');
      expect(at.en.remaining).to.equal('Not yet above the target');
      expect(at['zh-Hans'].note).to.equal(null);

      const past = read(
        { value: 5600, period: '2025' },
        { value: 5500, period: '2025', bound: 'over' },
      );
      expect(past.layout.reached).to.equal(true);
      expect(past['zh-Hans'].percent).to.equal('102%');
      expect(past['zh-Hans'].note).to.equal('超出目标+1.8%');
      expect(past['zh-Hans'].remaining).to.equal(null);

      const short = read({ value: 5000 }, { value: 5500, bound: 'over' }, 'enterprises');
      expect(short['zh-Hans'].remaining).to.equal('距目标还差500家以上');
      expect(short['zh-Hant'].remaining).to.equal('距目標還差500家以上');
      expect(short.en.remaining).to.equal('over 500 enterprises to go');
    });

    it('an "about" target gives an approximate percent and is not met early', () => {
      const r = read(
        { value: 180, period: '2025' },
        { value: 200, period: '2025', bound: 'about' },
        'events',
      );
      expect(r['zh-Hans'].percent).to.equal('约90%');
      expect(r['zh-Hant'].percent).to.equal('約90%');
      expect(r.en.percent).to.equal('about 90%');
      expect(r['zh-Hans'].remaining).to.equal('距目标还差约20场');
      expect(r.en.remaining).to.equal('about 20 events to go');
      expect(
        read({ value: 199 }, { value: 200, bound: 'about' }, 'events').layout.reached,
      ).to.equal(false);
    });

    it('a rate is compared in its own unit against a zero line: −3.2% against a target of 5%', () => {
      const r = read({ value: -3.2, period: '2025' }, { value: 5, period: '2025' }, 'percent');
      const l = r.layout;
      expect(l.marks).to.equal('positions');
      expect(l.fill).to.equal(null);
      expect(l.percent).to.equal(null);
      expect(l.zeroLine).to.equal(true);
      close(l.zero, (3.2 / 8.2) * 100);
      close(l.point, 0);
      close(l.marker, 100);
      expect(r['zh-Hans'].percent).to.equal('−3.2%');
      expect(r['zh-Hans'].caption).to.equal('目标为5%');
      expect(r['zh-Hans'].remaining).to.equal('比目标低8.2个百分点');
      expect(r['zh-Hans'].valueText).to.match(/^−3\.2%，目标为5%；/);
      expect(r['zh-Hant'].caption).to.equal('目標為5%');
      expect(r['zh-Hant'].remaining).to.equal('比目標低8.2個百分點');
      expect(r.en.valueText).to.match(/^−3\.2% against a target of 5%; /);
      expect(r.en.remaining).to.equal('8.2 percentage points below target');
      for (const t of [r['zh-Hans'], r['zh-Hant'], r.en]) {
        expect(t.valueText).not.to.match(/64/);
        expect(t.status).to.equal(null);
      }
      const met = read({ value: 6 }, { value: 5 }, 'percent');
      expect(met.layout.reached).to.equal(true);
      expect(met['zh-Hans'].note).to.equal('比目标高1个百分点');
      expect(met.en.note).to.equal('1 percentage point above target');
    });

    it('a rate of another period is apart: positions and the reason, no comparison', () => {
      const r = read({ value: -3.2, period: '2024' }, { value: 5, period: '2025' }, 'percent');
      expect(r.layout.marks).to.equal('positions');
      expect(r.layout.reached).to.equal(false);
      expect(r['zh-Hans'].status).to.equal('实际与目标不是同一时期，不计算完成率');
      expect(r['zh-Hans'].remaining).to.equal(null);
    });

    it('different definitions or an unstated period give no percent and no remainder', () => {
      const def = read(
        { value: 8400, period: '2025', bound: 'over', concept: 'a' },
        { value: 10000, period: '2025', concept: 'b' },
      );
      expect(def.layout.percent).to.equal(null);
      expect(def.layout.reached).to.equal(false);
      expect(def['zh-Hans'].status).to.equal('实际与目标口径不同，不计算完成率');
      expect(def['zh-Hant'].status).to.equal('實際與目標口徑不同，不計算完成率');
      expect(def.en.status).to.equal(
        'Actual and target measure different things: no percent of target',
      );
      expect(def['zh-Hans'].remaining).to.equal(null);
      const unknown = read({ value: 73900 }, { value: 88000, period: '2027' });
      expect(unknown.layout.percent).to.equal(null);
      expect(unknown['zh-Hans'].status).to.equal('时期未注明，不计算完成率');
      expect(unknown['zh-Hant'].status).to.equal('時期未註明，不計算完成率');
      expect(unknown.en.status).to.equal('Period not stated: no percent of target');
      expect(unknown['zh-Hans'].remaining).to.equal(null);
      // No periods at all: the host's two numbers are taken as the same period.
      const none = read({ value: 73900 }, { value: 88000 });
      expect(none['zh-Hans'].percent).to.equal('84%');
    });
  });
});
