import { expect, fixture, html, oneEvent } from '../testing.js';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../packages/components/src/define/rank.js';
import '../../packages/components/src/data.js';
import type { PearlRank } from '../../packages/components/src/rank/rank.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';
import type { DataRow } from '../../packages/components/src/shared/data-rows.js';
import { styles } from '../../packages/components/src/rank/rank.styles.js';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import { tooltipStyles } from '../../packages/components/src/shared/tooltip.js';

const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (el: Element, name: string) =>
  parts(el, name)[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const rowsOf = (el: PearlRank) => (el as unknown as { dataRows(): readonly DataRow[] }).dataRows();

async function rank(markup: ReturnType<typeof html>, lang = 'zh-Hans', width = 600) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width:${width}px">${markup}</div>`,
  );
  const el = wrapper.querySelector('pearl-rank')!;
  await el.updateComplete;
  return el;
}

describe('<pearl-rank>', () => {
  it('is accessible with a record, its streak and 31 peers, in three scripts and dark', async () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      const el = await rank(
        html`<pearl-rank indicator="gd-gdp-rank-2024" of="31"></pearl-rank>`,
        lang,
      );
      await expect(el).to.be.accessible();
    }
    const dark = await rank(
      html`<pearl-rank
        rank="3"
        of="31"
        bound="top"
        theme="dark"
        streak="4"
        period="2024"
      ></pearl-rank>`,
    );
    await expect(dark).to.be.accessible();
  });

  it('reads 全国第一 · 连续36年 / 全國第一 · 連續36年 / No. 1 nationwide for 36 years running', async () => {
    const expected = {
      'zh-Hans': '全国第一 · 连续36年',
      'zh-Hant': '全國第一 · 連續36年',
      en: 'No. 1 nationwide for 36 years running',
    };
    for (const [lang, sentence] of Object.entries(expected)) {
      const el = await rank(html`<pearl-rank indicator="gd-gdp-rank-2024"></pearl-rank>`, lang);
      expect(text(el, 'headline')).to.equal(sentence);
    }
  });

  it('draws 31 places with the one held filled, and 36 year marks from 1989 to 2024', async () => {
    const el = await rank(html`<pearl-rank indicator="gd-gdp-rank-2024" of="31"></pearl-rank>`);
    expect(parts(el, 'peers')[0]!.querySelectorAll('li')).to.have.length(31);
    const held = parts(el, 'mark-held');
    expect(held).to.have.length(1);
    expect(held[0]!.dataset['index']).to.equal('0');
    expect(parts(el, 'mark-year')).to.have.length(36);
    const ends = parts(el, 'ends').map((p) => p.textContent!.replace(/\s+/g, ''));
    expect(ends).to.deep.equal(['131', '19892024']);
  });

  it('without of draws no row of peers', async () => {
    const el = await rank(html`<pearl-rank indicator="gd-gdp-rank-2025"></pearl-rank>`);
    expect(parts(el, 'peers')).to.have.length(0);
    expect(parts(el, 'mark-year')).to.have.length(37);
  });

  it('a bounded rank brackets the top places and fills none', async () => {
    const el = await rank(
      html`<pearl-rank rank="3" of="31" bound="top" scope="national"></pearl-rank>`,
    );
    expect(text(el, 'position')).to.equal('全国前三');
    expect(parts(el, 'mark-held')).to.have.length(0);
    expect(parts(el, 'mark-bracket')).to.have.length(3);
    expect(parts(el, 'bracket')).to.have.length(1);
  });

  it('a streak as of a date shows no years at its ends', async () => {
    const el = await rank(
      html`<pearl-rank indicator="cn-manufacturing-value-added-world-rank-current"></pearl-rank>`,
      'en',
    );
    expect(parts(el, 'mark-year')).to.have.length(14);
    const yearEnds = parts(el, 'ends').at(-1)!;
    expect(yearEnds.hidden).to.equal(true);
    // The article is dated 2024-01-10; no year of the run (2010–2023) is named anywhere.
    const shown = parts(el, 'base')[0]!.textContent!;
    expect(shown).not.to.match(/20(0\d|1\d|2[0-3])/);
  });

  it('one tab stop per row; arrows move along it and the tooltip says the mark, inside the widget at 320 px', async () => {
    const el = await rank(
      html`<pearl-rank indicator="gd-gdp-rank-2024" of="31"></pearl-rank>`,
      'zh-Hans',
      320,
    );
    const tabbable = el.shadowRoot!.querySelectorAll('li[tabindex="0"]');
    expect(tabbable).to.have.length(2);
    const years = parts(el, 'years')[0]!;
    const first = years.querySelector<HTMLElement>('li[tabindex="0"]')!;
    first.focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal('1');
    expect(years.querySelectorAll('li[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset['index']).to.equal('35');
    const tip = parts(el, 'tooltip')[0]!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.include('2024年');
    const host = el.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left - 0.5);
    expect(box.right).to.be.at.most(host.right + 0.5);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
  });

  it('a hover or tap on the place held shows its tooltip', async () => {
    const el = await rank(html`<pearl-rank rank="5" of="31" scope="national"></pearl-rank>`, 'en');
    const held = parts(el, 'mark-held')[0]!;
    held.click();
    await el.updateComplete;
    expect(text(el, 'tooltip')).to.equal('5th (held)');
  });

  it('has a table equivalent and the data rows of what it shows', async () => {
    const el = await rank(html`<pearl-rank indicator="gd-gdp-rank-2024"></pearl-rank>`);
    const cells = [...parts(el, 'table')[0]!.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells).to.include('全国第一');
    expect(cells).to.include('连续36年');
    expect(cells).to.include('1989–2024年');
    const rows = rowsOf(el);
    expect(rows.map((r) => [r.unit, r.value])).to.deep.include.members([
      ['rank', 1],
      ['years', 36],
    ]);
    expect(rows[0]!.outlet).to.equal('南方日报');
  });

  it('errors: unknown id, not a rank, NaN, rank past of, rank below 1, not whole', async () => {
    const cases = [
      [html`<pearl-rank indicator="gd-gdp-rank-2023"></pearl-rank>`, 'unknown-indicator'],
      [html`<pearl-rank indicator="gd-gdp-2024"></pearl-rank>`, 'wrong-kind'],
      [html`<pearl-rank rank="NaN"></pearl-rank>`, 'not-finite'],
      [html`<pearl-rank rank="32" of="31"></pearl-rank>`, 'out-of-range'],
      [html`<pearl-rank rank="0"></pearl-rank>`, 'out-of-range'],
      [html`<pearl-rank rank="1.5"></pearl-rank>`, 'out-of-range'],
    ] as const;
    for (const [markup, code] of cases) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const caught = oneEvent(wrapper, 'pearl-error') as Promise<PearlErrorEvent>;
      const { render } = await import('lit');
      render(markup, wrapper);
      const event = await caught;
      expect(event.detail.code).to.equal(code);
      const el = wrapper.querySelector('pearl-rank')!;
      expect(text(el, 'error')).to.equal('Chart unavailable');
      expect(rowsOf(el)).to.have.length(0);
    }
  });

  it('random attributes never throw and never show NaN: a chart or the error line', async () => {
    const attr = fc.oneof(
      fc.integer({ min: -3, max: 120 }).map(String),
      fc.constantFrom('NaN', 'abc', '1.5', '', '1e9', '-0'),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rank: attr,
          of: attr,
          streak: attr,
          since: fc.oneof(attr, fc.integer({ min: 1950, max: 2030 }).map(String)),
        }),
        fc.constantFrom(null, 'top'),
        async (a, bound) => {
          const el = document.createElement('pearl-rank');
          for (const [k, v] of Object.entries({ ...a, bound }))
            if (v !== null) el.setAttribute(k, v);
          document.body.append(el);
          await el.updateComplete;
          const shown = el.shadowRoot!.textContent ?? '';
          el.remove();
          expect(shown).not.to.include('NaN');
          const chart = el.shadowRoot!.querySelector('[part~="headline"]');
          const error = el.shadowRoot!.querySelector('[part~="error"]');
          expect(Boolean(chart) !== Boolean(error)).to.equal(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('defines every --_ token it reads and reads every token it defines', () => {
    const own = styles.cssText;
    const defined = (css: string) =>
      new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = (css: string) => new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]!));
    // Set per mark and per row by cssProps() in rank.ts.
    const inline = new Set(['--_x', '--_w', '--_n']);
    const available = new Set([
      ...defined(baseStyles.cssText),
      ...defined(tooltipStyles.cssText),
      ...defined(own),
      ...inline,
    ]);
    for (const name of used(own))
      expect(available.has(name), `${name} is used but not defined`).to.equal(true);
    for (const name of defined(own))
      expect(used(own).has(name), `${name} is defined but not used`).to.equal(true);
  });
});
