import { expect, fixture, html, oneEvent } from '../testing.js';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../packages/components/src/define/trend.js';
import '../../packages/components/src/data.js';
import type { PearlTrend } from '../../packages/components/src/trend/trend.js';
import { styles } from '../../packages/components/src/trend/trend.styles.js';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A point label as read: its value line, then its period line. */
const label = (el: Element) => [...el.children].map(text).join(' ');

/** Seven years of a made-up level in yuan, the last an estimate, 2022 missing. */
const HOST = JSON.stringify([
  { period: '2018', value: 9.7e12 },
  { period: '2019', value: 10.8e12 },
  { period: '2020', value: 11.1e12 },
  { period: '2021', value: 12.4e12 },
  { period: '2023', value: 13.6e12 },
  { period: '2024', value: 14.2e12 },
  { period: '2025', value: 15e12, status: 'estimate' },
]);

async function trend(lang: string, attrs: string, width = 600) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}" style="width:${width}px"><pearl-trend ${attrs}></pearl-trend></div>`,
  );
  const el = wrapper.querySelector('pearl-trend')!;
  await el.updateComplete;
  return el;
}

const tooltip = (el: PearlTrend) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;

describe('<pearl-trend>', () => {
  it('is accessible: a catalogue concept in Simplified Chinese', async () => {
    const el = await trend('zh-Hans', 'concept="gd-5g-base-stations"');
    await expect(el).to.be.accessible();
    expect(text(part(el, 'title'))).to.equal('5G基站累计数量');
    expect(text(part(el, 'unit'))).to.equal('单位：万个');
  });

  it('is accessible with host numbers in English and the table shown', async () => {
    const el = await trend('en', `unit="cny" label="Output" area series='${HOST}'`);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(text);
    expect(rows[0]).to.equal('2018 9.7 trillion yuan');
    expect(rows.at(-1)).to.equal('2025 15 trillion yuan Estimate');
  });

  it('draws a bound as an open point, in Traditional Chinese', async () => {
    const el = await trend('zh-Hant', 'concept="gd-advanced-manufacturing-share"');
    const points = parts(el, 'point');
    expect(points.map((p) => p.getAttribute('part'))).to.deep.equal(['point', 'point open active']);
    expect(parts(el, 'label').map(label)).to.deep.equal(['57.1% 2024年', '超50% 2025年']);
    // Not joined: the notes say why, and no line is drawn.
    expect(parts(el, 'line')).to.have.length(0);
    expect(text(part(el, 'notes'))).to.contain('2024年與2025年未連線');
    // An open point has the surface colour inside, a filled one the line colour.
    const [filled, open] = points.map((p) => getComputedStyle(p).backgroundColor);
    expect(open).to.not.equal(filled);
  });

  it('dashes the estimate run and breaks the line at a missing year', async () => {
    const el = await trend('zh-Hans', `unit="cny" series='${HOST}'`);
    const lines = parts(el, 'line');
    expect(lines.map((l) => l.getAttribute('part'))).to.deep.equal([
      'line measured',
      'line measured',
      'line estimate',
    ]);
    expect(getComputedStyle(lines[2]!).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(lines[0]!).strokeDasharray).to.equal('none');
    expect(text(part(el, 'notes'))).to.contain('2021年与2023年未连线：其间缺少数据');
  });

  it('labels the last value, and both ends of a slope chart', async () => {
    const host = await trend('en', `unit="cny" series='${HOST}'`);
    expect(parts(host, 'label').map(label)).to.deep.equal(['15 trillion yuan 2025 · Estimate']);
    const slope = await trend('en', 'concept="cn-industrial-invention-patent-applications"');
    expect(parts(slope, 'label').map(label)).to.deep.equal([
      '176,000 patents 2012',
      '555,000 patents 2022',
    ]);
    expect(parts(slope, 'line')).to.have.length(1);
  });

  it('draws the concept’s target as a labelled line', async () => {
    const el = await trend('zh-Hans', 'concept="gd-small-to-above-scale-upgrades"');
    expect(el.shadowRoot!.querySelector('line[part="target"]')).to.not.equal(null);
    expect(text(part(el, 'target-label'))).to.match(/^目标：超5500家/);
  });

  it('has one tab stop; ←/→/Home/End move it and show the tooltip with value, period and quote', async () => {
    const el = await trend('zh-Hans', 'concept="gd-5g-base-stations"', 320);
    const points = parts(el, 'point');
    expect(points.map((p) => p.tabIndex)).to.deep.equal([-1, 0]);
    points[1]!.focus();
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(false);
    expect(text(tooltip(el))).to.contain('43.1万个');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'point')[0]);
    expect(parts(el, 'point').map((p) => p.tabIndex)).to.deep.equal([0, -1]);
    expect(text(tooltip(el))).to.contain('超40万个');
    expect(text(tooltip(el))).to.contain('截至2024年12月');
    expect(text(tooltip(el))).to.contain('“');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'point')[1]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'point')[0]);
    // Inside the widget at 320 px.
    const box = el.getBoundingClientRect();
    const tip = tooltip(el).getBoundingClientRect();
    expect(tip.left).to.be.at.least(box.left - 0.5);
    expect(tip.right).to.be.at.most(box.right + 0.5);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('a tap on a point shows its tooltip', async () => {
    const el = await trend('en', `unit="cny" series='${HOST}'`, 320);
    parts(el, 'point')[2]!.click();
    await el.updateComplete;
    expect(text(tooltip(el))).to.contain('11.1 trillion yuan');
  });

  it('returns one data row per point, in base units', async () => {
    const el = await trend('en', 'concept="gd-5g-base-stations"');
    const rows = (el as unknown as { dataRows(): { period: string; value: number }[] }).dataRows();
    expect(rows.map((r) => [r.period, r.value])).to.deep.equal([
      ['as of 2024-12', 400000],
      ['as of 2025-08', 431000],
    ]);
  });

  describe('error states', () => {
    const cases: [string, string, string][] = [
      ['unknown concept', 'concept="no-such-concept"', 'unknown-indicator'],
      ['unknown id', 'indicators="gd-gdp-2024 no-such-id"', 'unknown-indicator'],
      ['malformed JSON', `unit="cny" series='[{'`, 'malformed-json'],
      [
        'NaN',
        `unit="cny" series='[{"period":"2024","value":"NaN"},{"period":"2025","value":1}]'`,
        'not-finite',
      ],
      [
        'missing unit',
        `series='[{"period":"2024","value":1},{"period":"2025","value":2}]'`,
        'missing-unit',
      ],
      ['one point', `unit="cny" series='[{"period":"2024","value":1}]'`, 'too-few-items'],
      [
        'mixed units',
        'indicators="gd-gdp-2024 gd-advanced-manufacturing-share-2024"',
        'mixed-units',
      ],
      ['no input', '', 'missing-value'],
    ];
    for (const [name, attrs, code] of cases) {
      it(`shows the quiet placeholder and fires pearl-error: ${name}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div lang="zh-Hans"></div>`);
        wrapper.innerHTML = `<pearl-trend ${attrs}></pearl-trend>`;
        const live = wrapper.querySelector('pearl-trend')!;
        const event = (await oneEvent(live, 'pearl-error')) as PearlErrorEvent;
        expect(event.detail.code).to.equal(code);
        await live.updateComplete;
        expect(text(part(live, 'error'))).to.equal('图表暂不可用');
        expect(part(live, 'chart')).to.equal(null);
      });
    }
  });

  it('defines every --_ token it uses, and uses every one it defines', () => {
    const own = styles.cssText;
    const defined = new Set(
      [...(baseStyles.cssText + own).matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]),
    );
    for (const inline of ['--_x', '--_y', '--_at', '--_gutter']) defined.add(inline);
    const used = new Set([...own.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const ownDefined = [...own.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]);
    expect([...used].filter((t) => !defined.has(t))).to.deep.equal([]);
    expect(ownDefined.filter((t) => !used.has(t))).to.deep.equal([]);
  });

  it('never throws and never shows NaN or Infinity for random series: a chart or the error state', async () => {
    const el = await fixture<PearlTrend>(html`<pearl-trend unit="percent"></pearl-trend>`);
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 0, -0, 2e13, 'x', null),
    );
    const period = fc.oneof(
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.constantFrom('2023-01/2023-09', 'as of 2024-12', 'before 2025', 'current', 'x'),
    );
    const point = fc.record({
      period,
      value,
      bound: fc.constantFrom('exact', 'over', 'about'),
      status: fc.constantFrom('actual', 'estimate', 'target'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(point, { maxLength: 8 }), async (points) => {
        el.setAttribute('series', JSON.stringify(points));
        await el.updateComplete;
        const shown = el.shadowRoot!.textContent ?? '';
        expect(shown).to.not.match(/NaN|Infinity/);
        const chart = part(el, 'chart');
        const error = part(el, 'error');
        expect(Boolean(chart) !== Boolean(error), 'a chart or the error state').to.equal(true);
        for (const path of el.shadowRoot!.querySelectorAll('path'))
          expect(path.getAttribute('d')).to.not.match(/NaN|Infinity/);
      }),
      { numRuns: 60 },
    );
  });
});
