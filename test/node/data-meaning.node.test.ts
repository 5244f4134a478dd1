// What each record means, class by class, over every record: the classifier its sentence writes,
// standard Traditional characters, one English term per statistical term, dated sources, series that
// do not invent a trend, caveats held in fields, and one record per fact. Written apart from
// scripts/validate.ts, so a slip in one is caught by the other.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRaw, ROOT } from '../../packages/data/scripts/load.js';
import { validate } from '../../packages/data/scripts/validate.js';
import { REGIONS, SCRIPTS, UNITS } from '../../packages/data/src/vocab.js';
import {
  ALIASES,
  comparability,
  findIndicator,
  getSeries,
  resolveId,
} from '../../packages/data/src/index.js';
import { toTraditional } from './traditional.js';

const raw = loadRaw();
const { dataset, problems } = validate(raw.sources, raw.indicators, raw.seeds, raw);
const records = dataset.indicators;
const sourceOf = new Map(dataset.sources.map((s) => [s.seed, s]));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

it('the data validates (the checks below read valid records)', () => {
  assert.deepEqual(problems, []);
});

describe('1. measure words from the source', () => {
  /** The counted noun at the end of a label → the unit whose English names it. */
  const NOUN_UNITS: [RegExp, string][] = [
    [/实验室$/, 'laboratories'],
    [/(研发机构|研究院)$/, 'institutions'],
    [/平台$/, 'platforms'],
    [/(企业|公司)$/, 'enterprises'],
    [/工厂$/, 'factories'],
    [/中心$/, 'centers'],
    [/基站$/, 'base-stations'],
    [/项目$/, 'projects'],
    [/集群$/, 'clusters'],
  ];

  for (const r of records.filter((x) => UNITS[x.unit].kind === 'count')) {
    it(`${r.id}: the classifier is the one after the figure, in both scripts`, () => {
      assert.ok(r.classifier, 'a count needs a classifier');
      const script = sourceOf.get(r.source.seed)!.script;
      const { quote, figure } = r.source;
      const after = quote.slice(quote.indexOf(figure) + figure.length);
      // "N大 X" (八大行动) takes no measure word; otherwise the quote writes the record's.
      if (!after.startsWith('大'))
        assert.ok(
          after.startsWith(r.classifier[script]),
          `"${r.classifier[script]}" but the quote has "${figure}${after.slice(0, 3)}"`,
        );
      assert.equal(r.classifier['zh-Hant'], toTraditional(r.classifier['zh-Hans']));
      const noun = NOUN_UNITS.find(([re]) => re.test(r.labels['zh-Hans']));
      if (noun) assert.equal(r.unit, noun[1], `the English unit follows the thing counted`);
    });
  }
});

describe('2. standard Traditional characters', () => {
  it('every zh-Hant text is OpenCC cn→t of its zh-Hans twin, with data/hant.json', () => {
    const pairs: [string, string, string][] = [
      ...records.map(
        (r) => [r.id, r.labels['zh-Hans'], r.labels['zh-Hant']] as [string, string, string],
      ),
      ...records
        .filter((r) => r.scope)
        .map(
          (r) =>
            [`${r.id}.scope`, r.scope!.name['zh-Hans'], r.scope!.name['zh-Hant']] as [
              string,
              string,
              string,
            ],
        ),
      ...dataset.sources.map(
        (s) => [s.seed, s.outlet['zh-Hans'], s.outlet['zh-Hant']] as [string, string, string],
      ),
      ...dataset.glossary.map(
        (g) => [`glossary ${g.en}`, g['zh-Hans'], g['zh-Hant']] as [string, string, string],
      ),
      ...Object.entries(REGIONS).map(
        ([id, l]) => [`region ${id}`, l['zh-Hans'], l['zh-Hant']] as [string, string, string],
      ),
      ...Object.entries(UNITS).map(
        ([id, u]) =>
          [`unit ${id}`, u.label['zh-Hans'], u.label['zh-Hant']] as [string, string, string],
      ),
    ];
    const wrong = pairs.filter(([, hans, hant]) => toTraditional(hans) !== hant);
    assert.deepEqual(
      wrong.map(([where, hans, hant]) => `${where}: ${hant}, want ${toTraditional(hans)}`),
      [],
    );
  });

  it('every deliberate choice in data/hant.json gives its reason', () => {
    const choices = JSON.parse(readFileSync(join(ROOT, 'data', 'hant.json'), 'utf8'));
    for (const c of choices) assert.ok(c.reason.length > 20, `${c.opencc} → ${c.use}`);
  });
});

describe('3. one English term per Chinese statistical term', () => {
  const wordy = (text: string) => text.toLowerCase().replace(/[-–]/g, ' ');
  for (const term of dataset.glossary) {
    const users = records.filter((r) => r.labels['zh-Hans'].includes(term['zh-Hans']));
    it(`${term['zh-Hans']} is "${term.en}" in every label that has it (${users.length})`, () => {
      for (const r of users) {
        assert.ok(r.labels['zh-Hant'].includes(term['zh-Hant']), `${r.id}: zh-Hant`);
        assert.ok(
          wordy(r.labels.en).includes(wordy(term.en)),
          `${r.id}: "${r.labels.en}" does not say "${term.en}"`,
        );
      }
    });
  }
});

