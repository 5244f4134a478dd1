import { expect } from '../testing.js';
import fc from 'fast-check';
import '../../packages/components/src/data.js';
import { getCatalog } from '../../packages/components/src/shared/catalog.js';
import {
  BOUND_SPAN,
  boundSplit,
  layoutShare,
  restText,
  shareFromHost,
  shareFromIndicator,
  shareMessage,
  shareText,
  splitShareLabel,
  type ShareData,
  type ShareResult,
} from '../../packages/components/src/share/share.layout.js';
import type { FormatLocale } from '../../packages/components/src/format/locale.js';

const ROBOTS = 'gd-industrial-robot-output-national-share-2024'; // 44%, exact
const OVER_HALF = 'gd-advanced-manufacturing-share-2025'; // 超五成 (50, percent, over)
const AI_QUARTER = 'gd-ai-core-industry-size-national-share-2025'; // 四分之一, estimate
const FIFTH = 'gd-specialized-smes-national-share-asof-2024-12'; // 近1/5
const PROJECTS = 'gd-key-projects-industrial-share-2025'; // target, relations.total

const ok = (r: ShareResult): ShareData => {
  if (!r.ok) throw new Error(`expected a chart, got ${shareMessage(r.problem)}`);
  return r.data;
};
const record = (id: string, locale: FormatLocale = 'zh-Hans', whole?: string) =>
  ok(shareFromIndicator(id, whole, getCatalog(), locale));
const host = (input: Parameters<typeof shareFromHost>[0], locale: FormatLocale = 'zh-Hans') =>
  shareFromHost(input, locale);
/** The share of the circle each kind of arc covers, in percent. */
const sizes = (data: ShareData, kind: string) =>
  layoutShare(data, 'en')
    .segments.filter((s) => s.kind === kind)
    .reduce((n, s) => n + s.size, 0);

