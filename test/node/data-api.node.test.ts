// The query API of @pearl-charts/data, on the generated data (run the build first:
// `npx tsx packages/data/scripts/build.ts`), and that data's agreement with data/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  INDICATORS,
  SOURCES,
  closestIds,
  describing,
  findIndicator,
  getIndicator,
  getSeries,
  getSource,
  getTargetFor,
  isIndicatorId,
  periodEnd,
  queryIndicators,
  related,
  type Indicator,
} from '../../packages/data/src/index.js';
import { loadRaw, ROOT } from '../../packages/data/scripts/load.js';
import { validate } from '../../packages/data/scripts/validate.js';

const ids = (records: readonly Indicator[]) => records.map((r) => r.id);

describe('generated data', () => {
  const raw = loadRaw();
  const { dataset } = validate(raw.sources, raw.indicators, raw.seeds, raw);

  it('src/generated/data.ts holds exactly the records of data/ (the build is not stale)', () => {
    assert.deepEqual(INDICATORS, dataset.indicators);
    assert.deepEqual(SOURCES, dataset.sources);
  });

  it('dist/indicators.json holds the same records, same fields', () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'packages/data/dist/indicators.json'), 'utf8'));
    assert.deepEqual(json, {
      sources: dataset.sources,
      indicators: dataset.indicators,
      aliases: dataset.aliases,
    });
  });
});

describe('getIndicator / findIndicator / isIndicatorId', () => {
  it('getIndicator() returns the record, in base units', () => {
    const r = getIndicator('gd-industrial-output-2024');
    assert.equal(r.value, 20_000_000_000_000);
    assert.equal(r.unit, 'cny');
    assert.equal(r.bound, 'over');
    assert.equal(r.status, 'estimate');
    assert.equal(r.labels['zh-Hant'], '全部工業總產值');
    assert.equal(r.source.quote, '预计全省全部工业总产值突破20万亿元');
  });

  it('findIndicator() takes any string and returns undefined for an unknown id', () => {
    assert.equal(
      findIndicator('gd-above-scale-industrial-enterprises-asof-2024-12')?.value,
      73_900,
    );
    assert.equal(findIndicator('gd-industrial-output-2042'), undefined);
    assert.equal(findIndicator(''), undefined);
  });

  it('isIndicatorId() narrows a string', () => {
    assert.equal(isIndicatorId('gd-gdp-2024'), true);
    assert.equal(isIndicatorId('gd-gdp'), false);
  });
});

describe('getSeries', () => {
  it('orders a concept given by two articles by period: 36 years in 2024, 37 in 2025', () => {
    const series = getSeries('gd-gdp-rank-streak');
    assert.deepEqual(ids(series), ['gd-gdp-rank-streak-2024', 'gd-gdp-rank-streak-2025']);
    assert.deepEqual(
      series.map((r) => [r.period, r.value, r.source.seed.slice(0, 3)]),
      [
        ['2024', 36, '000'],
        ['2025', 37, '003'],
      ],
    );
  });

  it('orders stocks counted "as of" a date: 5G base stations at the end of 2024, then August 2025', () => {
    assert.deepEqual(
      getSeries('gd-5g-base-stations').map((r) => [r.period, r.value]),
      [
        ['as of 2024-12', 400_000],
        ['as of 2025-08', 431_000],
      ],
    );
  });

  it('orders a span by its end: 9.4% in 2012, 15.3% in the first three quarters of 2023', () => {
    assert.deepEqual(ids(getSeries('cn-high-tech-manufacturing-share')), [
      'cn-high-tech-manufacturing-share-2012',
      'cn-high-tech-manufacturing-share-2023-01-2023-09',
    ]);
  });

  it('returns every record of the concept, whatever the order of data/', () => {
    for (const concept of new Set(INDICATORS.map((r) => r.concept))) {
      const series = getSeries(concept);
      assert.equal(series.length, INDICATORS.filter((r) => r.concept === concept).length, concept);
      for (let i = 1; i < series.length; i++) {
        assert.ok(periodEnd(series[i - 1]!.period) <= periodEnd(series[i]!.period), concept);
      }
    }
  });

  it('is empty for an unknown concept', () => {
    assert.deepEqual(getSeries('gd-nothing'), []);
  });
});

describe('queryIndicators', () => {
  it('by tag', () => {
    assert.deepEqual(ids(queryIndicators({ tag: 'robots' })), [
      'gd-industrial-robot-output-2024',
      'gd-industrial-robot-output-growth-2024',
      'gd-industrial-robot-output-national-share-2024',
      'gd-humanoid-robot-continuous-operation-2021-2025',
    ]);
  });

  it('by region', () => {
    assert.deepEqual(ids(queryIndicators({ region: 'shaoguan' })), [
      'shaoguan-intracity-network-latency-current',
      'shaoguan-data-center-card-capacity-current',
    ]);
    assert.ok(queryIndicators({ region: 'china' }).every((r) => r.id.startsWith('cn-')));
  });

  it('by kind', () => {
    const streaks = queryIndicators({ kind: 'streak' });
    assert.ok(streaks.length >= 5);
    assert.ok(streaks.every((r) => r.kind === 'streak'));
    assert.ok(ids(streaks).includes('gd-gdp-rank-streak-2025'));
  });

  it('by status, combined with a tag', () => {
    const targets = queryIndicators({ status: 'target', tag: 'trade' });
    assert.ok(targets.every((r) => r.status === 'target' && r.tags.includes('trade')));
    assert.ok(ids(targets).includes('gd-cross-border-ecommerce-trade-2025'));
    assert.ok(!ids(targets).includes('gd-foreign-trade-2024'));
  });

  it('by concept and by seed', () => {
    assert.deepEqual(ids(queryIndicators({ concept: 'gd-small-to-above-scale-upgrades' })), [
      'gd-small-to-above-scale-upgrades-2024',
      'gd-firms-upgraded-above-scale-2025',
    ]);
    const seed = '001_9d0dfa9410c1b519.txt';
    assert.ok(queryIndicators({ seed }).every((r) => r.source.seed === seed));
  });

  it('with no query returns every record in data order', () => {
    assert.deepEqual(queryIndicators(), [...INDICATORS]);
  });
});

