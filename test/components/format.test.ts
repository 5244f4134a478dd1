import { expect } from '../testing.js';
import fc from 'fast-check';
import type { UnitId } from '../../packages/data/src/vocab.js';
import {
  chooseScale,
  errorMessage,
  formatDelta,
  formatIndicator,
  formatPeriod,
  formatValue,
  message,
  MESSAGES,
  NO_VALUE,
  percentOfTarget,
  resolveLocale,
  scaleNumber,
  scaleSteps,
  scriptOf,
  type FormatLocale,
  type FormatValueOptions,
  type MessageKey,
} from '../../packages/components/src/format.js';
import { sharedScale, unitWords } from '../../packages/components/src/format/number.js';

const LOCALES = ['zh-Hans', 'zh-Hant', 'zh-TW', 'en'] as const satisfies readonly FormatLocale[];
/** Expected text per locale, in the order of LOCALES. */
type PerLocale = readonly [hans: string, hant: string, tw: string, en: string];
/** What is formatted, described for the test name, and what each locale writes. */
type Case = [
  what: string,
  value: number,
  opts: Omit<FormatValueOptions, 'locale'>,
  expected: PerLocale,
];

const same = (text: string): PerLocale => [text, text, text, text];
const zh = (text: string, en: string): PerLocale => [text, text, text, en];

