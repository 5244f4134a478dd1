import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/target-progress.js';
import '../../packages/components/src/define/sector-comparison.js';
import '../../packages/components/src/data.js';

const tipOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const lines = (el: Element) =>
  [...tipOf(el).querySelectorAll('.tooltip-line')].map((l) => l.textContent!.trim());

function inside(inner: DOMRect, outer: DOMRect) {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

async function at320(markup: ReturnType<typeof html>, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width:320px">${markup}</div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

const GDP =
  'gd-gdp-2024 gd-industrial-output-2024 gd-software-revenue-2024 gd-industrial-investment-2024';

describe("tooltips on the widgets' marks", () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
    it(`a comparison's bars, focused by keyboard, show value, period, status and source inside the widget at 320 px (${lang})`, async () => {
      const el = await at320(
        html`<pearl-sector-comparison indicators=${GDP}></pearl-sector-comparison>`,
        lang,
      );
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
      expect(rows.length).to.equal(4);
      for (const row of rows) {
        row.focus();
        await el.updateComplete;
        expect(tipOf(el).hidden).to.equal(false);
        expect(row.getAttribute('aria-describedby')).to.equal(tipOf(el).id);
        expect(inside(tipOf(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(
          true,
        );
      }
      // The last row is industrial investment, 2024, an actual; the one before an estimate.
      expect(lines(el)[1]).to.equal(lang === 'en' ? '2024' : '2024年');
      expect(lines(el)[2]).to.equal('全省工业投资超1.5万亿元');
      rows[1]!.focus();
      await el.updateComplete;
      expect(lines(el)[0]).to.match(
        lang === 'en' ? /: over 20 trillion yuan$/ : /：超20(万亿|萬億)元$/,
      );
      expect(lines(el)[1]).to.match(/預計|预计|Estimate/);
      await expect(el).to.be.accessible();
    });

  it("a comparison's bar shows its tooltip on hover and on tap", async () => {
    const el = await at320(
      html`<pearl-sector-comparison indicators=${GDP}></pearl-sector-comparison>`,
      'en',
    );
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]')];
    bars[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(lines(el)[0]).to.match(/^GDP: over 14 trillion yuan$/);
    el.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
    bars[2]!.click();
    await el.updateComplete;
    expect(lines(el)[0]).to.match(/^Software business revenue: over 2 trillion yuan$/);
  });

  for (const lang of ['zh-Hans', 'en'])
    it(`a progress bar's labels and marks show theirs inside the widget at 320 px (${lang})`, async () => {
      const el = await at320(
        html`<pearl-target-progress
          value="73900"
          target="88000"
          baseline="60000"
          unit="enterprises"
          label="高新技术企业"
          value-period="as of 2024-12"
          target-period="by 2027"
          baseline-period="2020"
        ></pearl-target-progress>`,
        lang,
      );
      const root = el.shadowRoot!;
      for (const name of ['value-label', 'target-label', 'baseline-label']) {
        const label = root.querySelector<HTMLElement>(`[part~="${name}"]`)!;
        label.focus();
        await el.updateComplete;
        expect(tipOf(el).hidden, name).to.equal(false);
        expect(lines(el)).to.deep.equal(['高新技术企业', label.textContent!.trim()]);
        expect(inside(tipOf(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(
          true,
        );
      }
      for (const name of ['fill', 'marker', 'baseline']) {
        const mark = root.querySelector<HTMLElement>(`[part~="${name}"]`)!;
        mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(tipOf(el).hidden, name).to.equal(false);
        expect(inside(tipOf(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(
          true,
        );
      }
      await expect(el).to.be.accessible();
    });

  it("a progress bar's catalogue target shows its source sentence", async () => {
    const el = await at320(
      html`<pearl-target-progress
        indicator="gd-small-to-above-scale-upgrades-2024"
        target-indicator="gd-firms-upgraded-above-scale-2025"
      ></pearl-target-progress>`,
      'zh-Hans',
    );
    el.shadowRoot!.querySelector<HTMLElement>('[part~="target-label"]')!.focus();
    await el.updateComplete;
    expect(lines(el)[2]).to.equal('5500家以上企業“小升規”');
  });
});
