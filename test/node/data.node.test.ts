// The data in data/ against its seeds: every record, every figure. Each check below is written
// apart from scripts/validate.ts (which the build runs), so a bug in one is caught by the other.
// A failing check names the record: each record is its own test, named by its id.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { loadRaw } from '../../packages/data/scripts/load.js';
import { formatProblem, validate } from '../../packages/data/scripts/validate.js';
import { IndicatorSchema, type IndicatorRecord } from '../../packages/data/src/schema.js';
import { parseFigure } from '../../packages/data/src/numerals.js';
import { SCRIPTS, UNITS } from '../../packages/data/src/vocab.js';
import { toTraditional } from './traditional.js';

const raw = loadRaw();
const { dataset, problems } = validate(raw.sources, raw.indicators, raw.seeds);
const records = dataset.indicators;
const byId = new Map(records.map((r) => [r.id, r]));

/**
 * The number a record's `value` must be: the figure as the parser reads it, times the scale that
 * takes the figure's form to the unit's (57.1% in a percent unit is 57.1; 1/7 in a percent unit
 * is 14.29; 五成 in a fraction unit is 0.5). Throws when the form cannot express the unit.
 */
function expectedNumber(figureValue: number, form: string, unit: IndicatorRecord['unit']): number {
  const kind = UNITS[unit].kind;
  const table: Record<string, Record<string, number>> = {
    percent: { percent: 1, fraction: 100 },
    fraction: { fraction: 1, percent: 1 / 100 },
    pp: { pp: 1, number: 1 },
    times: { multiple: 1, number: 1 },
    rank: { rank: 1, number: 1 },
  };
  const scale = (table[kind] ?? { number: 1 })[form];
  if (scale === undefined)
    throw new Error(`a ${form} cannot be a value in unit "${unit}" (${kind})`);
  return figureValue * scale;
}

/** Equal to 12 significant digits: 7.39 × 1e4 is not exactly 73900 in floating point. */
function assertClose(actual: number, expected: number, what: string) {
  const ok =
    actual === expected ||
    Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(actual), Math.abs(expected));
  assert.ok(ok, `${what}: ${actual} ≠ ${expected}`);
}