describe('4. dated sources', () => {
  for (const s of dataset.sources) {
    it(`${s.seed} is cited by outlet (three scripts), title and full date, with how it was dated`, () => {
      for (const script of SCRIPTS) assert.ok(s.outlet[script].trim(), script);
      assert.ok(!CJK.test(s.outlet.en), 'English outlet in English');
      assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(s.dateNote.length > 20);
      assert.ok(s.title.trim());
    });
  }

  it('no record is undated: an article\'s 目前 is "as of" its date', () => {
    for (const r of records) {
      assert.notEqual(r.period, 'current', r.id);
      if (r.id.endsWith('-current'))
        assert.equal(r.period, `as of ${sourceOf.get(r.source.seed)!.date}`, r.id);
    }
  });
});

describe('5. series and changes that do not invent a trend', () => {
  it('57.1% (2024) then 超过五成 (2025) is a break, not a fall', () => {
    const series = getSeries('gd-advanced-manufacturing-share');
    assert.deepEqual(
      series.map((p) => [p.period, p.value, p.breakBefore]),
      [
        ['2024', 57.1, undefined],
        ['2025', 50, 'bound'],
      ],
    );
  });

  it('every concept marks each point that cannot be joined to the one before, and only those', () => {
    for (const concept of new Set(records.map((r) => r.concept))) {
      const series = getSeries(concept);
      series.forEach((p, i) => {
        if (i === 0) return assert.equal(p.breakBefore, undefined);
        const prev = series[i - 1]!;
        const differs =
          prev.bound !== p.bound ||
          prev.unit !== p.unit ||
          prev.region !== p.region ||
          prev.definition !== p.definition ||
          JSON.stringify(prev.scope) !== JSON.stringify(p.scope) ||
          /^before /.test(prev.period + ' ' + p.period) ||
          p.period.startsWith('before ');
        assert.equal(p.breakBefore !== undefined, differs, `${p.id} after ${prev.id}`);
      });
    }
  });

  it('comparability() names the reason', () => {
    const a = { bound: 'exact', unit: 'percent', region: 'guangdong', period: '2024' } as const;
    assert.equal(comparability(a, a), null);
    assert.equal(comparability(a, { ...a, bound: 'over' }), 'bound');
    assert.equal(comparability(a, { ...a, region: 'china' }), 'region');
    assert.equal(comparability(a, { ...a, definition: 'x' }), 'definition');
    assert.equal(comparability(a, { ...a, period: 'before 2025' }), 'period');
  });
});

describe('6. caveats that change meaning are fields', () => {
  it('a 原来 ("formerly") figure has no invented year', () => {
    for (const r of records) {
      const { quote, figure } = r.source;
      const before = quote.slice(0, quote.indexOf(figure));
      // 由原来不足5%提升至100%: 原来 qualifies the figure it reaches first, not the one after.
      const since = before.split(/原来|原來/).at(-1)!;
      const another = /[\d一二三四五六七八九十百千万萬亿億]/.test(since);
      if (/原来|原來/.test(before) && !/\d{4}年/.test(before) && !another)
        assert.match(r.period, /^before /, `${r.id}: ${quote}`);
    }
  });

  it("a company's own figure names the company and is not filed as its home region's", () => {
    const scoped = records.filter((r) => r.scope);
    assert.ok(scoped.length > 0, "the carmaker's output is company-wide");
    for (const r of scoped) {
      assert.notEqual(r.region, 'guangdong', r.id);
      for (const script of SCRIPTS) assert.ok(r.scope!.name[script].trim(), `${r.id} ${script}`);
    }
  });
});

describe('7. one fact, one record; ids stay public API', () => {
  it('no two records hold the same figure of the same concept, period and region', () => {
    const seen = new Map<string, string>();
    for (const r of records) {
      const key = [r.concept, r.period, r.region, r.value, r.bound, r.status].join('|');
      assert.equal(seen.get(key), undefined, `${r.id} repeats ${seen.get(key)}`);
      seen.set(key, r.id);
    }
  });

  it('every old id resolves: to the record that holds the fact, or to why it was removed', () => {
    const changelog = readFileSync(join(ROOT, 'packages/data/CHANGELOG.md'), 'utf8');
    for (const [old, alias] of Object.entries(ALIASES)) {
      const resolved = resolveId(old);
      if ('to' in alias) {
        assert.equal(resolved.status, 'alias', old);
        assert.equal(findIndicator(old)?.id, alias.to);
      } else {
        assert.equal(resolved.status, 'removed', old);
        assert.equal(findIndicator(old), undefined);
      }
      assert.ok(changelog.includes(old), `CHANGELOG.md lists ${old}`);
    }
  });

  it('a corroborated record cites each passage once', () => {
    for (const r of records.filter((x) => x.corroboration)) {
      const places = [r.source, ...r.corroboration!].map((q) => `${q.seed}@${q.offset}`);
      assert.equal(new Set(places).size, places.length, r.id);
    }
  });
});
