import { expect, fixture, html } from '../testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import fc from 'fast-check';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import { TooltipController, tooltipStyles } from '../../packages/components/src/shared/tooltip.js';

const QUOTE =
  '截至2024年底，全省规模以上工业企业超过7万家，数量居全国首位，其中高新技术企业超过7.5万家，继续保持全国第一，这一段话足够长，可以检验提示框在窄屏中的换行与截断。';

/** A test-only widget: four marks, one in each corner, and one in the middle. */
class TooltipHost extends LitElement {
  static override styles = [
    baseStyles,
    tooltipStyles,
    css`
      .mark {
        position: absolute;
        width: 24px;
        height: 12px;
      }
      .area {
        height: 240px;
      }
    `,
  ];
  readonly tip = new TooltipController(this);
  override render() {
    const spots = [
      [0, 0],
      [296, 0],
      [0, 228],
      [296, 228],
      [148, 114],
    ];
    return html`<div class="area">
        ${spots.map(
          ([x, y], i) =>
            html`<span
              class="mark"
              part="mark"
              tabindex="0"
              style="left:${x}px;top:${y}px"
              @focus=${(e: Event) =>
                this.tip.showFor(e, {
                  heading: `第${i + 1}项：5500家`,
                  details: ['2024年', '预计'],
                  quote: QUOTE,
                })}
              @pointerenter=${(e: Event) => this.tip.showFor(e, { heading: `mark ${i + 1}` })}
            ></span>`,
        )}
      </div>
      ${this.tip.render()}`;
  }
}
customElements.define('test-tooltip-host', TooltipHost);

const tipOf = (el: TooltipHost) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const marks = (el: TooltipHost) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="mark"]'),
];

function inside(inner: DOMRect, outer: DOMRect) {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

describe('TooltipController', () => {
  it('renders a hidden role=tooltip until a mark shows it', async () => {
    const el = await fixture<TooltipHost>(
      html`<test-tooltip-host style="width:320px"></test-tooltip-host>`,
    );
    const tip = tipOf(el);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.hidden).to.equal(true);
    marks(el)[4]!.focus();
    await el.updateComplete;
    expect(tip.hidden).to.equal(false);
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal([
      '第5项：5500家',
      '2024年',
      '预计',
      QUOTE,
    ]);
    expect(marks(el)[4]!.getAttribute('aria-describedby')).to.equal(tip.id);
    await expect(el).to.be.accessible();
  });

  it('stays inside the widget at 320 px for a mark in any corner, focused by keyboard', async () => {
    const el = await fixture<TooltipHost>(
      html`<test-tooltip-host style="width:320px"></test-tooltip-host>`,
    );
    for (const mark of marks(el)) {
      mark.focus();
      await el.updateComplete;
      const box = tipOf(el).getBoundingClientRect();
      expect(box.width).to.be.above(100);
      expect(inside(box, el.getBoundingClientRect()), JSON.stringify(box)).to.equal(true);
    }
  });

  it('stays inside any widget from 320 to 1000 px wide, wherever the focused mark is', async () => {
    const el = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 320, max: 1000 }),
        fc.integer({ min: 0, max: 4 }),
        async (width, i) => {
          el.style.width = `${width}px`;
          // Focus moves from the body each time, so the same mark twice is focused again.
          (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
          await el.updateComplete;
          marks(el)[i]!.focus();
          await el.updateComplete;
          expect(tipOf(el).hidden).to.equal(false);
          expect(inside(tipOf(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(
            true,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('hides on Escape and when the mark loses focus', async () => {
    const el = await fixture<TooltipHost>(
      html`<test-tooltip-host style="width:320px"></test-tooltip-host><button>after</button>`,
    );
    marks(el)[0]!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
    expect(marks(el)[0]!.hasAttribute('aria-describedby')).to.equal(false);
    marks(el)[1]!.focus();
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(false);
    marks(el)[1]!.blur();
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
  });

  it('shows on hover and hides when the pointer leaves the widget', async () => {
    const el = await fixture<TooltipHost>(
      html`<test-tooltip-host style="width:320px"></test-tooltip-host>`,
    );
    marks(el)[2]!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipOf(el).textContent!.trim()).to.equal('mark 3');
    el.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
  });

  it('stays after a tap until a tap lands outside the widget', async () => {
    const el = await fixture<TooltipHost>(
      html`<test-tooltip-host style="width:320px"></test-tooltip-host>`,
    );
    marks(el)[3]!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
    el.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tipOf(el).hidden).to.equal(true);
  });
});