describe('data/ as a whole', () => {
  it('validates with zero problems', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('holds every record it read (none dropped by the schema)', () => {
    assert.equal(records.length, raw.indicators.length);
    // 202 before merged and removed records became aliases (data/aliases.json, CHANGELOG.md).
    assert.ok(records.length >= 180, `only ${records.length} records`);
  });

  it('has unique ids', () => {
    const seen = new Map<string, number>();
    for (const r of records) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    assert.deepEqual(
      [...seen].filter(([, n]) => n > 1).map(([id]) => id),
      [],
    );
  });

  it('has records from every seed, and every seed has an entry in sources.json', () => {
    const seeds = Object.keys(raw.seeds).sort();
    assert.equal(seeds.length, 5);
    assert.deepEqual([...new Set(records.map((r) => r.source.seed))].sort(), seeds);
    assert.deepEqual(dataset.sources.map((s) => s.seed).sort(), seeds);
  });

  it('gives each concept a single unit', () => {
    const units = new Map<string, Set<string>>();
    for (const r of records) units.set(r.concept, (units.get(r.concept) ?? new Set()).add(r.unit));
    assert.deepEqual(
      [...units].filter(([, u]) => u.size > 1).map(([c, u]) => `${c}: ${[...u]}`),
      [],
    );
  });

  it('resolves every relation to another record that makes sense for it', () => {
    // `before 2025` (原来, a time not stated) is earlier than 2025; other periods compare as text.
    const earlier = (a: IndicatorRecord, b: IndicatorRecord) =>
      a.period.startsWith('before ')
        ? a.period.slice('before '.length) <= b.period.replace(/^(as of|by) /, '').split('/')[0]!
        : a.period < b.period;
    const wrong: string[] = [];
    for (const r of records) {
      for (const [rel, id] of Object.entries(r.relations ?? {})) {
        const other = byId.get(id);
        const bad = (why: string) => wrong.push(`${r.id}.relations.${rel} → ${id}: ${why}`);
        if (!other) bad('no such record');
        else if (other === r) bad('points at itself');
        else if (rel === 'target' && (other.status !== 'target' || other.concept !== r.concept))
          bad('not a target of the same concept');
        else if (rel === 'baseline' && (other.concept !== r.concept || !earlier(other, r)))
          bad('not an earlier figure of the same concept');
        else if (rel === 'of' && other.region !== r.region)
          bad('describes a figure of another region');
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('gives the same measure in two articles one concept', () => {
    // Figures that two articles both give (the review that aligned the files); each concept must
    // keep records from both seeds, in the units and order the articles give.
    const shared: [string, string[], number[]][] = [
      ['gd-gdp-rank-streak', ['000', '003'], [36, 37]],
      ['gd-gdp-rank', ['000', '003'], [1, 1]],
      ['gd-advanced-manufacturing-share', ['000', '003'], [57.1, 50]],
      ['gd-high-tech-manufacturing-share', ['000', '003'], [32, 30]],
      ['gd-above-scale-industrial-revenue', ['000', '003'], [19e12, 19e12]],
      ['gd-above-scale-industrial-enterprises', ['000', '003'], [73900, 76000]],
      ['gd-national-manufacturing-innovation-centers', ['000', '003'], [6, 6]],
      ['gd-5g-base-stations', ['000', '004'], [400000, 431000]],
      ['gd-small-to-above-scale-upgrades', ['000', '001'], [5500, 5500]],
    ];
    for (const [concept, seeds, values] of shared) {
      const series = records
        .filter((r) => r.concept === concept)
        .sort((a, b) => a.source.seed.localeCompare(b.source.seed));
      assert.deepEqual(
        series.map((r) => [r.source.seed.slice(0, 3), r.value]),
        seeds.map((s, i) => [s, values[i]]),
        concept,
      );
    }
    // One fact in two articles is one record that cites both.
    const merged = byId.get('gd-tech-transformation-digitalization-enterprises-2025')!;
    assert.deepEqual(
      [merged.source, ...(merged.corroboration ?? [])].map((q) => q.seed.slice(0, 3)),
      ['000', '001'],
    );
  });
});

describe('each record', () => {
  for (const r of records) {
    it(r.id, () => {
      // Schema, parsed here on its own rather than through validate().
      const parsed = v.safeParse(
        IndicatorSchema,
        raw.indicators.find((x) => (x as { id: string }).id === r.id),
      );
      assert.ok(parsed.success, `schema: ${parsed.issues?.map((i) => i.message).join('; ')}`);

      // The quote is in its seed, exactly, at its offset; the figure is in the quote.
      const seed = raw.seeds[r.source.seed];
      assert.equal(typeof seed, 'string', `source.seed: no seed "${r.source.seed}"`);
      assert.equal(
        seed!.slice(r.source.offset, r.source.offset + r.source.quote.length),
        r.source.quote,
        'source.offset',
      );
      assert.ok(
        r.source.quote.includes(r.source.figure),
        `source.figure "${r.source.figure}" is not in the quote`,
      );

      // The heart of the package: the value is the number the quote states.
      const figure = parseFigure(r.source.figure);
      assertClose(
        r.value,
        expectedNumber(figure.value, figure.form, r.unit),
        `value vs "${r.source.figure}"`,
      );
      if (figure.min !== undefined) {
        assert.equal(r.bound, 'range', `"${r.source.figure}" is a range`);
        assertClose(r.min!, expectedNumber(figure.min, figure.form, r.unit), 'min');
        assertClose(r.max!, expectedNumber(figure.max!, figure.form, r.unit), 'max');
      } else {
        assert.notEqual(r.bound, 'range', `"${r.source.figure}" is not a range`);
      }

      // Three non-empty labels; the Traditional one is the Simplified one in standard Traditional
      // characters (OpenCC cn→t and the choices in data/hant.json).
      for (const script of SCRIPTS)
        assert.ok(r.labels[script].trim().length > 0, `labels.${script} is empty`);
      assert.equal(
        r.labels['zh-Hant'],
        toTraditional(r.labels['zh-Hans']),
        'labels.zh-Hant vs OpenCC cn→t and data/hant.json',
      );
    });
  }
});
