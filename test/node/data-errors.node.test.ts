// validate() on broken data: each test clones the real data, breaks one record in one way, and
// expects a problem that names that record and the field, and no problem about any other record.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadRaw } from '../../packages/data/scripts/load.js';
import { formatProblem, validate, type DataProblem } from '../../packages/data/scripts/validate.js';

type Rec = Record<string, unknown> & {
  id: string;
  source: Record<string, unknown>;
  relations?: Record<string, string>;
};

const raw = loadRaw();

/** Validates a copy of the real data in which `break_` has changed the record `id`. */
function validateBroken(id: string, break_: (r: Rec, all: Rec[]) => void): DataProblem[] {
  const indicators = structuredClone(raw.indicators) as Rec[];
  const record = indicators.find((r) => r.id === id);
  assert.ok(record, `no record ${id} to break`);
  break_(record, indicators);
  return validate(structuredClone(raw.sources), indicators, raw.seeds).problems;
}

/** Asserts that `problems` name `record`.`field` (with a message matching `message`) and nothing else. */
function assertNames(problems: DataProblem[], record: string, field: string, message?: RegExp) {
  const lines = problems.map(formatProblem);
  assert.ok(
    problems.some(
      (p) => p.record === record && p.field === field && (!message || message.test(p.message)),
    ),
    `expected a problem on ${record}.${field}, got:\n${lines.join('\n')}`,
  );
  assert.deepEqual(
    problems.filter((p) => p.record !== record).map(formatProblem),
    [],
    'problems about records that were not broken',
  );
}