const VALUE_CASES: Case[] = [
  // Huge amounts of money, from the articles (20万亿, 14万亿, 1658亿) and around the 万亿 step.
  [
    '2e13 yuan over',
    2e13,
    { unit: 'cny', bound: 'over' },
    ['超20万亿元', '超20萬億元', '超20兆元', 'over 20 trillion yuan'],
  ],
  ['1.4e13 yuan', 1.4e13, { unit: 'cny' }, ['14万亿元', '14萬億元', '14兆元', '14 trillion yuan']],
  [
    '1.2e12 yuan',
    1.2e12,
    { unit: 'cny' },
    ['1.2万亿元', '1.2萬億元', '1.2兆元', '1.2 trillion yuan'],
  ],
  ['9e11 yuan', 9e11, { unit: 'cny' }, ['9000亿元', '9000億元', '9000億元', '900 billion yuan']],
  [
    '1.658e11 yuan',
    165_800_000_000,
    { unit: 'cny' },
    ['1658亿元', '1658億元', '1658億元', '165.8 billion yuan'],
  ],
  [
    '5e11 yuan about',
    5e11,
    { unit: 'cny', bound: 'about' },
    ['约5000亿元', '約5000億元', '約5000億元', 'about 500 billion yuan'],
  ],
  [
    '1.5e12 yuan nearly',
    1.5e12,
    { unit: 'cny', bound: 'nearly' },
    ['近1.5万亿元', '近1.5萬億元', '近1.5兆元', 'nearly 1.5 trillion yuan'],
  ],
  [
    '3.2e12 US dollars under',
    3.2e12,
    { unit: 'usd', bound: 'under' },
    ['不足3.2万亿美元', '不足3.2萬億美元', '不足3.2兆美元', 'under 3.2 trillion US dollars'],
  ],
  [
    '2e13 yuan exact',
    2e13,
    { unit: 'cny', bound: 'exact' },
    ['20万亿元', '20萬億元', '20兆元', '20 trillion yuan'],
  ],
  [
    '999,996,000 yuan (rounding carries into 亿)',
    999_996_000,
    { unit: 'cny' },
    ['10亿元', '10億元', '10億元', '1 billion yuan'],
  ],
  ['1 US dollar', 1, { unit: 'usd' }, zh('1美元', '1 US dollar')],
  // Counts with measure words.
  [
    '73,900 enterprises',
    73_900,
    { unit: 'enterprises' },
    ['7.39万家', '7.39萬家', '7.39萬家', '73,900 enterprises'],
  ],
  [
    '246,800 units',
    246_800,
    { unit: 'units' },
    ['24.68万台(套)', '24.68萬臺(套)', '24.68萬臺(套)', '246,800 units'],
  ],
  ['27,000 people', 27_000, { unit: 'people' }, ['2.7万人', '2.7萬人', '2.7萬人', '27,000 people']],
  ['5500 enterprises', 5500, { unit: 'enterprises' }, zh('5500家', '5,500 enterprises')],
  [
    '1600 factories over',
    1600,
    { unit: 'factories', bound: 'over' },
    ['超1600家', '超1600家', '超1600家', 'over 1,600 factories'],
  ],
  ['1 enterprise', 1, { unit: 'enterprises' }, zh('1家', '1 enterprise')],
  ['3 projects', 3, { unit: 'projects' }, ['3个', '3個', '3個', '3 projects']],
  [
    '2.3 million people',
    2_300_000,
    { unit: 'people' },
    ['230万人', '230萬人', '230萬人', '2.3 million people'],
  ],
  // Tiny values and zero.
  ['0.5 yuan', 0.5, { unit: 'cny' }, zh('0.5元', '0.5 yuan')],
  ['0 yuan', 0, { unit: 'cny' }, zh('0元', '0 yuan')],
  ['0 enterprises', 0, { unit: 'enterprises' }, zh('0家', '0 enterprises')],
  ['0 percent', 0, { unit: 'percent' }, same('0%')],
  // Negatives take a real minus sign.
  ['−3.2 percent', -3.2, { unit: 'percent' }, same('−3.2%')],
  [
    '−1.658e11 yuan',
    -165_800_000_000,
    { unit: 'cny' },
    ['−1658亿元', '−1658億元', '−1658億元', '−165.8 billion yuan'],
  ],
  [
    '−0.5 percentage points',
    -0.5,
    { unit: 'pp' },
    ['−0.5个百分点', '−0.5個百分點', '−0.5個百分點', '−0.5 percentage points'],
  ],
  // Percentages and points keep the data's decimals, up to 2.
  ['57.1 percent', 57.1, { unit: 'percent' }, same('57.1%')],
  ['32.0 percent', 32.0, { unit: 'percent' }, same('32%')],
  ['12.345 percent', 12.345, { unit: 'percent' }, same('12.35%')],
  [
    '11.5 percent over',
    11.5,
    { unit: 'percent', bound: 'over' },
    ['超11.5%', '超11.5%', '超11.5%', 'over 11.5%'],
  ],
  [
    '1.4 percentage points',
    1.4,
    { unit: 'pp' },
    ['1.4个百分点', '1.4個百分點', '1.4個百分點', '1.4 percentage points'],
  ],
  [
    '1 percentage point',
    1,
    { unit: 'pp' },
    ['1个百分点', '1個百分點', '1個百分點', '1 percentage point'],
  ],
  // Fractions: simple ones as m/n, the rest as a percent.
  ['the fraction 1/7', 1 / 7, { unit: 'fraction' }, same('1/7')],
  ['the fraction 0.2', 0.2, { unit: 'fraction' }, same('1/5')],
  ['the fraction 0.25', 0.25, { unit: 'fraction' }, same('1/4')],
  ['the fraction 0.3', 0.3, { unit: 'fraction' }, same('3/10')],
  ['the fraction 0.5 (一半)', 0.5, { unit: 'fraction' }, same('1/2')],
  ['the fraction 0.1428571 (within 1e-6 of 1/7)', 0.1428571, { unit: 'fraction' }, same('1/7')],
  ['the fraction 0.143', 0.143, { unit: 'fraction' }, same('14.3%')],
  [
    'the fraction 1/3 about',
    1 / 3,
    { unit: 'fraction', bound: 'about' },
    ['约1/3', '約1/3', '約1/3', 'about 1/3'],
  ],
  // Multiples, ranks, durations, quantities.
  ['2 times', 2, { unit: 'times' }, zh('2倍', '2×')],
  ['2.5 times', 2.5, { unit: 'times' }, zh('2.5倍', '2.5×')],
  ['rank 1', 1, { unit: 'rank' }, zh('第1位', 'No. 1')],
  ['rank 3', 3, { unit: 'rank' }, zh('第3位', 'No. 3')],
  ['a streak of 37 years', 37, { unit: 'years' }, zh('37年', '37 years')],
  ['1 year', 1, { unit: 'years' }, zh('1年', '1 year')],
  ['9 months', 9, { unit: 'months' }, ['9个月', '9個月', '9個月', '9 months']],
  [
    '20 milliseconds under',
    20,
    { unit: 'ms', bound: 'under' },
    ['不足20毫秒', '不足20毫秒', '不足20毫秒', 'under 20 ms'],
  ],
  [
    '14000 PFLOPS (quantities take no scale word)',
    14_000,
    { unit: 'pflops' },
    zh('14000P', '14,000 PFLOPS'),
  ],
  // Ranges: an en dash, one scale word and one unit for both ends.
  [
    'the range 5–10 projects',
    7.5,
    { unit: 'projects', bound: 'range', min: 5, max: 10 },
    ['5–10个', '5–10個', '5–10個', '5–10 projects'],
  ],
  [
    'the range 3–5万 enterprises',
    40_000,
    { unit: 'enterprises', bound: 'range', min: 30_000, max: 50_000 },
    ['3–5万家', '3–5萬家', '3–5萬家', '30,000–50,000 enterprises'],
  ],
  [
    'the range 3–5万亿 yuan',
    4e12,
    { unit: 'cny', bound: 'range', min: 3e12, max: 5e12 },
    ['3–5万亿元', '3–5萬億元', '3–5兆元', '3–5 trillion yuan'],
  ],
  [
    'the range 9000亿–1.2万亿 yuan',
    1.05e12,
    { unit: 'cny', bound: 'range', min: 9e11, max: 1.2e12 },
    ['0.9–1.2万亿元', '0.9–1.2萬億元', '0.9–1.2兆元', '0.9–1.2 trillion yuan'],
  ],
  [
    'the range 10–20 percent',
    15,
    { unit: 'percent', bound: 'range', min: 10, max: 20 },
    same('10–20%'),
  ],
  [
    'the range of ranks 1–3',
    2,
    { unit: 'rank', bound: 'range', min: 1, max: 3 },
    zh('第1–3位', 'No. 1–3'),
  ],
  [
    'a range without ends (the value alone)',
    7.5,
    { unit: 'projects', bound: 'range' },
    ['7.5个', '7.5個', '7.5個', '7.5 projects'],
  ],
  // Not a number: an en dash, never "NaN".
  ['NaN', NaN, { unit: 'cny' }, same(NO_VALUE)],
  ['Infinity', Infinity, { unit: 'percent' }, same(NO_VALUE)],
  ['−Infinity', -Infinity, { unit: 'enterprises', bound: 'over' }, same(NO_VALUE)],
  ['null', null as unknown as number, { unit: 'cny' }, same(NO_VALUE)],
  ['undefined', undefined as unknown as number, { unit: 'pp' }, same(NO_VALUE)],
];

