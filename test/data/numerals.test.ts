import { expect } from '../testing.js';
import { parseChineseInteger, parseFigure } from '../../packages/data/src/numerals.js';

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).to.be.lessThan(1e-9 * Math.max(1, Math.abs(b)));

describe('parseFigure()', () => {
  const cases: [string, string, number][] = [
    ['20万亿', 'number', 20e12],
    ['7.39万', 'number', 73900],
    ['1658亿', 'number', 1658e8],
    ['1.2萬億', 'number', 1.2e12],
    ['24.68萬', 'number', 246800],
    ['1,234.5', 'number', 1234.5],
    ['5000', 'number', 5000],
    ['三十一', 'number', 31],
    ['两千', 'number', 2000],
    ['一万二千', 'number', 12000],
    ['十', 'number', 10],
    ['1600多', 'number', 1600],
    ['14000P', 'number', 14000],
    ['57.1%', 'percent', 57.1],
    ['57.1％', 'percent', 57.1],
    ['1.4个百分点', 'pp', 1.4],
    ['2.6個百分點', 'pp', 2.6],
    ['1/7', 'fraction', 1 / 7],
    ['四分之一', 'fraction', 0.25],
    ['三分之一', 'fraction', 1 / 3],
    ['五成', 'fraction', 0.5],
    ['一半', 'fraction', 0.5],
    ['翻了一番', 'multiple', 2],
    ['翻两番', 'multiple', 4],
    ['加倍', 'multiple', 2],
    ['倍增', 'multiple', 2],
    ['萬億', 'number', 1e12],
    ['万', 'number', 1e4],
    ['2.5倍', 'multiple', 2.5],
    ['首位', 'rank', 1],
    ['第一', 'rank', 1],
    ['第二', 'rank', 2],
  ];
  for (const [text, form, value] of cases) {
    it(`reads "${text}" as the ${form} ${value}`, () => {
      const parsed = parseFigure(text);
      expect(parsed.form).to.equal(form);
      close(parsed.value, value);
    });
  }

  it('reads "5—10" as a range with its midpoint', () => {
    expect(parseFigure('5—10')).to.deep.equal({ form: 'number', value: 7.5, min: 5, max: 10 });
  });

  it('applies a scale written once after a range to both ends ("3至5万")', () => {
    expect(parseFigure('3至5万')).to.deep.include({ min: 30000, max: 50000 });
  });

  it('reads a negative number as a number, not a range', () => {
    expect(parseFigure('-3.2%')).to.deep.equal({ form: 'percent', value: -3.2 });
  });

  it('throws a SyntaxError that names text it cannot read', () => {
    expect(() => parseFigure('许多')).to.throw(SyntaxError, '许多');
  });
});

describe('parseChineseInteger()', () => {
  it('reads 万亿 as a trillion and 三千五百 as 3500', () => {
    expect(parseChineseInteger('一万亿')).to.equal(1e12);
    expect(parseChineseInteger('三千五百')).to.equal(3500);
    expect(parseChineseInteger('十五')).to.equal(15);
  });
});
