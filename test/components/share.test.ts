import { expect, fixture, html, oneEvent } from '../testing.js';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../packages/components/src/define/share.js';
import '../../packages/components/src/data.js';
import type { PearlShare } from '../../packages/components/src/share/share.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';

const ROBOTS = 'gd-industrial-robot-output-national-share-2024';
const OVER_HALF = 'gd-advanced-manufacturing-share-2025';
const AI_QUARTER = 'gd-ai-core-industry-size-national-share-2025';
const PARTS = JSON.stringify([
  { label: '先进制造业', value: 57.1 },
  { label: '高技术制造业', value: 32, status: 'estimate' },
]);

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<Element>(`[part~="${name}"]`),
];
const text = (el: Element, name: string) =>
  part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();

async function inWidth(width: number, tpl: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${tpl}</div>`);
  const el = wrap.firstElementChild as PearlShare;
  await el.updateComplete;
  return el;
}

describe('<pearl-share>', () => {
  it('is accessible as a donut and as a bar, in Chinese and English', async () => {
    const wide = await inWidth(
      600,
      html`<pearl-share lang="zh-Hans" indicator=${ROBOTS}></pearl-share>`,
    );
    await expect(wide).to.be.accessible();
    const narrow = await inWidth(
      320,
      html`<pearl-share lang="en" unit="percent" whole="value added" parts=${PARTS}></pearl-share>`,
    );
    await expect(narrow).to.be.accessible();
  });

  it('names the whole in a sentence and writes the share in the centre: 广东工业机器人产量占全国44%', async () => {
    const el = await inWidth(
      600,
      html`<pearl-share lang="zh-Hans" indicator=${ROBOTS}></pearl-share>`,
    );
    expect(text(el, 'sentence')).to.equal('广东工业机器人产量占全国44%');
    expect(text(el, 'centre')).to.equal('44%');
    expect(text(el, 'source')).to.match(/^来源：/);
    const hant = await inWidth(
      600,
      html`<pearl-share lang="zh-Hant" indicator=${AI_QUARTER}></pearl-share>`,
    );
    expect(text(hant, 'sentence')).to.equal('預計：廣東人工智能核心產業規模佔全國四分之一');
  });

  it('shows the donut from 360px and the stacked bar below it, by container query', async () => {
    const wide = await inWidth(
      400,
      html`<pearl-share lang="en" indicator=${ROBOTS}></pearl-share>`,
    );
    expect(getComputedStyle(part(wide, 'donut')!).display).not.to.equal('none');
    expect(getComputedStyle(part(wide, 'bar')!).display).to.equal('none');
    const narrow = await inWidth(
      320,
      html`<pearl-share lang="en" indicator=${ROBOTS}></pearl-share>`,
    );
    expect(getComputedStyle(part(narrow, 'donut')!.parentElement!).display).to.equal('none');
    expect(getComputedStyle(part(narrow, 'bar')!).display).not.to.equal('none');
    const wide320 = part(narrow, 'bar')!.getBoundingClientRect();
    expect(wide320.width).to.be.greaterThan(200);
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  // Honesty: 超50% is drawn as a bound. Drawing it as exactly 50% (no bound arc) fails this.
  it('draws 超50% as a bound: a hatched bound arc after the solid one, labelled 超50%, not 50%', async () => {
    const el = await inWidth(
      600,
      html`<pearl-share lang="zh-Hans" indicator=${OVER_HALF}></pearl-share>`,
    );
    expect(text(el, 'centre')).to.equal('超50%');
    const bound = parts(el, 'arc').filter((a) => a.getAttribute('part')!.includes('bound'));
    expect(bound).to.have.length(1);
    expect(bound[0]!.getAttribute('fill')).to.match(/^url\(#/);
    expect(text(el, 'key')).to.contain('斜线');
    const rest = [...el.shadowRoot!.querySelectorAll('.legend .row')].map((r) =>
      r.textContent!.replace(/\s+/g, ''),
    );
    expect(rest).to.deep.equal(['广东先进制造业超50%', '其他不足50%']);
  });

  // Honesty: an estimate is hatched, a target outlined, in the mark itself.
  it('hatches an estimate and outlines a target in the mark, with a badge beside its label', async () => {
    const el = await inWidth(
      600,
      html`<pearl-share lang="zh-Hans" indicator=${AI_QUARTER}></pearl-share>`,
    );
    const arc = parts(el, 'arc').find((a) => a.getAttribute('part')!.includes('estimate'))!;
    expect(arc.getAttribute('fill')).to.match(/^url\(#h1-e\)/);
    expect(el.shadowRoot!.querySelector('.legend .status')!.textContent).to.equal('预计');
    const target = await inWidth(
      600,
      html`<pearl-share lang="en" indicator="gd-key-projects-industrial-share-2025"></pearl-share>`,
    );
    const outline = parts(target, 'arc').find((a) => a.getAttribute('part')!.includes('target'))!;
    const style = getComputedStyle(outline);
    expect(style.fill).to.equal('none');
    expect(style.strokeDasharray).not.to.equal('none');
  });

  // Colour is never the only signal: each part is labelled, and numbered on the donut when several.
  it('labels every part beside the chart and numbers them on the donut when there are several', async () => {
    const el = await inWidth(
      600,
      html`<pearl-share
        lang="zh-Hans"
        unit="percent"
        whole="规上工业增加值"
        parts=${PARTS}
      ></pearl-share>`,
    );
    const rows = [...el.shadowRoot!.querySelectorAll('.legend .row')].map((r) =>
      r.textContent!.replace(/\s+/g, ''),
    );
    expect(rows).to.deep.equal(['1先进制造业57.1%', '2高技术制造业预计32%', '其他10.9%']);
    const numbers = [...el.shadowRoot!.querySelectorAll('svg text.num')].map((t) => t.textContent);
    expect(numbers).to.deep.equal(['1', '2']);
    expect(text(el, 'whole')).to.equal('占规上工业增加值的比重');
  });

  it('explains a mark reached by keyboard, hover or tap in a tooltip inside the widget at 320px', async () => {
    const el = await inWidth(
      320,
      html`<pearl-share lang="en" unit="percent" whole="value added" parts=${PARTS}></pearl-share>`,
    );
    const tip = part(el, 'tooltip')!;
    expect(tip.hidden).to.equal(true);
    el.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '先进制造业: 57.1% of the value added',
    );
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar .mark')];
    expect(marks[0]!.getAttribute('aria-describedby')).to.equal(tip.id);
    const inside = () => {
      const host = el.getBoundingClientRect();
      const box = tip.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    };
    inside();
    // A tap on the last segment (the rest, at the right edge) explains it, still inside the widget.
    marks[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const lines = [...tip.querySelectorAll('.tooltip-line')].map((l) => l.textContent);
    expect(lines).to.deep.equal(['高技术制造业: 32% of the value added', 'Estimate']);
    marks[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tip.textContent!.trim()).to.equal('Other: 10.9%');
    inside();
  });

  it('has a data table and CSV rows of what it shows', async () => {
    const el = await inWidth(
      600,
      html`<pearl-share lang="zh-Hans" indicator=${OVER_HALF}></pearl-share>`,
    );
    const cells = [...part(el, 'table')!.querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells).to.deep.equal(['超50%', '不足50%']);
    const rows = (
      el as unknown as { dataRows(): { value: number | null; bound: string; quote: string }[] }
    ).dataRows();
    expect(rows[0]).to.include({ value: 50, bound: 'over' });
    expect(rows[0]!.quote).not.to.equal('');
    expect(rows[1]).to.include({ value: null, bound: 'under' });
  });

  for (const [name, attrs, code] of [
    ['an unknown id', { indicator: 'gd-no-such-share' }, 'unknown-indicator'],
    ['a record that is not a share', { indicator: 'gd-industrial-output-2024' }, 'not-a-share'],
    [
      'malformed parts JSON',
      { unit: 'percent', whole: 'x', parts: '[{"label":' },
      'malformed-json',
    ],
    ['NaN', { unit: 'percent', whole: 'x', value: 'NaN' }, 'not-finite'],
    ['a value over 100%', { unit: 'percent', whole: 'x', value: '120' }, 'out-of-range'],
    ['a missing unit', { whole: 'x', value: '30' }, 'missing-unit'],
    ['a missing whole', { unit: 'percent', value: '30' }, 'missing-whole'],
  ] as const)
    it(`shows the quiet error line for ${name} and reports ${code}`, async () => {
      const el = document.createElement('pearl-share');
      el.setAttribute('lang', 'zh-Hant');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const reported = oneEvent(el, 'pearl-error') as Promise<PearlErrorEvent>;
      document.body.append(el);
      const event = await reported;
      expect(event.detail.code).to.equal(code);
      expect(text(el, 'error')).to.equal('圖表暫不可用');
      expect(part(el, 'chart')).to.equal(null);
      el.remove();
    });

  it('never throws, never shows NaN, and always shows a chart or the error line (fast-check)', async () => {
    const el = document.createElement('pearl-share');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          value: fc.oneof(fc.double().map(String), fc.string()),
          unit: fc.constantFrom('percent', 'fraction', 'cny', ''),
          whole: fc.string(),
          bound: fc.constantFrom('over', 'about', 'exact', 'x'),
          parts: fc.oneof(
            fc.constant(''),
            fc.string(),
            fc
              .array(fc.record({ label: fc.string(), value: fc.double({ min: -10, max: 120 }) }), {
                maxLength: 8,
              })
              .map((a) => JSON.stringify(a)),
          ),
        }),
        async (attrs) => {
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          await el.updateComplete;
          const root = el.shadowRoot!;
          expect(root.textContent).not.to.match(/NaN|Infinity|undefined/);
          const chart = root.querySelector('[part~="chart"]');
          const error = root.querySelector('[part~="error"]');
          expect(Boolean(chart) !== Boolean(error)).to.equal(true);
        },
      ),
      { numRuns: 120 },
    );
    el.remove();
  });
});