describe('formatValue()', () => {
  for (const [what, value, opts, expected] of VALUE_CASES) {
    LOCALES.forEach((locale, i) => {
      it(`writes ${expected[i]} for ${what} in ${locale}`, () => {
        expect(formatValue(value, { ...opts, locale })).to.equal(expected[i]);
      });
    });
  }

  it('accepts any BCP 47 tag as the locale: zh-HK writes 萬億, not 20T', () => {
    expect(formatValue(2e13, { unit: 'cny', locale: 'zh-HK' })).to.equal('20萬億元');
    expect(formatValue(2e13, { unit: 'cny', locale: 'zh-Hant-TW' })).to.equal('20兆元');
    expect(formatValue(2e13, { unit: 'cny', locale: 'en-GB' })).to.equal('20 trillion yuan');
    // A language without texts of ours: its own digits and compact scale, English words (issue 14).
    expect(formatValue(2e13, { unit: 'cny', locale: 'fr' })).to.equal(
      new Intl.NumberFormat('fr', { notation: 'compact', maximumSignificantDigits: 4 }).format(
        2e13,
      ) + ' yuan',
    );
  });

  it('limits decimals to fractionDigits, dropping trailing zeros', () => {
    expect(
      formatValue(73_900, { unit: 'enterprises', locale: 'zh-Hans', fractionDigits: 1 }),
    ).to.equal('7.4万家');
    expect(formatValue(57.1, { unit: 'percent', locale: 'en', fractionDigits: 0 })).to.equal('57%');
    expect(formatValue(2e13, { unit: 'cny', locale: 'zh-Hans', fractionDigits: 2 })).to.equal(
      '20万亿元',
    );
  });

  it('writes + before positive numbers only with sign: always', () => {
    expect(formatValue(11.5, { unit: 'percent', locale: 'en', sign: 'always' })).to.equal('+11.5%');
    expect(formatValue(11.5, { unit: 'percent', locale: 'en' })).to.equal('11.5%');
  });

  it('writes no sign for a negative number that rounds to 0', () => {
    expect(formatValue(-0.001, { unit: 'percent', locale: 'zh-Hans' })).to.equal('0%');
    expect(formatValue(-0, { unit: 'cny', locale: 'en' })).to.equal('0 yuan');
  });

  it('writes the bare number for a unit the vocabulary does not know', () => {
    expect(formatValue(5, { unit: 'furlongs' as UnitId, locale: 'en' })).to.equal('5');
  });

  it('reuses its Intl.NumberFormat instead of constructing one per call', () => {
    const Original = Intl.NumberFormat;
    let constructed = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        constructed++;
        return new target(...args);
      },
    });
    try {
      for (let i = 0; i < 200; i++) formatValue(i * 1.5e9, { unit: 'cny', locale: 'en' });
      for (let i = 0; i < 200; i++) formatValue(i / 10, { unit: 'percent', locale: 'zh-Hant' });
      // A handful of distinct rounding options at most, never one per call.
      expect(constructed).to.be.lessThan(10);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('never writes NaN, Infinity, e-notation or a hyphen-minus for any number, unit and locale', () => {
    const units: UnitId[] = [
      'cny',
      'usd',
      'percent',
      'pp',
      'fraction',
      'times',
      'rank',
      'years',
      'ms',
      'enterprises',
      'units',
    ];
    const bounds = ['exact', 'over', 'about', 'nearly', 'under'] as const;
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(...units),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...bounds),
        (value, unit, locale, bound) => {
          const text = formatValue(value, { unit, locale, bound });
          expect(text).to.not.match(/NaN|Infinity|\de[+-]?\d|-/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('chooseScale()', () => {
  it('gives [9e11, 1.2e12] one scale word, 万亿, so they read 0.9万亿元 and 1.2万亿元 in zh-Hans', () => {
    const scale = chooseScale([9e11, 1.2e12], 'zh-Hans');
    expect(scale.word).to.equal('万亿');
    const texts = [9e11, 1.2e12].map((v) =>
      formatValue(v, { unit: 'cny', locale: 'zh-Hans', scale }),
    );
    expect(texts).to.deep.equal(['0.9万亿元', '1.2万亿元']);
  });

  it('gives [9e11, 1.2e12] 萬億 in zh-Hant, 兆 in zh-TW and trillion in en', () => {
    const read = (locale: FormatLocale) => {
      const scale = chooseScale([9e11, 1.2e12], locale);
      return [9e11, 1.2e12].map((v) => formatValue(v, { unit: 'cny', locale, scale }));
    };
    expect(read('zh-Hant')).to.deep.equal(['0.9萬億元', '1.2萬億元']);
    expect(read('zh-TW')).to.deep.equal(['0.9兆元', '1.2兆元']);
    expect(read('en')).to.deep.equal(['0.9 trillion yuan', '1.2 trillion yuan']);
  });

  it('picks the step of the largest magnitude, negatives included', () => {
    expect(chooseScale([5500, 73_900], 'zh-Hans').word).to.equal('万');
    expect(chooseScale([-2e13, 1], 'zh-Hans').word).to.equal('万亿');
    expect(chooseScale([1.658e11, 5e11], 'en').word).to.equal('billion');
  });

  it('writes no scale word below 万 in Chinese or below a million in English', () => {
    expect(chooseScale([5500, 1600], 'zh-Hans').word).to.equal('');
    expect(chooseScale([73_900, 246_800], 'en').word).to.equal('');
  });

  it('ignores NaN and Infinity, and gives no scale word for an empty set', () => {
    expect(chooseScale([], 'zh-Hans').word).to.equal('');
    expect(chooseScale([NaN, Infinity, 73_900], 'zh-Hans').word).to.equal('万');
    expect(chooseScale([NaN], 'en').power).to.equal(0);
  });

  it('is shared by the numbers of a column: 7.39万家 beside 0.55万家', () => {
    const scale = chooseScale([73_900, 5500], 'zh-Hans');
    expect(formatValue(5500, { unit: 'enterprises', locale: 'zh-Hans', scale })).to.equal(
      '0.55万家',
    );
  });

  it('is ignored by units that take no scale word', () => {
    const scale = chooseScale([2e13], 'zh-Hans');
    expect(formatValue(57.1, { unit: 'percent', locale: 'zh-Hans', scale })).to.equal('57.1%');
  });
});

describe('scaleNumber() and scaleSteps()', () => {
  it('divides 1.658e11 by 亿 to exactly 1658, without float noise', () => {
    const yi = scaleSteps('zh-Hans').find((s) => s.word === '亿')!;
    expect(scaleNumber(165_800_000_000, yi)).to.equal(1658);
    expect(scaleNumber(73_900, scaleSteps('zh-Hans')[1]!)).to.equal(7.39);
  });

  it('lists 万, 亿, 万亿 for zh-Hans, 萬, 億, 萬億 for zh-Hant, 萬, 億, 兆 for zh-TW', () => {
    expect(scaleSteps('zh-Hans').map((s) => s.word)).to.deep.equal(['', '万', '亿', '万亿']);
    expect(scaleSteps('zh-Hant').map((s) => s.word)).to.deep.equal(['', '萬', '億', '萬億']);
    expect(scaleSteps('zh-TW').map((s) => s.word)).to.deep.equal(['', '萬', '億', '兆']);
    expect(scaleSteps('en').map((s) => s.power)).to.deep.equal([0, 6, 9, 12]);
  });
});

describe('resolveLocale()', () => {
  const cases: [string | null | undefined, FormatLocale][] = [
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-Hant-MO', 'zh-Hant'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['ZH-hk', 'zh-Hant'],
    ['zh_TW.UTF-8', 'zh-TW'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    ['garbage', 'en'],
    ['zh--', 'en'],
    ['12345', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${expected}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string(), (tag) => LOCALES.includes(resolveLocale(tag))));
  });
});

describe('scriptOf()', () => {
  it('reads zh-TW labels from zh-Hant and every other locale from its own script', () => {
    expect(LOCALES.map(scriptOf)).to.deep.equal(['zh-Hans', 'zh-Hant', 'zh-Hant', 'en']);
  });
});

/** The first record of data/indicators/000.json: 预计全省全部工业总产值突破20万亿元. */
const INDUSTRIAL_OUTPUT = {
  value: 20_000_000_000_000,
  unit: 'cny',
  bound: 'over',
  status: 'estimate',
  period: '2024',
} as const;

describe('formatIndicator()', () => {
  it('writes what a metric card shows: 超20万亿元 / 超20萬億元 / 超20兆元 / over 20 trillion yuan', () => {
    expect(LOCALES.map((l) => formatIndicator(INDUSTRIAL_OUTPUT, l))).to.deep.equal([
      '超20万亿元',
      '超20萬億元',
      '超20兆元',
      'over 20 trillion yuan',
    ]);
  });

  it('leaves the status (estimate, target) out of the value text', () => {
    expect(formatIndicator(INDUSTRIAL_OUTPUT, 'zh-Hans')).to.not.contain('预计');
    const asTarget = { ...INDUSTRIAL_OUTPUT, status: 'target' };
    expect(formatIndicator(asTarget, 'en')).to.equal('over 20 trillion yuan');
    expect(formatIndicator(asTarget, 'zh-Hans')).to.not.contain('目标');
  });

  it('writes a range from min and max', () => {
    const range = { value: 7.5, min: 5, max: 10, unit: 'projects', bound: 'range' } as const;
    expect(formatIndicator(range, 'zh-Hans')).to.equal('5–10个');
    expect(formatIndicator(range, 'en')).to.equal('5–10 projects');
  });

  it('writes the streak 连续36年居全国首位 as 36年 / 36 years', () => {
    const streak = { value: 36, unit: 'years', bound: 'exact' } as const;
    expect(formatIndicator(streak, 'zh-Hant')).to.equal('36年');
    expect(formatIndicator(streak, 'en')).to.equal('36 years');
  });
});

describe('formatPeriod()', () => {
  const cases: [string, PerLocale][] = [
    ['2024', zh('2024年', '2024')],
    ['2012/2022', zh('2012–2022年', '2012–2022')],
    ['2023-01/2023-09', zh('2023年1–9月', 'Jan–Sep 2023')],
    ['2023-11/2024-02', zh('2023年11月–2024年2月', 'Nov 2023–Feb 2024')],
    ['2024-12', zh('2024年12月', 'Dec 2024')],
    ['as of 2024-12', zh('截至2024年12月', 'as of Dec 2024')],
    ['as of 2024-12-31', zh('截至2024年12月31日', 'as of 31 Dec 2024')],
    ['by 2027', zh('到2027年', 'by 2027')],
    ['current', zh('目前', 'current')],
    ['2024/2024', zh('2024年', '2024')],
    ['sometime', same('sometime')],
    ['2024-13', same('2024-13')],
  ];
  for (const [period, expected] of cases) {
    LOCALES.forEach((locale, i) => {
      it(`writes ${expected[i]} for ${period} in ${locale}`, () => {
        expect(formatPeriod(period, locale)).to.equal(expected[i]);
      });
    });
  }
});

describe('formatDelta()', () => {
  const cases: [number, UnitId, FormatLocale, string][] = [
    [11.5, 'percent', 'zh-Hans', '+11.5%'],
    [-3.2, 'percent', 'en', '−3.2%'],
    [1.4, 'pp', 'zh-Hans', '+1.4个百分点'],
    [1.4, 'pp', 'zh-Hant', '+1.4個百分點'],
    [1.4, 'pp', 'en', '+1.4 percentage points'],
    [1, 'pp', 'en', '+1 percentage point'],
    [-1, 'pp', 'en', '−1 percentage point'],
    [165_800_000_000, 'cny', 'zh-Hans', '+1658亿元'],
    [0, 'percent', 'en', '0%'],
    [NaN, 'percent', 'en', NO_VALUE],
  ];
  for (const [value, unit, locale, expected] of cases) {
    it(`writes ${expected} for a change of ${value} ${unit} in ${locale}`, () => {
      expect(formatDelta(value, unit, locale)).to.equal(expected);
    });
  }
});

describe('percentOfTarget()', () => {
  it('gives 84 for 84 of a target of 100, and 50 for 1e13 of 2e13', () => {
    expect(percentOfTarget(84, 100)).to.equal(84);
    expect(percentOfTarget(1e13, 2e13)).to.equal(50);
  });

  it('gives null when the target is 0 or either number is not finite', () => {
    expect(percentOfTarget(1, 0)).to.equal(null);
    expect(percentOfTarget(NaN, 100)).to.equal(null);
    expect(percentOfTarget(1, Infinity)).to.equal(null);
    expect(percentOfTarget(null as unknown as number, 100)).to.equal(null);
  });
});

describe('message()', () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every key in all three scripts with the same placeholders', () => {
    for (const key of keys) {
      const entry = MESSAGES[key];
      expect(Object.keys(entry).sort(), key).to.deep.equal(['en', 'zh-Hans', 'zh-Hant']);
      expect(placeholders(entry['zh-Hans']), key).to.deep.equal(placeholders(entry.en));
      expect(placeholders(entry['zh-Hant']), key).to.deep.equal(placeholders(entry.en));
    }
  });

  it('writes the status badges 预计 / 預計 / Estimate and 目标 / 目標 / Target', () => {
    expect(LOCALES.map((l) => message('status.estimate', l))).to.deep.equal([
      '预计',
      '預計',
      '預計',
      'Estimate',
    ]);
    expect(LOCALES.map((l) => message('status.target', l))).to.deep.equal([
      '目标',
      '目標',
      '目標',
      'Target',
    ]);
  });

  it('writes 来源 / 來源 / Source and 阅读原文 / Read the article', () => {
    expect(LOCALES.map((l) => message('source', l))).to.deep.equal([
      '来源',
      '來源',
      '來源',
      'Source',
    ]);
    expect(message('source.openArticle', 'zh-HK')).to.equal('閱讀原文');
    expect(message('source.openArticle', 'en-GB')).to.equal('Read the article');
  });

  it('fills {percent} in the of-target text: 已完成目标的84% / 84% of target', () => {
    const text = (l: FormatLocale) =>
      message('progress.ofTarget', l, { percent: formatValue(84, { unit: 'percent', locale: l }) });
    expect(LOCALES.map(text)).to.deep.equal([
      '已完成目标的84%',
      '已完成目標的84%',
      '已完成目標的84%',
      '84% of target',
    ]);
  });

  it("heads the error state in the reader's script", () => {
    expect(LOCALES.map((l) => message('error.heading', l))).to.deep.equal([
      '图表无法显示',
      '圖表無法顯示',
      '圖表無法顯示',
      'This chart cannot be shown',
    ]);
  });
});

describe('errorMessage()', () => {
  it('names the unknown indicator and suggests another', () => {
    expect(errorMessage('unknownIndicator', { id: 'gd-gdp' })).to.equal(
      'Unknown indicator "gd-gdp".',
    );
    expect(
      errorMessage('unknownIndicatorSuggest', { id: 'gd-gdp', suggestion: 'gd-gdp-2024' }),
    ).to.equal('Unknown indicator "gd-gdp". Did you mean "gd-gdp-2024"?');
  });

  it('names the attribute with malformed JSON and the field with a bad number', () => {
    expect(errorMessage('malformedJson', { attribute: 'data' })).to.equal(
      'The data attribute is not valid JSON.',
    );
    expect(errorMessage('notFinite', { field: 'value', text: 'abc' })).to.equal(
      'value is not a finite number: "abc".',
    );
  });

  it('has texts for a missing unit, mixed units on one axis and a missing target', () => {
    expect(errorMessage('missingUnit')).to.match(/unit/i);
    expect(errorMessage('mixedUnits', { units: 'yuan (cny), % (percent)' })).to.equal(
      'Mixed units on one axis: yuan (cny), % (percent).',
    );
    expect(errorMessage('missingTarget')).to.match(/target/i);
  });

  it('names a missing catalogue with the import that loads one', () => {
    expect(errorMessage('noCatalog', { id: 'gd-gdp-2024' })).to.equal(
      'No indicator catalogue is loaded, so "gd-gdp-2024" cannot be looked up: import @pearl-charts/components/data.',
    );
  });
});

describe('message() placeholders', () => {
  it('leaves a placeholder without a param visible and returns an unknown key as itself', () => {
    const loose = message as (
      key: string,
      locale: string,
      params?: Record<string, string>,
    ) => string;
    expect(loose('progress.ofTarget', 'en', {})).to.equal('{percent} of target');
    expect(loose('no.such.key', 'en')).to.equal('no.such.key');
  });
});

describe('sharedScale() and a column that states its unit once', () => {
  const word = (values: number[], unit: string, locale: FormatLocale) =>
    sharedScale(values, unit, locale)?.word ?? null;

  it('sharedScale() gives the word every value takes alone: 超20万亿 and 超14万亿 share 万亿', () => {
    expect(word([2e13, 1.4e13, 1.5e12], 'cny', 'zh-Hans')).to.equal('万亿');
    expect(word([2e13, 1.4e13], 'cny', 'zh-Hant')).to.equal('萬億');
    expect(word([2e13, 1.4e13], 'cny', 'zh-TW')).to.equal('兆');
    expect(word([2e13, 1.4e13], 'cny', 'en')).to.equal('trillion');
    expect(word([431000, 3282000], 'base-stations', 'zh-Hans')).to.equal('万');
  });

  it('sharedScale() is null when the values take different words: 8400家 beside 1万家', () => {
    expect(word([8400, 1e4, 100], 'enterprises', 'zh-Hans')).to.equal(null);
    expect(word([1.658e11, 1e12], 'cny', 'zh-Hans')).to.equal(null); // 1658亿元 beside 1万亿元
    expect(word([431000, 3282000], 'base-stations', 'en')).to.equal(null); // never 0.431 million
    expect(word([9e11, 1.2e12], 'cny', 'en')).to.equal(null); // 900 billion beside 1.2 trillion
  });

  it('sharedScale() counts rounding into the next word as formatValue does', () => {
    // 99999999.6 alone is 1亿 (9999.99996万 rounds to 10000万), so it shares 亿 with 3亿.
    expect(formatValue(99999999.6, { unit: 'cny', locale: 'zh-Hans' })).to.equal('1亿元');
    expect(word([99999999.6, 3e8], 'cny', 'zh-Hans')).to.equal('亿');
  });

  it('sharedScale() gives no word below 万, for units without scale words, or for nothing', () => {
    expect(word([8400, 100], 'enterprises', 'zh-Hans')).to.equal('');
    expect(word([73900, 246800], 'units', 'en')).to.equal(''); // 73,900 and 246,800
    expect(word([57.1e6, 32e6], 'percent', 'zh-Hans')).to.equal('');
    expect(word([], 'cny', 'en')).to.equal('');
    expect(word([2e13, 0, NaN, Infinity, 1.4e13], 'cny', 'zh-Hans')).to.equal('万亿');
    expect(word([-2e13, 1.4e13], 'cny', 'en')).to.equal('trillion');
  });

  it('sharedScale() agrees with each value formatted alone (property)', () => {
    const scaled = fc.double({ min: 1, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(scaled, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...LOCALES),
        (values, locale) => {
          const step = sharedScale(values, 'cny', locale);
          const alone = values.map((v) => formatValue(v, { unit: 'cny', locale }));
          if (step === null) return;
          // With the shared step, every value reads exactly as it does alone.
          const shared = values.map((v) => formatValue(v, { unit: 'cny', locale, scale: step }));
          expect(shared).to.deep.equal(alone);
        },
      ),
    );
  });

  it('unitWords() writes the unit with its scale word, and nothing for symbols', () => {
    const [wan, trillion] = [scaleSteps('zh-Hans')[1], scaleSteps('en')[3]];
    expect(unitWords('cny', 'zh-Hans', scaleSteps('zh-Hans')[3])).to.equal('万亿元');
    expect(unitWords('units', 'zh-Hant', scaleSteps('zh-Hant')[1])).to.equal('萬臺(套)');
    expect(unitWords('cny', 'en', trillion)).to.equal('trillion yuan');
    expect(unitWords('enterprises', 'en')).to.equal('enterprises');
    expect(unitWords('pp', 'zh-Hans')).to.equal('个百分点');
    // A scale word only goes with amounts and counts.
    expect(unitWords('pp', 'zh-Hans', wan)).to.equal('个百分点');
    for (const symbol of ['percent', 'fraction', 'rank', 'times', 'GW', ''])
      expect(unitWords(symbol, 'en'), symbol).to.equal('');
  });

  it('formatValue() leaves out what a header states once, keeping bounds and symbols', () => {
    const wan = scaleSteps('zh-Hans')[3]!;
    expect(
      formatValue(2e13, {
        unit: 'cny',
        locale: 'zh-Hans',
        bound: 'over',
        scale: wan,
        suffix: 'none',
      }),
    ).to.equal('超20');
    expect(
      formatValue(2e13, { unit: 'cny', locale: 'en', bound: 'over', suffix: 'scale' }),
    ).to.equal('over 20 trillion');
    expect(
      formatValue(2e13, { unit: 'cny', locale: 'en', bound: 'over', suffix: 'none' }),
    ).to.equal('over 20');
    expect(
      formatValue(8400, { unit: 'enterprises', locale: 'en', bound: 'over', suffix: 'scale' }),
    ).to.equal('over 8,400');
    expect(formatValue(1, { unit: 'enterprises', locale: 'en', suffix: 'scale' })).to.equal('1');
    expect(
      formatValue(7.5, {
        unit: 'centers',
        locale: 'en',
        bound: 'range',
        min: 5,
        max: 10,
        suffix: 'scale',
      }),
    ).to.equal('5–10');
    expect(
      formatValue(4e4, {
        unit: 'centers',
        locale: 'zh-Hans',
        bound: 'range',
        min: 3e4,
        max: 5e4,
        suffix: 'none',
      }),
    ).to.equal('3–5');
    // Symbols are part of the number.
    expect(formatValue(57.1, { unit: 'percent', locale: 'en', suffix: 'none' })).to.equal('57.1%');
    expect(formatValue(1, { unit: 'rank', locale: 'zh-Hans', suffix: 'none' })).to.equal('第1位');
    // The default is unchanged: the whole text.
    expect(formatValue(2e13, { unit: 'cny', locale: 'en', bound: 'over' })).to.equal(
      'over 20 trillion yuan',
    );
  });
});
