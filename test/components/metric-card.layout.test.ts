import { expect } from '../testing.js';
import '../../packages/components/src/data.js';
import {
  countUpNumber,
  deltaTone,
  easeOutCubic,
  formatSourceDate,
  layoutDelta,
  layoutMetricCard,
  parseNumberAttribute,
  resolveNumber,
  safeUrl,
  splitValue,
  type MetricCard,
  type MetricCardModel,
} from '../../packages/components/src/metric-card/metric-card.layout.js';
import { getViews, registerViews } from '../../packages/components/src/shared/catalog.js';

function card(model: MetricCardModel): MetricCard {
  if (!model.ok) throw new Error(`expected a card, got ${model.code}: ${model.message}`);
  return model.card;
}

describe('metric-card layout', () => {
  it('shows catalogue records only through its registered catalogue adapter', () => {
    const adapter = getViews<object>('pearl-metric-card')!;
    const input = { indicator: 'gd-industrial-output-2024' };
    try {
      registerViews('pearl-metric-card', null);
      const model = layoutMetricCard(input, 'en');
      expect(model.ok).to.equal(false);
      if (!model.ok) {
        expect(model.code).to.equal('no-catalog');
        expect(model.message).to.contain('"gd-industrial-output-2024"');
      }
    } finally {
      registerViews('pearl-metric-card', adapter);
    }
    expect(card(layoutMetricCard(input, 'zh-Hans')).valueText).to.equal('超20万亿元');
  });

  it('parseNumberAttribute() reads decimal and exponent text and nothing else', () => {
    expect(parseNumberAttribute('1.5e12')).to.equal(1.5e12);
    expect(parseNumberAttribute(' -3 ')).to.equal(-3);
    expect(parseNumberAttribute('.5')).to.equal(0.5);
    expect(parseNumberAttribute(null)).to.equal(undefined);
    for (const bad of [
      '',
      ' ',
      'abc',
      'NaN',
      'Infinity',
      '-Infinity',
      '1,000',
      '0x10',
      '12px',
      '1e400',
    ]) {
      expect(Number.isNaN(parseNumberAttribute(bad)), bad).to.equal(true);
    }
  });

  it('resolveNumber() keeps the text of a bad number for the error message', () => {
    expect(resolveNumber('42')).to.deep.equal({ ok: true, value: 42 });
    expect(resolveNumber(undefined)).to.deep.equal({ ok: true, value: undefined });
    expect(resolveNumber('abc')).to.deep.equal({ ok: false, text: 'abc' });
    expect(resolveNumber(Infinity)).to.deep.equal({ ok: false, text: 'Infinity' });
    expect(resolveNumber({})).to.deep.equal({ ok: false, text: '[object Object]' });
  });

  it('splitValue() cuts bound, number and unit so they concatenate to the text', () => {
    expect(splitValue('超20万亿元', '20万亿元', 'cny', 'zh-Hans')).to.deep.equal({
      bound: '超',
      number: '20万亿',
      unit: '元',
    });
    expect(splitValue('over 20 trillion yuan', '20 trillion yuan', 'cny', 'en')).to.deep.equal({
      bound: 'over ',
      number: '20 trillion',
      unit: ' yuan',
    });
    expect(splitValue('1 enterprise', '1 enterprise', 'enterprises', 'en').unit).to.equal(
      ' enterprise',
    );
    expect(splitValue('57.1%', '57.1%', 'percent', 'en')).to.deep.equal({
      bound: '',
      number: '57.1',
      unit: '%',
    });
    expect(splitValue('1/7', '1/7', 'fraction', 'zh-Hans')).to.deep.equal({
      bound: '',
      number: '1/7',
      unit: '',
    });
    expect(splitValue('No. 1', 'No. 1', 'rank', 'en')).to.deep.equal({
      bound: '',
      number: 'No. 1',
      unit: '',
    });
  });

  it('layoutMetricCard() writes a real indicator with delta and national share in each script', () => {
    const id = 'gd-industrial-robot-output-2024';
    const hans = card(layoutMetricCard({ indicator: id }, 'zh-Hans'));
    expect(hans.label).to.equal('工业机器人产量');
    expect(hans.valueText).to.equal('24.68万台(套)');
    expect(hans.period).to.equal('2024年');
    expect(hans.delta).to.deep.include({
      text: '+31.2%',
      direction: 'up',
      arrow: '▲',
      tone: 'positive',
    });
    expect(hans.context).to.equal('占全国44%');
    expect(hans.badge).to.equal(null);
    const hant = card(layoutMetricCard({ indicator: id }, 'zh-Hant'));
    expect(hant.valueText).to.equal('24.68萬臺(套)');
    expect(hant.context).to.equal('佔全國44%');
    const en = card(layoutMetricCard({ indicator: id }, 'en'));
    expect(en.valueText).to.equal('246,800 units');
    expect(en.context).to.equal('44% of the national total');
  });

  it('layoutMetricCard() takes a percentage-point change for a share and a fraction context', () => {
    const share = card(
      layoutMetricCard({ indicator: 'gd-advanced-manufacturing-share-2024' }, 'zh-Hans'),
    );
    expect(share.delta).to.deep.include({ text: '+1.4个百分点', caption: '变化' });
    const count = card(
      layoutMetricCard(
        { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
        'zh-Hans',
      ),
    );
    expect(count.context).to.equal('占全国1/7');
    expect(count.badge).to.deep.equal({ status: 'estimate', text: '预计' });
    const world = card(
      layoutMetricCard({ indicator: 'cn-manufacturing-value-added-2022' }, 'zh-Hans'),
    );
    expect(world.context).to.equal('占全球约30%');
  });

  it('layoutMetricCard() gives the source line (outlet in the reader’s script, date, URL) and the quote cut at the figure', () => {
    const c = card(
      layoutMetricCard({ indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' }, 'en'),
    );
    expect(c.figure.source).to.deep.equal({
      lead: 'Source: ',
      entries: [
        {
          outlet: 'Nanfang Daily',
          date: '17 Jan 2025',
          url: 'https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html',
          lang: null,
        },
      ],
      joiner: ', ',
      separator: '; ',
    });
    expect(c.quote).to.deep.equal({
      before: '规模以上工业企业达',
      figure: '7.39万',
      after: '家',
      open: '\u201c',
      close: '\u201d',
      lang: 'zh-Hans',
    });
    // The host's own source replaces the catalogue's, and its passage the record's.
    const host = card(
      layoutMetricCard(
        {
          indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12',
          sourceName: '新华社',
          sourceDate: '2025-03-01',
          sourceText: '一段话',
        },
        'zh-Hant',
      ),
    );
    expect(host.figure.source!.entries).to.deep.equal([
      { outlet: '新华社', date: '2025年3月1日', url: null, lang: null },
    ]);
    expect(host.quote).to.deep.include({ before: '一段话', open: '「', close: '」' });
  });

  it('layoutMetricCard() lets label, context and delta attributes override the catalogue', () => {
    const c = card(
      layoutMetricCard(
        {
          indicator: 'gd-industrial-robot-output-2024',
          label: 'Robots',
          context: 'Most in China',
          delta: '-2',
          deltaUnit: 'percent',
        },
        'en',
      ),
    );
    expect(c.label).to.equal('Robots');
    expect(c.context).to.equal('Most in China');
    expect(c.delta).to.deep.include({ text: '\u22122%', direction: 'down', tone: 'negative' });
  });

  it('layoutMetricCard() formats host numbers with bound, status and period', () => {
    const c = card(
      layoutMetricCard(
        {
          value: '2e13',
          unit: 'cny',
          bound: 'over',
          status: 'target',
          period: 'by 2027',
          label: '产业规模',
        },
        'zh-Hans',
      ),
    );
    expect(c.valueText).to.equal('超20万亿元');
    expect(c.parts).to.deep.equal({ bound: '超', number: '20万亿', unit: '元' });
    expect(c.badge).to.deep.equal({ status: 'target', text: '目标' });
    expect(c.period).to.equal('到2027年');
    expect(c.region).to.equal(null);
  });

  it('layoutMetricCard() ignores an unknown bound or status, and reads a host range as about', () => {
    const odd = card(
      layoutMetricCard({ value: 5, unit: 'percent', bound: 'ovr', status: 'guess' }, 'en'),
    );
    expect(odd.valueText).to.equal('5%');
    expect(odd.badge).to.equal(null);
    expect(
      card(layoutMetricCard({ value: 5, unit: 'percent', bound: 'range' }, 'en')).valueText,
    ).to.equal('about 5%');
  });

  it('layoutMetricCard() returns each error with its code and the offending text', () => {
    const err = (m: MetricCardModel) => (m.ok ? null : { code: m.code, message: m.message });
    expect(err(layoutMetricCard({ indicator: 'gd-gdp-202' }, 'en'))).to.deep.equal({
      code: 'unknown-indicator',
      message: 'Unknown indicator "gd-gdp-202". Did you mean "gd-gdp-2024"?',
    });
    expect(err(layoutMetricCard({ value: 'abc', unit: 'cny' }, 'en'))?.message).to.contain('"abc"');
    expect(err(layoutMetricCard({ unit: 'cny' }, 'en'))?.code).to.equal('missing-value');
    expect(err(layoutMetricCard({ value: 1 }, 'en'))?.code).to.equal('missing-unit');
    expect(err(layoutMetricCard({ value: 1, unit: 'furlongs' }, 'en'))?.message).to.contain(
      'furlongs',
    );
    expect(err(layoutMetricCard({ value: 1, unit: 'cny', delta: 3 }, 'en'))?.message).to.contain(
      'delta-unit',
    );
    expect(
      err(layoutMetricCard({ value: 1, unit: 'cny', delta: 'NaN', deltaUnit: 'pp' }, 'en'))?.code,
    ).to.equal('not-finite');
  });

  it('layoutDelta() signs, points and colours a change by betterWhen', () => {
    expect(layoutDelta(11.5, 'percent', 'higher', 'en')).to.deep.equal({
      text: '+11.5%',
      direction: 'up',
      arrow: '▲',
      tone: 'positive',
      caption: 'Growth',
    });
    expect(layoutDelta(-0.5, 'pp', 'lower', 'zh-Hans')).to.deep.include({
      text: '\u22120.5个百分点',
      arrow: '▼',
      tone: 'positive',
    });
    expect(layoutDelta(0.001, 'percent', 'higher', 'en')).to.deep.include({
      direction: 'flat',
      arrow: '',
      tone: 'neutral',
    });
    expect(deltaTone('up', undefined)).to.equal('neutral');
    expect(deltaTone('up', 'lower')).to.equal('negative');
  });

  it('countUpNumber() keeps scale and decimals and ends on exactly the final number', () => {
    const c = card(
      layoutMetricCard(
        { indicator: 'gd-above-scale-industrial-enterprises-asof-2024-12' },
        'zh-Hans',
      ),
    );
    expect(c.count).to.deep.equal({ value: 73900, unit: 'enterprises', fractionDigits: 2 });
    expect(countUpNumber(c, 0, 'zh-Hans')).to.equal('0万');
    expect(countUpNumber(c, 0.5, 'zh-Hans')).to.equal('3.7万');
    expect(countUpNumber(c, 1, 'zh-Hans')).to.equal('7.39万');
    expect(easeOutCubic(0)).to.equal(0);
    expect(easeOutCubic(1)).to.equal(1);
    expect(easeOutCubic(0.5)).to.be.closeTo(0.875, 1e-9);
  });

  it('countUpNumber() does not count fractions, ranks or zero', () => {
    expect(card(layoutMetricCard({ value: 0.25, unit: 'fraction' }, 'en')).count).to.equal(null);
    expect(card(layoutMetricCard({ value: 1, unit: 'rank' }, 'en')).count).to.equal(null);
    expect(card(layoutMetricCard({ value: 0, unit: 'cny' }, 'en')).count).to.equal(null);
  });

  it('formatSourceDate() writes full dates and days without a year', () => {
    expect(formatSourceDate('2025-01-17', 'zh-Hans')).to.equal('2025年1月17日');
    expect(formatSourceDate('--02-05', 'zh-Hant')).to.equal('2月5日');
    expect(formatSourceDate('--02-05', 'en')).to.equal('5 Feb');
  });

  it('safeUrl() keeps absolute http(s) URLs only', () => {
    expect(safeUrl(' https://example.com/a ')).to.equal('https://example.com/a');
    expect(safeUrl('javascript:alert(1)')).to.equal(null);
    expect(safeUrl('/relative')).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });
});
