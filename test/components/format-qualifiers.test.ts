// Numbers keep what their sentence says: the classifier it counts with, a 30多 ("30-odd") bound,
// and a change's own qualifier (超40% growth is "over +40%", never a flat +40%).
import { expect } from '../testing.js';
import {
  formatDelta,
  formatIndicator,
  formatValue,
  type FormatLocale,
} from '../../packages/components/src/format.js';

const jia = { 'zh-Hans': '家', 'zh-Hant': '家' };

describe('classifiers from the source', () => {
  it("formatValue() writes the record's classifier where the unit would say 个", () => {
    const near200 = { unit: 'platforms', bound: 'nearly', classifier: jia } as const;
    expect(formatValue(200, { ...near200, locale: 'zh-Hans' })).to.equal('近200家');
    expect(formatValue(200, { ...near200, locale: 'zh-Hant' })).to.equal('近200家');
    // English follows the unit (the thing counted), not the measure word.
    expect(formatValue(200, { ...near200, locale: 'en' })).to.equal('nearly 200 platforms');
    // Without one, the unit's own.
    expect(formatValue(200, { unit: 'platforms', locale: 'zh-Hant' })).to.equal('200個');
  });

  it('a classifier is ignored for units that are not counts', () => {
    expect(formatValue(57.1, { unit: 'percent', locale: 'zh-Hans', classifier: jia })).to.equal(
      '57.1%',
    );
  });

  it("formatIndicator() passes the record's classifier on", () => {
    const r = {
      value: 6,
      unit: 'centers',
      bound: 'exact',
      classifier: { 'zh-Hans': '个', 'zh-Hant': '個' },
    } as const;
    expect(formatIndicator(r, 'zh-Hant')).to.equal('6個');
  });
});

describe('"odd" bounds (30多, 430余)', () => {
  const cases: [number, string, FormatLocale, string][] = [
    [30, 'events', 'zh-Hans', '30多场'],
    [30, 'events', 'zh-Hant', '30多場'],
    [30, 'events', 'en', '30-odd events'],
    [103000, 'enterprises', 'zh-Hans', '10.3万多家'],
    // English has no "-odd" after a scale word: over.
    [5_200_000_000, 'cny', 'en', 'over 5.2 billion yuan'],
    [7600, 'networks', 'en', '7,600-odd networks'],
  ];
  for (const [value, unit, locale, text] of cases)
    it(`${value} ${unit} in ${locale} is ${text}`, () => {
      expect(formatValue(value, { unit: unit as 'events', locale, bound: 'odd' })).to.equal(text);
    });

  it('a percentage cannot take 多 inside it, so it reads as "over"', () => {
    expect(formatValue(40, { unit: 'percent', locale: 'zh-Hans', bound: 'odd' })).to.equal('超40%');
  });
});

describe('a change keeps its qualifier', () => {
  it('超40% growth is 超+40% / over +40%, not +40%', () => {
    expect(formatDelta(40, 'percent', 'zh-Hans', 'over')).to.equal('超+40%');
    expect(formatDelta(40, 'percent', 'en', 'over')).to.equal('over +40%');
  });

  it('an increase of 30多场 is +30多场 / +30-odd events', () => {
    expect(formatDelta(30, 'events', 'zh-Hans', 'odd')).to.equal('+30多场');
    expect(formatDelta(30, 'events', 'en', 'odd')).to.equal('+30-odd events');
  });

  it('an exact change is unchanged', () => {
    expect(formatDelta(11.5, 'percent', 'en')).to.equal('+11.5%');
  });
});