describe('share layout', () => {
  describe('reading the catalogue', () => {
    it('shareFromIndicator() names the whole and the region: 广东工业机器人产量占全国44%', () => {
      const data = record(ROBOTS);
      expect(data.whole).to.equal('全国');
      expect(layoutShare(data, 'zh-Hans').sentence).to.equal('广东工业机器人产量占全国44%');
      const hant = record(ROBOTS, 'zh-Hant');
      expect(layoutShare(hant, 'zh-Hant').sentence).to.equal('廣東工業機器人產量佔全國44%');
      const en = record(ROBOTS, 'en');
      expect(layoutShare(en, 'en').sentence).to.equal(
        'Guangdong’s industrial robot output: 44% of the national total',
      );
    });

    it('shareFromIndicator() writes a fraction as the source does: 四分之一 in Chinese, 1/4 in English', () => {
      expect(layoutShare(record(AI_QUARTER), 'zh-Hans').centre).to.equal('四分之一');
      expect(layoutShare(record(AI_QUARTER, 'en'), 'en').centre).to.equal('1/4');
      expect(layoutShare(record(OVER_HALF), 'zh-Hans').centre).to.equal('超50%');
      expect(shareText(0.5, 'fraction', 'over', 'zh-Hans', '五成')).to.equal('超五成');
      expect(shareText(0.5, 'fraction', 'over', 'en', '五成')).to.equal('over 50%');
    });

    it('shareFromIndicator() takes the whole from relations.total before the label', () => {
      expect(record(PROJECTS).whole).to.equal('省重点建设项目');
      expect(record(PROJECTS, 'zh-Hans', '全省').whole).to.equal('全省');
    });

    it('shareFromIndicator() refuses unknown ids, records that are not shares, and wholes it cannot name', () => {
      const unknown = shareFromIndicator('gd-nope', null, getCatalog(), 'en');
      expect(unknown.ok || unknown.problem.code).to.equal('unknown-indicator');
      const level = shareFromIndicator('gd-industrial-output-2024', null, getCatalog(), 'en');
      expect(level.ok || level.problem.code).to.equal('not-a-share');
      const contribution = 'gd-industry-contribution-to-gdp-growth-2024';
      const noWhole = shareFromIndicator(contribution, null, getCatalog(), 'en');
      expect(noWhole.ok || noWhole.problem.code).to.equal('missing-whole');
      expect(shareFromIndicator(contribution, 'GDP growth', getCatalog(), 'en').ok).to.equal(true);
    });

    it('every share record of the catalogue either charts with a named whole or says why not', () => {
      const all = getCatalog()!.query({ kind: 'share' });
      expect(all.length).to.be.greaterThan(20);
      for (const r of all)
        for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
          const result = shareFromIndicator(r.id, null, getCatalog(), locale);
          if (!result.ok) {
            expect(result.problem.code, r.id).to.equal('missing-whole');
            continue;
          }
          const layout = layoutShare(result.data, locale);
          expect(layout.whole.trim(), r.id).not.to.equal('');
          expect(layout.sentence, r.id).to.contain(layout.whole);
          expect(layout.sentence + layout.centre, r.id).not.to.match(/NaN|undefined/);
          if (locale !== 'en') expect(layout.sentence, r.id).not.to.match(/[\u4e00-\u9fff] \d/);
        }
    });

    it('splitShareLabel() reads the whole out of 占…比重, …全球占比, …中的…占比 and ", share of"', () => {
      expect(splitShareLabel('5G基站数量占全国比重')).to.deep.equal({
        subject: '5G基站数量',
        whole: '全国',
      });
      expect(splitShareLabel('5G标准必要专利声明量全球占比')?.whole).to.equal('全球');
      expect(splitShareLabel('万兆光网项目中工厂场景项目占比')).to.deep.equal({
        subject: '工厂场景项目',
        whole: '万兆光网项目',
      });
      expect(splitShareLabel('Manufacturing scale, share of China')?.whole).to.equal('China');
      expect(splitShareLabel('汽车芯片设计国产化率')).to.equal(null);
    });
  });

  describe('host numbers', () => {
    it('shareFromHost() needs a unit of percent or fraction and a named whole', () => {
      const noUnit = host({ value: 30, whole: '全国' });
      expect(noUnit.ok || noUnit.problem.code).to.equal('missing-unit');
      const badUnit = host({ value: 30, unit: 'cny', whole: '全国' });
      expect(badUnit.ok || badUnit.problem.code).to.equal('missing-unit');
      const noWhole = host({ value: 30, unit: 'percent', whole: ' ' });
      expect(noWhole.ok || noWhole.problem.code).to.equal('missing-whole');
    });

    it('shareFromHost() refuses NaN, text, and values outside 0–100% (0–1 as a fraction)', () => {
      for (const value of [NaN, 'abc', Infinity, '']) {
        const r = host({ value, unit: 'percent', whole: '全国' });
        expect(r.ok, String(value)).to.equal(false);
      }
      for (const [value, unit] of [
        [101, 'percent'],
        [-1, 'percent'],
        [1.2, 'fraction'],
      ] as const) {
        const r = host({ value, unit, whole: '全国' });
        expect(r.ok || r.problem.code, `${value} ${unit}`).to.equal('out-of-range');
      }
      expect(host({ value: 100, unit: 'percent', whole: '全国' }).ok).to.equal(true);
    });

    it('shareFromHost() reads parts JSON and names malformed JSON, missing labels and bad counts', () => {
      const parts = '[{"label":"先进制造业","value":57.1},{"label":"高技术制造业","value":32}]';
      expect(ok(host({ parts, unit: 'percent', whole: '规上工业' })).parts).to.have.length(2);
      const bad = host({ parts: '[{"label":', unit: 'percent', whole: 'x' });
      expect(bad.ok || bad.problem.code).to.equal('malformed-json');
      const unlabelled = host({ parts: '[{"value":3}]', unit: 'percent', whole: 'x' });
      expect(unlabelled.ok || unlabelled.problem.code).to.equal('missing-label');
      const none = host({ parts: '[]', unit: 'percent', whole: 'x' });
      expect(none.ok || none.problem.code).to.equal('part-count');
    });

    it('shareFromHost() refuses exact parts over 100% but draws bounded ones in proportion', () => {
      const exact = host({
        parts: [
          { label: 'A', value: 60 },
          { label: 'B', value: 50 },
        ],
        unit: 'percent',
        whole: 'x',
      });
      expect(exact.ok || exact.problem.code).to.equal('over-whole');
      const bounded = ok(
        host({
          parts: [
            { label: 'A', value: 60, bound: 'about' },
            { label: 'B', value: 50, bound: 'about' },
          ],
          unit: 'percent',
          whole: 'x',
        }),
      );
      const layout = layoutShare(bounded, 'en');
      expect(layout.caveat).to.match(/more than 100%/);
      expect(layout.rows.some((r) => r.part === -1)).to.equal(false);
      expect(layout.segments.reduce((n, s) => n + s.size, 0)).to.be.closeTo(100, 0.01);
    });
  });

  describe('geometry', () => {
    it('layoutShare() draws a part and the rest as arcs that fill the circle, in order', () => {
      const data = ok(host({ value: 44, unit: 'percent', whole: '全国' }));
      const { segments } = layoutShare(data, 'en');
      expect(segments.map((s) => s.kind)).to.deep.equal(['share', 'other']);
      expect(segments[0]!.start).to.equal(0);
      expect(segments[0]!.size).to.be.closeTo(44, 0.001);
      expect(segments[1]!.start).to.be.closeTo(44, 0.001);
      expect(segments[0]!.path).to.match(/^M/);
    });

    it('layoutShare() leaves the rest of parts under 100% as 其他 with its share', () => {
      const data = ok(
        host({
          parts: [
            { label: '先进制造业', value: 57.1 },
            { label: '高技术制造业', value: 32 },
          ],
          unit: 'percent',
          whole: '规上工业',
        }),
      );
      const layout = layoutShare(data, 'zh-Hans');
      const rest = layout.rows.find((r) => r.part === -1)!;
      expect(rest.label).to.equal('其他');
      expect(rest.text).to.equal('10.9%');
      expect(layout.several).to.equal(true);
    });

    // Honesty: 超50% is not 50%. Breaking boundSplit (returning [v, 0]) fails these.
    it('a share over a bound is drawn solid to the bound and hatched beyond it, never as exactly the bound', () => {
      const data = record(OVER_HALF);
      expect(data.parts[0]!.bound).to.equal('over');
      expect(sizes(data, 'share')).to.be.closeTo(50, 0.01);
      expect(sizes(data, 'bound')).to.be.closeTo(BOUND_SPAN, 0.01);
      expect(layoutShare(record(OVER_HALF, 'en'), 'en').centre).to.equal('over 50%');
      // The rest of 超50% is not 50% either.
      expect(restText(data, 50, 'zh-Hans')).to.deep.equal({ text: '不足50%', bound: 'under' });
    });

    it('a share "nearly" a value stops short of it, with the hatched arc up to it', () => {
      const data = record(FIFTH);
      expect(sizes(data, 'share')).to.be.closeTo(20 - BOUND_SPAN, 0.01);
      expect(sizes(data, 'bound')).to.be.closeTo(BOUND_SPAN, 0.01);
      expect(boundSplit({ ...data.parts[0]!, bound: 'exact' })).to.deep.equal([20, 0]);
    });

    // Honesty: an estimate and a target look different in the mark itself.
    it('an estimate and a target carry their status to every arc of their part', () => {
      const est = layoutShare(record(AI_QUARTER), 'zh-Hans');
      expect(est.segments.filter((s) => s.part === 0).map((s) => s.mark)).to.deep.equal([
        'estimate',
      ]);
      const target = layoutShare(record(PROJECTS), 'zh-Hans');
      expect(target.segments[0]!.mark).to.equal('target');
      expect(target.sentence).to.match(/^目标：/);
    });

    it('every part has a visible label and value beside the chart, and a number on it when several', () => {
      const data = ok(
        host({
          parts: [
            { label: 'A', value: 30 },
            { label: 'B', value: 20 },
            { label: 'C', value: 40 },
          ],
          unit: 'percent',
          whole: 'x',
        }),
      );
      const layout = layoutShare(data, 'en');
      expect(layout.rows.map((r) => `${r.label} ${r.text}`)).to.deep.equal([
        'A 30%',
        'B 20%',
        'C 40%',
        'Other 10%',
      ]);
      for (const s of layout.segments.filter((s) => s.kind === 'share'))
        expect(s.label, `part ${s.part}`).to.be.an('array');
    });

    it('layoutShare() never draws NaN and always fills the circle, whatever the host passes (fast-check)', () => {
      const part = fc.record({
        label: fc.string(),
        value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
        bound: fc.constantFrom('exact', 'over', 'about', 'nearly', 'under', 'odd', 'bogus'),
        status: fc.constantFrom('actual', 'estimate', 'target', undefined),
      });
      fc.assert(
        fc.property(
          fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
          fc.constantFrom('percent', 'fraction', 'cny', undefined),
          fc.oneof(fc.array(part, { maxLength: 9 }), fc.string(), fc.constant(undefined)),
          fc.constantFrom<FormatLocale>('zh-Hans', 'zh-Hant', 'en'),
          (value, unit, parts, locale) => {
            const r = shareFromHost({ value, unit, parts, whole: '全国', label: 'x' }, locale);
            if (!r.ok) {
              expect(shareMessage(r.problem)).to.be.a('string').and.not.equal('');
              return;
            }
            const layout = layoutShare(r.data, locale);
            const text = JSON.stringify(layout);
            expect(text).not.to.match(/NaN|Infinity|undefined/);
            const total = layout.segments.reduce((n, s) => n + s.size, 0);
            expect(total).to.be.closeTo(100, 0.01);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
