import { expect, fixture, html, oneEvent } from '../testing.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../packages/components/src/define/sector-comparison.js';
import '../../packages/components/src/data.js';
import type { PearlSectorComparison } from '../../packages/components/src/sector-comparison/sector-comparison.js';
import { styles } from '../../packages/components/src/sector-comparison/sector-comparison.styles.js';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import * as stories from '../../stories/sector-comparison.stories.js';
import { renderElement } from '../../.storybook/arg-types.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';

/** Guangdong's share of four national totals (seed 000), all `fraction`. */
const SHARES = [
  'gd-above-scale-industrial-enterprises-national-share-asof-2024-12',
  'gd-national-manufacturing-innovation-centers-national-share-asof-2024-12',
  'gd-5g-base-stations-national-share-asof-2024-12',
  'gd-specialized-smes-national-share-asof-2024-12',
].join(' ');

/** Four Guangdong amounts in yuan, from 1.5万亿 to 20万亿. */
const AMOUNTS =
  'gd-industrial-output-2024 gd-gdp-2024 gd-software-revenue-2024 gd-industrial-investment-2024';

const CITIES = [
  { label: '深圳', value: 3.6e12, id: 'sz' },
  { label: '广州', value: 3.1e12, id: 'gz' },
  { label: '佛山', value: 1.3e12, id: 'fs' },
  { label: '东莞', value: 1.2e12, id: 'dg' },
];

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const texts = (el: Element, name: string) => parts(el, name).map((p) => p.textContent!.trim());
/** What a sighted reader sees in each value cell: its text without the words only screen readers hear. */
const shown = (el: Element) =>
  parts(el, 'value').map((v) =>
    [...v.childNodes]
      .filter((n) =>
        n instanceof Element ? !n.classList.contains('visually-hidden') : n instanceof Text,
      )
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
/** The text node of a label's own words (Lit's comment markers and the badge aside). */
const labelText = (label: Element) =>
  [...label.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
const unitLine = (el: Element) => part(el, 'unit')?.textContent!.trim() ?? null;

/** 超8400家 (seed 004) beside 1万家 and 约100家 (seed 002): three magnitudes, one unit. */
const FIRMS = [
  'gd-above-scale-enterprises-digital-transformation-2025',
  'gd-tech-transformation-digitalization-enterprises-2025',
  'gd-provincial-foreign-trade-backbone-enterprises-2025',
].join(' ');

async function inLang(lang: string, attrs: string) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><pearl-sector-comparison ${attrs}></pearl-sector-comparison></div>`,
  );
  const el = wrapper.querySelector('pearl-sector-comparison')!;
  await el.updateComplete;
  return el;
}

describe('<pearl-sector-comparison>', () => {
  it('is accessible with real indicators, a heading and a highlighted row', async () => {
    const el = await inLang(
      'zh-Hans',
      `indicators="${SHARES}" heading="广东占全国的比重" highlight="gd-5g-base-stations-national-share-asof-2024-12"`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'heading')!.textContent).to.equal('广东占全国的比重');
  });

  it('is accessible with the table shown', async () => {
    const el = await inLang('en', `indicators="${SHARES}"`);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('text in each language', () => {
    it('writes Simplified Chinese labels and values (lang on a wrapper)', async () => {
      const el = await inLang('zh-Hans', `indicators="${SHARES}"`);
      expect(texts(el, 'value')).to.deep.equal(['1/7', '近1/5', '近1/10', '近1/5']);
      expect(part(el, 'label')!.textContent).to.contain('规模以上工业企业');
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('显示数据表');
    });

    it('writes Traditional Chinese labels, and the scale word the values share once', async () => {
      const el = await inLang('zh-Hant', `indicators="${AMOUNTS}"`);
      expect(unitLine(el)).to.equal('單位：萬億元');
      expect(shown(el)).to.deep.equal(['超20', '超14', '超2', '超1.5']);
      // A screen reader hears each value whole.
      expect(texts(el, 'value')).to.deep.equal([
        '超20萬億元',
        '超14萬億元',
        '超2萬億元',
        '超1.5萬億元',
      ]);
      expect(part(el, 'label')!.textContent).to.contain('工業總產值');
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('顯示數據表');
    });

    it('writes English with the unit and its scale word stated once (lang on the element)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="zh-Hans">
          <pearl-sector-comparison lang="en" indicators=${AMOUNTS}></pearl-sector-comparison>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-sector-comparison')!;
      await el.updateComplete;
      expect(unitLine(el)).to.equal('Unit: trillion yuan');
      expect(shown(el)).to.deep.equal(['over 20', 'over 14', 'over 2', 'over 1.5']);
      expect(texts(el, 'value')).to.deep.equal([
        'over 20 trillion yuan',
        'over 14 trillion yuan',
        'over 2 trillion yuan',
        'over 1.5 trillion yuan',
      ]);
      expect(part(el, 'label')!.textContent).to.contain('Total industrial output');
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show table');
    });

    it('keeps each number as the source writes it when magnitudes differ: 9000亿元 beside 1.2万亿元', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="zh-Hans"
          unit="cny"
          .items=${[
            { label: 'A', value: 9e11 },
            { label: 'B', value: 1.2e12 },
          ]}
        ></pearl-sector-comparison>`,
      );
      expect(shown(el)).to.deep.equal(['9000亿元', '1.2万亿元']);
      expect(part(el, 'unit')).to.equal(null);
    });

    it('writes 超8400家, 1万家 and 约100家, never 超0.84万家 or 约0.01万家', async () => {
      const zh = await inLang('zh-Hans', `indicators="${FIRMS}"`);
      expect(shown(zh)).to.deep.equal(['超8400家', '1万家', '约100家']);
      expect(part(zh, 'unit')).to.equal(null);
      const en = await inLang('en', `indicators="${FIRMS}"`);
      expect(unitLine(en)).to.equal('Unit: enterprises');
      expect(shown(en)).to.deep.equal(['over 8,400', '10,000', 'about 100']);
      expect(texts(en, 'value')[0]).to.equal('over 8,400 enterprises');
    });

    it('writes 431,000 beside 3.282 million in English, and 43.1 beside 328.2 under 单位：万个', async () => {
      const ids = 'gd-5g-base-stations-asof-2025-08 cn-5g-base-stations-current';
      const en = await inLang('en', `indicators="${ids}"`);
      expect(shown(en)).to.deep.equal(['431,000', '3.282 million']);
      expect(unitLine(en)).to.equal('Unit: base stations');
      const zh = await inLang('zh-Hans', `indicators="${ids}"`);
      expect(shown(zh)).to.deep.equal(['43.1', '328.2']);
      expect(unitLine(zh)).to.equal('单位：万个');
    });

    it('shows region and period under a label, separated by a middle dot: 广东 · 2024年', async () => {
      const el = await inLang(
        'zh-Hans',
        'indicators="gd-high-tech-manufacturing-share-2024 cn-high-tech-manufacturing-share-2012"',
      );
      expect(texts(el, 'detail')).to.deep.equal(['广东 · 2024年', '全国 · 2012年']);
      const detail = part(el, 'detail')!;
      const name = labelText(part(el, 'label')!);
      const range = document.createRange();
      range.selectNodeContents(name);
      // On its own line, below the label's text, and never split.
      expect(detail.getBoundingClientRect().top).to.be.at.least(
        range.getBoundingClientRect().bottom - 1,
      );
      expect(getComputedStyle(detail).whiteSpace).to.equal('nowrap');
      // Read with a comma between, not run together.
      expect(parts(el, 'row')[0]!.textContent).to.contain('比重，广东 · 2024年：32%');
    });
  });

  describe('accessible text and table', () => {
    it('names each row by its label and value, and the highlighted one as such', async () => {
      const el = await inLang('en', `indicators="${SHARES}" highlight="2"`);
      const rows = parts(el, 'row');
      expect(rows.every((r) => r.tagName === 'BUTTON')).to.equal(true);
      expect(rows[0]!.textContent!.replace(/\s+/g, ' ')).to.match(
        /share of national total Estimate: 1\/7/,
      );
      expect(rows[2]!.textContent).to.contain('(highlighted)');
      expect(rows[0]!.textContent).not.to.contain('(highlighted)');
      // The bars themselves are hidden from the accessibility tree: the text carries the figures.
      expect(parts(el, 'track').every((t) => t.getAttribute('aria-hidden') === 'true')).to.equal(
        true,
      );
    });

    it('carries the same data in a table with caption and headers, rendered when toggled', async () => {
      const el = await inLang('zh-Hans', `indicators="${AMOUNTS}" label="广东经济总量"`);
      const toggle = part(el, 'toggle')!;
      // Until shown, the rows' buttons carry the figures: no hidden copy to style and lay out.
      expect(part(el, 'table')).to.equal(null);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.hasAttribute('aria-controls')).to.equal(false);
      toggle.click();
      await el.updateComplete;
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tagName).to.equal('TABLE');
      // The caption names the chart, then its period, unit and source.
      const caption = table.caption!;
      const meta = caption.querySelector('.caption-meta')!.textContent!;
      expect(caption.textContent!.replace(meta, '').trim()).to.equal('广东经济总量');
      // All four amounts come from one article (seed 000); the cells share the scale 万亿.
      expect(meta).to.equal('2024年 · 单位：万亿元 · 来源：南方日报，2025年1月17日');
      expect(
        [...table.tHead!.querySelectorAll('th')].map((th) => th.getAttribute('scope')),
      ).to.deep.equal(['col', 'col']);
      const rows = [...table.tBodies[0]!.rows];
      // The unit is stated once, in the value column's header; the cells are what the bars show.
      const heading = table.tHead!.rows[0]!.cells[1]!;
      expect(heading.textContent).to.equal('数值（万亿元）');
      expect(getComputedStyle(heading).whiteSpace).to.equal('nowrap');
      expect(rows.map((r) => r.cells[1]!.textContent)).to.deep.equal(shown(el));
      expect(shown(el)).to.deep.equal(['超20', '超14', '超2', '超1.5']);
      expect(
        rows.every(
          (r) => r.cells[0]!.tagName === 'TH' && r.cells[0]!.getAttribute('scope') === 'row',
        ),
      ).to.equal(true);
      expect(table.parentElement!.getBoundingClientRect().width).to.be.above(100);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(
        table.parentElement,
      );
      expect(toggle.textContent!.trim()).to.equal('隐藏数据表');
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'table')).to.equal(null);
      expect(toggle.textContent!.trim()).to.equal('显示数据表');
    });
  });

  it('badges estimates and targets, not actuals', async () => {
    const el = await inLang(
      'zh-Hans',
      'indicators="gd-small-to-above-scale-upgrades-2024 gd-new-specialised-smes-2025 gd-ai-little-giant-enterprises-asof-2025"',
    );
    expect(
      parts(el, 'label').map((l) => l.querySelector('[part~="status"]')?.textContent ?? ''),
    ).to.deep.equal(['预计', '目标', '']);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    const table = part(el, 'table') as HTMLTableElement;
    expect(table.tBodies[0]!.rows[1]!.cells[0]!.textContent).to.contain('目标');
  });

  describe('marks that say what a figure is', () => {
    const MARKS = [
      { label: 'Actual', value: 27 },
      { label: 'Range', min: 5, max: 10 },
      { label: 'Estimate', value: 6, status: 'estimate' },
      { label: 'Target', value: 20, status: 'target' },
    ];
    const marks = async (theme = 'light') =>
      fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="centers"
          theme=${theme}
          style="width: 600px"
          .items=${MARKS}
        ></pearl-sector-comparison>`,
      );

    it('draws a range from min to max with end caps, not a solid bar at its midpoint', async () => {
      const el = await marks();
      const [actual, range] = parts(el, 'bar');
      expect(range!.matches('[part~="range"]')).to.equal(true);
      expect(actual!.matches('[part~="range"]')).to.equal(false);
      const axis = part(el, 'axis')!.getBoundingClientRect();
      const whole = actual!.getBoundingClientRect(); // 27, the full plot
      const r = range!.getBoundingClientRect();
      const px = whole.width / 27;
      expect(r.left - axis.left).to.be.closeTo(5 * px, 1.5);
      expect(r.right - axis.left).to.be.closeTo(10 * px, 1.5);
      // Lighter than a solid bar, with a cap at each end standing out of the band.
      const fill = getComputedStyle(range!).backgroundColor;
      expect(fill).not.to.equal(getComputedStyle(actual!).backgroundColor);
      for (const end of ['::before', '::after']) {
        const cap = getComputedStyle(range!, end);
        expect(cap.content, end).to.equal('""');
        expect(parseFloat(cap.height), end).to.be.above(r.height);
      }
      expect(shown(el)[1]).to.equal('5–10');
    });

    it('hatches an estimate and outlines a target, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await marks(theme);
        const [actual, , estimate, target] = parts(el, 'bar').map((b) => getComputedStyle(b));
        expect(actual!.backgroundImage, theme).to.equal('none');
        expect(estimate!.backgroundImage, theme).to.match(/repeating-linear-gradient/);
        expect(target!.backgroundColor, theme).to.equal('rgba(0, 0, 0, 0)');
        expect(target!.borderTopStyle, theme).to.equal('dashed');
        expect(target!.borderTopColor, theme).to.equal(actual!.backgroundColor);
        // Colour is not the only signal: the badge and the accessible text say it too.
        const rows = parts(el, 'row').map((r) => r.textContent!.replace(/\s+/g, ' '));
        expect(rows[2]).to.contain('Estimate');
        expect(rows[3]).to.contain('Target');
      }
    });

    it('the highlighted estimate keeps its hatching, in the highlight colour', async () => {
      const el = await marks();
      el.highlight = 'Estimate';
      await el.updateComplete;
      const estimate = parts(el, 'bar')[2]!;
      expect(estimate.matches('[part~="highlighted"]')).to.equal(true);
      const style = getComputedStyle(estimate);
      expect(style.backgroundImage).to.match(/repeating-linear-gradient/);
      expect(style.boxShadow).not.to.contain(
        getComputedStyle(parts(el, 'bar')[0]!).backgroundColor,
      );
    });
  });

  describe('order, highlight and selection', () => {
    it('sorts descending and ascending', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="cny"
          sort="ascending"
          .items=${CITIES}
        ></pearl-sector-comparison>`,
      );
      expect(texts(el, 'label')).to.deep.equal(['东莞', '佛山', '广州', '深圳']);
      el.sort = 'descending';
      await el.updateComplete;
      expect(texts(el, 'label')).to.deep.equal(['深圳', '广州', '佛山', '东莞']);
    });

    it('highlights by id, label or index with colour, weight and a text marker', async () => {
      for (const highlight of ['fs', '佛山', '2', 2]) {
        const el = await fixture<PearlSectorComparison>(
          html`<pearl-sector-comparison
            lang="zh-Hans"
            unit="cny"
            .highlight=${highlight}
            .items=${CITIES}
          ></pearl-sector-comparison>`,
        );
        const rows = parts(el, 'highlighted').filter((p) => p.tagName === 'BUTTON');
        expect(rows.length, String(highlight)).to.equal(1);
        const row = rows[0]!;
        expect(row.textContent).to.contain('佛山').and.contain('（重点）');
        expect(part(el, 'marker')!.textContent).to.equal('▸');
        expect(getComputedStyle(row.querySelector('[part~="label"]')!).fontWeight).to.equal('700');
        const bar = row.querySelector<HTMLElement>('[part~="bar"]')!;
        const plain = parts(el, 'bar').find((b) => b !== bar)!;
        expect(getComputedStyle(bar).backgroundColor).not.to.equal(
          getComputedStyle(plain).backgroundColor,
        );
      }
    });

    it('fires pearl-sector-select on click with the given index, and highlights the row', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="cny"
          sort="ascending"
          .items=${CITIES}
        ></pearl-sector-comparison>`,
      );
      const first = parts(el, 'row')[0]!; // 东莞, index 3 in the given order
      setTimeout(() => first.click());
      const event = await oneEvent(el, 'pearl-sector-select');
      expect(event.detail).to.deep.equal({ index: 3, label: '东莞', value: 1.2e12 });
      expect(event.composed && event.bubbles).to.equal(true);
      await el.updateComplete;
      expect(parts(el, 'row')[0]!.matches('[part~="highlighted"]')).to.equal(true);
    });

    it('fires pearl-sector-select on Enter', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="cny"
          .items=${CITIES}
        ></pearl-sector-comparison>`,
      );
      parts(el, 'row')[1]!.focus();
      const fired = oneEvent(el, 'pearl-sector-select');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.label).to.equal('广州');
    });
  });

  describe('geometry as custom properties', () => {
    it("writes each track's geometry through CSSOM and rewrites only what changed", async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="cny"
          .items=${[
            { label: 'A', value: 4e12 },
            { label: 'B', value: 1e12 },
          ]}
        ></pearl-sector-comparison>`,
      );
      const geometry = () =>
        parts(el, 'track').map((t) =>
          ['--_start', '--_size'].map((n) => t.style.getPropertyValue(n).trim()),
        );
      expect(geometry()).to.deep.equal([
        ['0%', '100%'],
        ['0%', '25%'],
      ]);
      expect(parts(el, 'track').every((t) => t.style.length === 2)).to.equal(true);
      // The zero line is one value for the whole chart, on the list.
      expect(part(el, 'list')!.style.getPropertyValue('--_zero').trim()).to.equal('0%');
      el.items = [
        { label: 'A', value: 4e12 },
        { label: 'B', value: 2e12 },
      ];
      await el.updateComplete;
      expect(geometry()).to.deep.equal([
        ['0%', '100%'],
        ['0%', '50%'],
      ]);
      expect(parts(el, 'track').every((t) => t.style.length === 2)).to.equal(true);
    });
  });

  describe('negative values', () => {
    it('grows negative bars left of the zero line', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          lang="en"
          unit="percent"
          style="width: 600px"
          .items=${[
            { label: 'Up', value: 30 },
            { label: 'Down', value: -10 },
          ]}
        ></pearl-sector-comparison>`,
      );
      const [up, down] = parts(el, 'bar').map((b) => b.getBoundingClientRect());
      const axis = part(el, 'axis')!.getBoundingClientRect();
      expect(down!.right).to.be.closeTo(axis.left, 1.5);
      expect(up!.left).to.be.closeTo(axis.left, 1.5);
      expect(up!.width / down!.width).to.be.closeTo(3, 0.05);
      expect(parts(el, 'negative')).to.have.length(1);
      expect(texts(el, 'value')).to.deep.equal(['30%', '−10%']);
    });
  });

  describe('error states', () => {
    const cases: [string, string, RegExp][] = [
      ['unknown indicator', 'indicators="gd-gdp-2024 gd-gdp-2042"', /gd-gdp-2042.*gd-gdp-2024/],
      [
        'mixed units',
        'indicators="gd-gdp-2024 gd-advanced-manufacturing-share-2024"',
        /yuan \(cny\).*% \(percent\)/,
      ],
      [
        'mixed units from a tag',
        'tag="ai"',
        /Mixed units on one axis: .*yuan \(cny\).*unit attribute/,
      ],
      ['too few items', 'indicators="gd-gdp-2024"', /2 to 20.*1/],
      [
        'too many items',
        `unit="cny" items='${JSON.stringify(Array.from({ length: 21 }, (_, i) => ({ label: `L${i}`, value: i })))}'`,
        /2 to 20.*21/,
      ],
      [
        'malformed JSON',
        `unit="cny" items='[{"label": "A", value: 1}]'`,
        /items attribute is not valid JSON/,
      ],
      [
        'non-finite value',
        `unit="cny" items='[{"label":"A","value":1},{"label":"B","value":"abc"}]'`,
        /items\[1\]\.value.*"abc"/,
      ],
      ['missing unit', `items='[{"label":"A","value":1},{"label":"B","value":2}]'`, /Missing unit/],
      [
        'missing value',
        `unit="cny" items='[{"label":"A","value":1},{"label":"B"}]'`,
        /items\[1\] has no value/,
      ],
      ['no input', '', /No data/],
    ];
    for (const [name, attrs, pattern] of cases) {
      it(`shows a visible alert naming the problem: ${name}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div lang="en"></div>`);
        const fired = oneEvent(wrapper, 'pearl-error') as Promise<PearlErrorEvent>;
        wrapper.innerHTML = `<pearl-sector-comparison ${attrs}></pearl-sector-comparison>`;
        const event = await fired;
        const live = wrapper.querySelector('pearl-sector-comparison')!;
        // The reader: one quiet line, a status, no detail, no reserved height.
        const error = part(live, 'error')!;
        expect(error.getAttribute('role')).to.equal('status');
        expect(error.textContent!.trim()).to.equal('Chart unavailable');
        expect(error.getBoundingClientRect().height).to.be.above(10);
        expect(live.getBoundingClientRect().height).to.be.below(40);
        expect(event.detail.message).to.match(pattern);
        expect(part(live, 'list')).to.equal(null);
        await expect(live).to.be.accessible();
        // The developer, with `debug`: the problem.
        live.setAttribute('debug', '');
        await live.updateComplete;
        expect(part(live, 'error')!.textContent).to.match(pattern);
        await expect(live).to.be.accessible();
      });
    }

    it('reports a missing catalogue under a heading in the reader language', async () => {
      const { registerCatalog, getCatalog } =
        await import('../../packages/components/src/shared/catalog.js');
      const saved = getCatalog();
      registerCatalog(null as never);
      try {
        const el = await inLang('zh-Hant', `debug indicators="${SHARES}"`);
        expect(part(el, 'error-heading')!.textContent).to.equal('圖表無法顯示');
        expect(part(el, 'error-detail')!.textContent).to.contain(
          'No indicator catalogue is loaded',
        );
      } finally {
        registerCatalog(saved!);
      }
    });

    it('a mixed-units error names each unit and the attribute that picks one', async () => {
      const el = await inLang('zh-Hans', 'tag="ai"');
      expect(part(el, 'error')!.textContent!.trim()).to.equal('图表暂不可用');
      el.setAttribute('debug', '');
      await el.updateComplete;
      expect(part(el, 'error-heading')!.textContent).to.equal('图表无法显示');
      expect(part(el, 'error-detail')!.textContent)
        .to.contain('yuan (cny)')
        .and.contain('Set the unit attribute to pick one.');
    });

    it('a tag query with `unit` picks one unit', async () => {
      const el = await inLang('en', 'tag="ai" unit="platforms" sort="descending"');
      expect(part(el, 'error')).to.equal(null);
      expect(parts(el, 'row').length).to.be.within(2, 20);
      expect(texts(el, 'value')[0]).to.match(/platforms$/);
    });
  });

  it('renders labels as text, never HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<PearlSectorComparison>(
      html`<pearl-sector-comparison
        unit="cny"
        heading=${evil}
        .items=${[
          { label: evil, value: 1 },
          { label: 'B', value: 2 },
        ]}
      ></pearl-sector-comparison>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'label')!.textContent).to.contain(evil);
    expect(part(el, 'heading')!.textContent).to.equal(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('theme', () => {
    it('takes the theme attribute on the element', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          theme="dark"
          unit="cny"
          .items=${CITIES}
        ></pearl-sector-comparison>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      const dark = getComputedStyle(part(el, 'bar')!).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      expect(getComputedStyle(part(el, 'bar')!).backgroundColor).not.to.equal(dark);
    });

    it('takes the theme attribute on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div theme="dark">
          <pearl-sector-comparison unit="cny" .items=${CITIES}></pearl-sector-comparison>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-sector-comparison')!;
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });
  });

  describe('responsive layout', () => {
    const long =
      'Industrial enterprises above designated size that went digital, with a label long enough to wrap';
    for (const width of [280, 320, 1200]) {
      it(`fits ${width}px without overflow`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="en" style="width: ${width}px">
            <pearl-sector-comparison
              unit="cny"
              .items=${[{ label: long, value: 2e13 }, ...CITIES]}
            ></pearl-sector-comparison>
          </div>`,
        );
        const el = wrapper.querySelector('pearl-sector-comparison')!;
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(width);
        for (const p of [
          ...parts(el, 'row'),
          ...parts(el, 'label'),
          ...parts(el, 'value'),
          ...parts(el, 'track'),
        ]) {
          expect(p.getBoundingClientRect().right).to.be.at.most(
            el.getBoundingClientRect().right + 0.5,
          );
        }
        const label = part(el, 'label')!.getBoundingClientRect();
        const track = part(el, 'track')!.getBoundingClientRect();
        if (width < 420) {
          // Labels above their bars.
          expect(label.bottom).to.be.at.most(track.top + 0.5);
          expect(track.width).to.be.above(60);
        } else {
          // Labels beside their bars, the long one wrapped.
          expect(label.right).to.be.at.most(track.left);
          expect(label.height).to.be.above(30);
        }
      });
    }

    it('is as tall as its content: no empty band under a two-bar chart', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          unit="percent"
          .items=${[
            { label: 'A', value: 57.1 },
            { label: 'B', value: 32 },
          ]}
        ></pearl-sector-comparison>`,
      );
      // The "Get the data" button under the toggle is the last thing drawn: the element ends with it.
      const bottom = part(el, 'download')!.getBoundingClientRect().bottom;
      expect(el.getBoundingClientRect().bottom - bottom).to.be.below(2);
    });
  });

  describe('widths and scripts: bars get most of the row', () => {
    const charts = {
      FIRMS,
      AMOUNTS,
      '5G': 'gd-5g-base-stations-asof-2025-08 cn-5g-base-stations-current',
    };
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const width of [320, 600, 1000])
        it(`${lang} at ${width}px: no overflow, values on one line, bars at least half the row`, async () => {
          for (const [name, ids] of Object.entries(charts)) {
            const wrapper = await fixture<HTMLDivElement>(
              html`<div lang=${lang} style="width: ${width}px">
                <pearl-sector-comparison indicators=${ids}></pearl-sector-comparison>
              </div>`,
            );
            const el = wrapper.querySelector('pearl-sector-comparison')!;
            await el.updateComplete;
            const what = `${name} ${lang} ${width}px`;
            expect(el.scrollWidth, what).to.be.at.most(width);
            const right = el.getBoundingClientRect().right + 0.5;
            for (const p of [...parts(el, 'row'), ...parts(el, 'value'), ...parts(el, 'unit')])
              expect(p.getBoundingClientRect().right, what).to.be.at.most(right);
            for (const v of parts(el, 'value')) {
              const line = parseFloat(getComputedStyle(v).lineHeight);
              expect(v.getBoundingClientRect().height, `${what}: ${v.textContent}`).to.be.below(
                line * 1.5,
              );
            }
            const words = part(el, 'unit')?.querySelector('.nowrap');
            if (words) expect(words.getClientRects().length, what).to.equal(1);
            const row = parts(el, 'row')[0]!.getBoundingClientRect().width;
            for (const track of parts(el, 'track'))
              expect(track.getBoundingClientRect().width / row, what).to.be.at.least(0.5);
          }
        });

    it('no Chinese label ends on a line of one character', async () => {
      const labels = [
        '高技术制造业占规上工业增加值比重',
        '国家制造业创新中心数量',
        '完成数字化转型的规上工业企业',
      ];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="zh-Hans">
          <pearl-sector-comparison
            unit="percent"
            .items=${labels.map((label, i) => ({ label, value: 10 + i }))}
          ></pearl-sector-comparison>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-sector-comparison')!;
      await el.updateComplete;
      const lastLines = () =>
        parts(el, 'label').map((label) => {
          const text = labelText(label);
          const range = document.createRange();
          const tops = [...text.data].map((_, i) => {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return Math.round(range.getBoundingClientRect().top);
          });
          return tops.filter((t) => t === tops.at(-1)).length;
        });
      let wrapped = 0;
      // Stacked (labels full width) and beside the bars, across every width where labels wrap.
      for (let width = 150; width <= 700; width += 3) {
        wrapper.style.width = `${width}px`;
        const counts = lastLines();
        wrapped += counts.filter((n, i) => n < [...labels[i]!].length).length;
        expect(
          counts.every((n) => n > 1),
          `${width}px: ${counts}`,
        ).to.equal(true);
      }
      expect(wrapped).to.be.above(50); // the loop did exercise wrapped labels
    });
  });

  it('never leaves a badge alone on a line: it keeps the last word of its label', async () => {
    for (const lang of ['zh-Hans', 'en']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}>
          <pearl-sector-comparison indicators=${AMOUNTS}></pearl-sector-comparison>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-sector-comparison')!;
      await el.updateComplete;
      for (let width = 150; width <= 700; width += 5) {
        wrapper.style.width = `${width}px`;
        for (const badge of parts(el, 'status')) {
          let before = badge.previousSibling!;
          while (!(before instanceof Text && before.data.trim())) before = before.previousSibling!;
          const range = document.createRange();
          range.setStart(before, before.data.trimEnd().length - 1);
          range.setEnd(before, before.data.trimEnd().length);
          const word = range.getBoundingClientRect();
          const box = badge.getBoundingClientRect();
          expect(box.top, `${lang} ${width}px`).to.be.below(word.bottom);
        }
      }
    }
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('grows bars with `animate`, and not under prefers-reduced-motion', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison
          animate
          unit="cny"
          .items=${CITIES}
        ></pearl-sector-comparison>`,
      );
      expect(el.animated).to.equal(true);
      expect(getComputedStyle(part(el, 'bar')!).animationName).to.equal('pearl-sector-grow');
      // The value text is final from the start: nothing counts up.
      expect(texts(el, 'value')[0]).to.equal('3.6 trillion yuan');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(part(el, 'bar')!).animationName).to.equal('none');
    });

    it('does not animate by default', async () => {
      const el = await fixture<PearlSectorComparison>(
        html`<pearl-sector-comparison unit="cny" .items=${CITIES}></pearl-sector-comparison>`,
      );
      expect(getComputedStyle(part(el, 'bar')!).animationName).to.equal('none');
    });
  });

  it('defines every --_ token it uses, and uses every one it defines', () => {
    const own = styles.cssText;
    const defined = new Set(
      [...(baseStyles.cssText + own).matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]),
    );
    // Set per element from the layout, through style attributes.
    for (const inline of ['--_band', '--_start', '--_size', '--_zero']) defined.add(inline);
    const used = new Set([...own.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const ownDefined = [...own.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]);
    expect([...used].filter((t) => !defined.has(t))).to.deep.equal([]);
    expect(ownDefined.filter((t) => !used.has(t))).to.deep.equal([]);
  });

  it('never throws and never renders blank for random inputs', async () => {
    const el = await fixture<PearlSectorComparison>(
      html`<pearl-sector-comparison></pearl-sector-comparison>`,
    );
    const number = fc.oneof(
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 0, -0),
      fc.integer(),
      fc.string(),
    );
    const item = fc.record(
      {
        label: fc.oneof(fc.string(), fc.constant(undefined)),
        value: fc.oneof(number, fc.constant(undefined)),
        id: fc.string(),
        min: number,
        max: number,
        status: fc.oneof(fc.constantFrom('actual', 'estimate', 'target'), fc.string()),
      },
      { requiredKeys: [] },
    );
    const unit = fc.oneof(
      fc.constantFrom('cny', 'percent', 'enterprises', 'fraction', 'rank', 'GW', ''),
      fc.string(),
      fc.constant(undefined),
    );
    const props = fc.record(
      {
        items: fc.oneof(
          fc.array(item, { maxLength: 25 }),
          fc.string(),
          fc.json(),
          fc.constant(undefined),
        ),
        indicators: fc.oneof(fc.constantFrom(SHARES, AMOUNTS, 'gd-gdp-2024 nope'), fc.string()),
        tag: fc.oneof(fc.constantFrom('ai', 'robots', '5g', 'trade'), fc.string()),
        concept: fc.string(),
        unit,
        sort: fc.oneof(fc.constantFrom('none', 'descending', 'ascending'), fc.string()),
        highlight: fc.oneof(fc.string(), fc.integer(), fc.double()),
        lang: fc.constantFrom('zh-Hans', 'zh-Hant', 'zh-TW', 'en', 'xx', ''),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(props, async (p) => {
        for (const key of [
          'items',
          'indicators',
          'tag',
          'concept',
          'unit',
          'sort',
          'highlight',
        ] as const) {
          (el as unknown as Record<string, unknown>)[key] = undefined;
        }
        Object.assign(el, p);
        el.lang = p.lang ?? '';
        await el.updateComplete;
        const error = part(el, 'error');
        if (error) {
          expect(error.textContent!.trim().length).to.be.above(5);
        } else {
          const values = texts(el, 'value');
          expect(values.length).to.be.within(2, 20);
          for (const v of values)
            expect(v)
              .to.match(/\d/)
              .and.not.match(/NaN|Infinity|undefined/);
          for (const b of parts(el, 'bar')) {
            expect(b.style.cssText + b.parentElement!.style.cssText).not.to.match(/NaN|Infinity/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  describe('stories', () => {
    const { default: meta, ...named } = stories;
    for (const [name, story] of Object.entries(named)) {
      it(`story ${name} renders and passes axe`, async () => {
        const params = (story.parameters ?? {}) as { locale?: string; theme?: string };
        const wrapper = await fixture<HTMLDivElement>(
          html`<div
            lang=${params.locale ?? 'zh-Hans'}
            theme=${params.theme ?? 'light'}
            style="width: ${name === 'Narrow' ? '300px' : '700px'}"
          >
            ${
              story.render
                ? story.render({ ...meta.args, ...story.args }, {} as never)
                : renderElement({ ...meta.args, ...story.args }, 'pearl-sector-comparison')
            }
          </div>`,
        );
        const el = wrapper.querySelector('pearl-sector-comparison')!;
        await el.updateComplete;
        const failing =
          /UnknownIndicator|MixedUnits|TooFew|TooMany|Malformed|NotFinite|Missing|Error/.test(name);
        expect(part(el, failing ? 'error' : 'list'), name).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
});
