// plainDigits (format/number.ts) writes numbers without Intl, for a page's first widget: it must
// write exactly what Intl.NumberFormat writes, for English (grouped) and Chinese (not grouped).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainDigits, type Rounding } from '../../packages/components/src/format/number.js';

const formats = new Map<string, Intl.NumberFormat>();
const intl = (abs: number, rounding: Rounding, grouping: boolean) => {
  const key = `${grouping} ${JSON.stringify(rounding)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(grouping ? 'en-US' : 'zh-CN', {
      useGrouping: grouping,
      ...('significant' in rounding
        ? { maximumSignificantDigits: rounding.significant }
        : { maximumFractionDigits: rounding.fraction }),
    });
    formats.set(key, f);
  }
  return f.format(abs);
};

const ROUNDINGS: Rounding[] = [
  { significant: 4 },
  { significant: 5 },
  { significant: 9 },
  { significant: 21 },
  { fraction: 0 },
  { fraction: 1 },
  { fraction: 2 },
  { fraction: 3 },
];

/** Halves, carries, float noise, the edges of the exponent, zero. */
const TRICKY = [
  0,
  1,
  5,
  9.5,
  0.5,
  1.005,
  2.675,
  1.45,
  1.55,
  0.125,
  0.0625,
  99.995,
  999.95,
  9999.5,
  9999.6,
  0.99996,
  0.9996,
  1658.0000000000002,
  24.68,
  7.39,
  73900,
  246800,
  1.5e13,
  165.8,
  57.1,
  0.000001,
  0.0000012345,
  1234567.891,
  999999.5,
  1e20,
  123456789012345680000,
  0.1 + 0.2,
  4.35,
  8.345,
  1.0005,
  12345.675,
];

/** Deterministic pseudo-random numbers across magnitudes (a linear congruential generator). */
function* randomNumbers(count: number) {
  let seed = 20261203;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const magnitude = Math.floor(next() * 16) - 5; // 1e-5 … 1e10
    const x = next() * 10 ** magnitude;
    // Some with few decimals, as data has (7.39, 1.45), where ties are common.
    yield i % 2 ? x : Number(x.toFixed(Math.floor(next() * 4)));
  }
}

describe('plainDigits writes what Intl.NumberFormat writes', () => {
  for (const grouping of [true, false]) {
    it(`${grouping ? 'English, grouped' : 'Chinese, not grouped'}: tricky numbers and 20,000 others`, () => {
      let compared = 0;
      for (const x of [...TRICKY, ...randomNumbers(20_000)])
        for (const rounding of ROUNDINGS) {
          const ours = plainDigits(x, rounding, grouping);
          if (ours === null) continue; // Intl writes it
          assert.equal(ours, intl(x, rounding, grouping), `${x} ${JSON.stringify(rounding)}`);
          compared++;
        }
      // Almost every number is written without Intl.
      assert.ok(compared > 140_000, `only ${compared} compared`);
    });
  }

  it('leaves numbers with an exponent and roundings into the whole part to Intl', () => {
    assert.equal(plainDigits(1e21, { fraction: 2 }, true), null);
    assert.equal(plainDigits(1e-7, { fraction: 2 }, true), null);
    assert.equal(plainDigits(123456, { significant: 4 }, true), null);
    assert.equal(plainDigits(1658.0000000000002, { significant: 4 }, false), '1658');
    assert.equal(plainDigits(246800, { significant: 6 }, true), '246,800');
  });
});