describe('getTargetFor', () => {
  const like = (r: Indicator, change: Partial<Indicator>): Indicator => ({ ...r, ...change });

  it('follows relations.target', () => {
    const actual = like(getIndicator('gd-5g-base-stations-asof-2025-08'), {
      relations: { target: 'gd-10g-optical-network-projects-2025' },
    });
    assert.equal(getTargetFor(actual)?.id, 'gd-10g-optical-network-projects-2025');
  });

  it('finds a target of the same concept and region: a stock measured against a "by" year', () => {
    const target = getIndicator('gd-soe-ai-investment-by-2027');
    const actual = like(target, { id: 'gd-gdp-2024', status: 'actual', period: 'as of 2025-10' });
    assert.equal(getTargetFor(actual)?.id, 'gd-soe-ai-investment-by-2027');
    assert.equal(getTargetFor(like(actual, { region: 'china' })), undefined);
  });

  it('finds the same year’s target of an annual figure, not another year’s', () => {
    const estimate2024 = getIndicator('gd-small-to-above-scale-upgrades-2024');
    assert.equal(getTargetFor(estimate2024), undefined);
    const as2025 = like(estimate2024, { period: '2025', status: 'actual' });
    assert.equal(getTargetFor(as2025)?.id, 'gd-firms-upgraded-above-scale-2025');
  });

  it('gives a target no target, and an actual without one undefined', () => {
    assert.equal(getTargetFor(getIndicator('gd-firms-upgraded-above-scale-2025')), undefined);
    assert.equal(getTargetFor(getIndicator('gd-industrial-output-2024')), undefined);
  });
});

describe('related / describing', () => {
  it('related() follows of, baseline and total', () => {
    assert.equal(
      related(getIndicator('gd-industrial-robot-output-growth-2024'), 'of')?.value,
      246_800,
    );
    assert.equal(
      related(getIndicator('cn-high-tech-manufacturing-share-2023-01-2023-09'), 'baseline')?.value,
      9.4,
    );
    assert.equal(
      related(getIndicator('gd-ai-national-laboratories-current'), 'total')?.id,
      'gd-ai-national-innovation-platforms-current',
    );
    assert.equal(related(getIndicator('gd-industrial-output-2024'), 'of'), undefined);
  });

  it('describing() lists the growth, share, rank and streak of a level', () => {
    assert.deepEqual(ids(describing(getIndicator('gd-industrial-robot-output-2024'))), [
      'gd-industrial-robot-output-growth-2024',
      'gd-industrial-robot-output-national-share-2024',
    ]);
    assert.deepEqual(ids(describing(getIndicator('gd-gdp-2024'))), [
      'gd-gdp-rank-2024',
      'gd-gdp-rank-streak-2024',
    ]);
    assert.deepEqual(describing(getIndicator('gd-industrial-robot-output-growth-2024')), []);
  });

  it('describing() is exactly the records whose relations.of names the level, for every record', () => {
    for (const level of INDICATORS) {
      const expected = INDICATORS.filter((r) => r.relations?.of === level.id);
      const list = describing(level);
      assert.deepEqual(list, expected, level.id);
      list.length = 0; // a caller may change the list it gets; the next call is not affected
      assert.deepEqual(describing(level), expected, level.id);
    }
  });
});

describe('closestIds / periodEnd / getSource', () => {
  it('closestIds() suggests the id a typo meant', () => {
    assert.deepEqual(closestIds('gd-industrial-output-2042'), ['gd-industrial-output-2024']);
    assert.deepEqual(closestIds('gd-gdp', 1), ['gd-gdp-2024']);
    assert.equal(closestIds('x', 3).length, 3);
  });

  it('periodEnd() maps every period form to a sortable end', () => {
    assert.equal(periodEnd('2024'), '2024');
    assert.equal(periodEnd('2012/2022'), '2022');
    assert.equal(periodEnd('2023-01/2023-09'), '2023-09');
    assert.equal(periodEnd('as of 2024-12'), '2024-12');
    assert.equal(periodEnd('by 2027'), '2027');
    assert.equal(periodEnd('current'), '9999');
  });

  it('getSource() gives the article with its outlet in three scripts and a full date', () => {
    const s = getSource('000_eb48bc742053202d.txt');
    assert.deepEqual(s?.outlet, {
      'zh-Hans': '南方日报',
      'zh-Hant': '南方日報',
      en: 'Nanfang Daily',
    });
    assert.equal(s?.date, '2025-01-17');
    assert.equal(s?.date, '2025-01-17');
    // No outlet named: cited by the body that issued the news, with the year the article implies.
    assert.equal(getSource('001_9d0dfa9410c1b519.txt')?.outletKind, 'issuer');
    assert.equal(getSource('001_9d0dfa9410c1b519.txt')?.date, '2025-02-05');
    assert.equal(getSource('nope.txt'), undefined);
    assert.equal(SOURCES.length, 5);
  });
});