describe('validate() on broken data', () => {
  it('reports a count whose classifier is not the one its sentence writes (家 shown as 个)', () => {
    const problems = validateBroken(
      'gd-ai-provincial-platforms-current',
      (r) => (r.classifier = { 'zh-Hans': '个', 'zh-Hant': '個' }),
    );
    assertNames(problems, 'gd-ai-provincial-platforms-current', 'classifier', /"个"/);
  });

  it('reports a count without a classifier, and a classifier on a figure that is not a count', () => {
    assertNames(
      validateBroken('gd-import-bases-current', (r) => delete r.classifier),
      'gd-import-bases-current',
      'classifier',
    );
    assertNames(
      validateBroken(
        'gd-industrial-output-2024',
        (r) => (r.classifier = { 'zh-Hans': '个', 'zh-Hant': '個' }),
      ),
      'gd-industrial-output-2024',
      'classifier',
    );
  });

  it('reports a 30多 figure recorded as a plain "over" bound, and "odd" without 多', () => {
    const odd = raw.indicators.find((r) => /多$/.test((r as Rec).source.figure as string)) as Rec;
    assertNames(
      validateBroken(odd.id, (r) => (r.bound = 'over')),
      odd.id,
      'bound',
      /must be "odd"/,
    );
    assertNames(
      validateBroken('gd-industrial-investment-2024', (r) => (r.bound = 'odd')),
      'gd-industrial-investment-2024',
      'bound',
    );
  });

  it('reports an undated "current" period (目前 is "as of" the article\'s date)', () => {
    const problems = validateBroken('gd-import-bases-current', (r) => (r.period = 'current'));
    assertNames(problems, 'gd-import-bases-current', 'period', /as of/);
  });

  it('reports a corroborating quote whose figure disagrees with the value', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => {
      r.corroboration = [
        {
          ...r.source,
          figure: '19万亿',
          quote: '规模以上工业企业营业收入有望突破19万亿元',
          offset: (raw.seeds['000_eb48bc742053202d.txt'] as string).indexOf(
            '规模以上工业企业营业收入有望突破19万亿元',
          ),
        },
      ];
    });
    assertNames(problems, 'gd-industrial-output-2024', 'corroboration.0.figure', /disagrees/);
  });

  it('reports a source without a full date or an outlet in every script', () => {
    const sources = structuredClone(raw.sources) as Record<string, unknown>[];
    sources[1]!.date = '--02-05';
    (sources[2]!.outlet as Record<string, string>).en = '';
    const lines = validate(sources, raw.indicators, raw.seeds).problems.map(formatProblem);
    assert.ok(
      lines.some((l) => l.startsWith('sources[1].date:')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.startsWith('sources[2].outlet.en:')),
      lines.join('\n'),
    );
  });

  it('reports an alias to no record, and an alias that reuses a live id', () => {
    const lines = validate(raw.sources, raw.indicators, raw.seeds, {
      aliases: {
        'gd-old-id': { to: 'gd-nowhere', reason: 'merged', since: '0.2.0' },
        'gd-industrial-output-2024': { removed: 'test', since: '0.2.0' },
      },
    }).problems.map(formatProblem);
    assert.ok(
      lines.some((l) => l.startsWith('gd-old-id.alias.to:')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.startsWith('gd-industrial-output-2024.alias:')),
      lines.join('\n'),
    );
  });

  it('passes the unbroken data (the baseline for every test below)', () => {
    assert.deepEqual(
      validate(raw.sources, raw.indicators, raw.seeds).problems.map(formatProblem),
      [],
    );
  });

  it('reports a value that disagrees with its quote', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => (r.value = 2.1e13));
    assertNames(problems, 'gd-industrial-output-2024', 'value', /disagrees with "20万亿"/);
  });

  it('reports a value off by a unit scale (57.1% stored as a fraction 0.571)', () => {
    const problems = validateBroken(
      'gd-advanced-manufacturing-share-2024',
      (r) => (r.value = 0.571),
    );
    assertNames(problems, 'gd-advanced-manufacturing-share-2024', 'value');
  });

  it('reports range ends that disagree with the quote', () => {
    // 0.5–2.5 has the right midpoint, so only the ends are wrong.
    const problems = validateBroken('gd-future-industry-pilot-zones-2025', (r) => {
      r.min = 0.5;
      r.max = 2.5;
    });
    assertNames(problems, 'gd-future-industry-pilot-zones-2025', 'min');
  });

  it('reports a quote that is not at its offset, and where it is', () => {
    const problems = validateBroken(
      'gd-gdp-2024',
      (r) => (r.source.offset = (r.source.offset as number) + 1),
    );
    assertNames(problems, 'gd-gdp-2024', 'source.offset', /not at offset \d+ .*\(it is at \d+\)/);
  });

  it('reports a quote that is not in its seed at all', () => {
    const problems = validateBroken(
      'gd-gdp-2024',
      (r) => (r.source.quote = '全省经济总量率先迈上15万亿元新台阶'),
    );
    assertNames(problems, 'gd-gdp-2024', 'source.offset', /not in/);
  });

  it('reports a figure that is not in the quote', () => {
    const problems = validateBroken('gd-gdp-2024', (r) => (r.source.figure = '15万亿'));
    assertNames(problems, 'gd-gdp-2024', 'source.figure');
  });

  it('reports a figure the parser cannot read', () => {
    const problems = validateBroken('gd-gdp-2024', (r) => (r.source.figure = '总量'));
    assertNames(problems, 'gd-gdp-2024', 'source.figure', /not/);
  });

  it('reports a duplicate id', () => {
    const problems = validateBroken(
      'gd-software-revenue-2024',
      (r) => (r.id = 'gd-industrial-output-2024'),
    );
    assertNames(problems, 'gd-industrial-output-2024', 'id', /duplicate/);
  });

  it('reports a dangling relation', () => {
    const problems = validateBroken('gd-industrial-robot-output-growth-2024', (r) => {
      r.relations = { of: 'gd-industrial-robot-output-2042' };
    });
    assertNames(problems, 'gd-industrial-robot-output-growth-2024', 'relations.of', /no record/);
  });

  it('reports a target relation to a record that is not a target', () => {
    const problems = validateBroken('gd-gdp-rank-streak-2025', (r) => {
      r.relations = { target: 'gd-gdp-rank-streak-2024' };
    });
    assertNames(problems, 'gd-gdp-rank-streak-2025', 'relations.target', /not a target/);
  });

  it('reports a target relation to a target of another concept', () => {
    const problems = validateBroken('gd-5g-base-stations-asof-2025-08', (r) => {
      r.relations = { target: 'gd-10g-optical-network-projects-2025' };
    });
    assertNames(problems, 'gd-5g-base-stations-asof-2025-08', 'relations.target', /measures/);
  });

  it('reports an unknown unit', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => (r.unit = 'furlongs'));
    assertNames(problems, 'gd-industrial-output-2024', 'unit', /unit listed in vocab/);
  });

  it('reports a unit that the figure cannot be in (a percentage in yuan)', () => {
    const problems = validateBroken('gd-industrial-investment-share-2024', (r) => (r.unit = 'cny'));
    assertNames(
      problems,
      'gd-industrial-investment-share-2024',
      'unit',
      /percent, which does not fit/,
    );
  });

  it('reports a concept whose records disagree on the unit', () => {
    const problems = validateBroken(
      'gd-5g-base-stations-asof-2025-08',
      (r) => (r.unit = 'terminals'),
    );
    assertNames(problems, 'gd-5g-base-stations-asof-2025-08', 'unit', /elsewhere/);
  });

  for (const field of ['period', 'labels', 'concept', 'tags'] as const) {
    it(`reports a missing field: ${field}`, () => {
      const problems = validateBroken('gd-industrial-output-2024', (r) => delete r[field]);
      assertNames(problems, 'gd-industrial-output-2024', field);
    });
  }

  it('reports a missing label', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => {
      delete (r.labels as Record<string, string>)['zh-Hant'];
    });
    assertNames(problems, 'gd-industrial-output-2024', 'labels.zh-Hant');
  });

  it('reports an empty label', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => {
      (r.labels as Record<string, string>).en = ' ';
    });
    assertNames(problems, 'gd-industrial-output-2024', 'labels.en');
  });

  for (const period of ['2024Q1', 'by2027', '2024-13', '2012-2022', 'as of', 'soon']) {
    it(`reports a bad period: "${period}"`, () => {
      const problems = validateBroken('gd-industrial-output-2024', (r) => (r.period = period));
      assertNames(problems, 'gd-industrial-output-2024', 'period');
    });
  }

  it('reports a range without min and max', () => {
    const problems = validateBroken('gd-future-industry-pilot-zones-2025', (r) => {
      delete r.min;
      delete r.max;
    });
    assertNames(problems, 'gd-future-industry-pilot-zones-2025', 'bound', /needs min and max/);
  });

  it('reports min and max on a figure that is not a range', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => {
      r.min = 1;
      r.max = 3;
    });
    assertNames(problems, 'gd-industrial-output-2024', 'bound');
  });

  it('reports a range figure recorded with another bound', () => {
    const problems = validateBroken('gd-future-industry-pilot-zones-2025', (r) => {
      r.bound = 'about';
      delete r.min;
      delete r.max;
    });
    assertNames(problems, 'gd-future-industry-pilot-zones-2025', 'bound');
  });

  it('reports a bound that its quote has no word for', () => {
    const problems = validateBroken(
      'gd-industrial-robot-output-growth-2024',
      (r) => (r.bound = 'over'),
    );
    assertNames(problems, 'gd-industrial-robot-output-growth-2024', 'bound', /no word/);
  });

  it('does not take the 以上 of 规模以上 (above designated size) for an "over" word', () => {
    const problems = validateBroken(
      'gd-advanced-manufacturing-share-2024',
      (r) => (r.bound = 'over'),
    );
    assertNames(problems, 'gd-advanced-manufacturing-share-2024', 'bound', /no word/);
  });

  it('reports an unknown region, kind, status and tag', () => {
    for (const [field, value] of [
      ['region', 'mars'],
      ['kind', 'vibe'],
      ['status', 'rumour'],
      ['tags', ['economy', 'astrology']],
    ] as const) {
      const problems = validateBroken('gd-industrial-output-2024', (r) => (r[field] = value));
      assertNames(problems, 'gd-industrial-output-2024', field === 'tags' ? 'tags.1' : field);
    }
  });

  it('reports an unknown field', () => {
    const problems = validateBroken('gd-industrial-output-2024', (r) => (r.valeu = 1));
    assertNames(problems, 'gd-industrial-output-2024', 'valeu');
  });

  it('reports a seed file that does not exist', () => {
    const problems = validateBroken(
      'gd-industrial-output-2024',
      (r) => (r.source.seed = '009_0000000000000000.txt'),
    );
    assertNames(problems, 'gd-industrial-output-2024', 'source.seed');
  });

  it('names a record without an id by its position', () => {
    const problems = validateBroken(
      'gd-industrial-output-2024',
      (r) => delete (r as Record<string, unknown>).id,
    );
    assert.ok(
      problems.some((p) => p.record === 'indicators[0]' && p.field === 'id'),
      problems.map(formatProblem).join('\n'),
    );
  });
});
