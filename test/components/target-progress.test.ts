import { expect, fixture, html, oneEvent } from '../testing.js';
import fc from 'fast-check';
import '../../packages/components/src/define/target-progress.js';
import '../../packages/components/src/data.js';
import {
  getCatalog,
  registerCatalog,
  type Catalog,
} from '../../packages/components/src/shared/catalog.js';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';
import { styles } from '../../packages/components/src/target-progress/target-progress.styles.js';
import {
  BASELINE_GLYPH,
  TARGET_GLYPH,
} from '../../packages/components/src/target-progress/target-progress.layout.js';

/**
 * A real actual and a real target of the same concept (gd-small-to-above-scale-upgrades): 5500 firms
 * expected in 2024 and "over 5500" in 2025. The catalogue does not pair them (a 2024 flow is not
 * progress toward a 2025 flow), so the tests name the target with target-indicator, and the bar
 * must show them apart: the "100% 目标完成率" was wrong.
 */
const ACTUAL = 'gd-small-to-above-scale-upgrades-2024';
const GOAL = 'gd-firms-upgraded-above-scale-2025';
/** A real target with no actual in the data. */
const TARGET_ONLY = 'gd-soe-ai-investment-by-2027';

/** The part a reader sees: a piece the bar does not show is absent, or hidden with its row. */
const part = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)].find(
    (p) => !p.closest('[hidden]'),
  ) ?? null;
const text = (el: Element, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

async function inLang(lang: string, markup: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.querySelector('pearl-target-progress')!;
  await el.updateComplete;
  return el;
}

describe('<pearl-target-progress>', () => {
  it('is accessible with a real actual and its target', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        indicator=${ACTUAL}
        target-indicator=${GOAL}
      ></pearl-target-progress>`,
    );
    await expect(el).to.be.accessible();
    const withMissing = await inLang(
      'en',
      html`<pearl-target-progress indicator=${TARGET_ONLY}></pearl-target-progress>`,
    );
    await expect(withMissing).to.be.accessible();
  });

  it('shows a 2024 actual and a 2025 "over" target apart, in zh-Hans: no percent, no goal met', async () => {
    let reached = 0;
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        indicator=${ACTUAL}
        target-indicator=${GOAL}
        @pearl-target-reached=${() => reached++}
      ></pearl-target-progress>`,
    );
    expect(text(el, 'label')).to.equal('新增“小升规”企业');
    expect(text(el, 'value-label')).to.equal('2024年预计：5500家');
    expect(text(el, 'target-label')).to.equal('2025年目标：超5500家');
    expect(part(el, 'percent')).to.equal(null);
    expect(text(el, 'status')).to.equal('实际与目标不是同一时期，不计算完成率');
    expect(text(el, 'remaining')).to.equal('目标高于2024年水平');
    expect(el.shadowRoot!.textContent).not.to.match(/100%|目标完成率/);
    // The actual is a dot (hollow: an estimate), not a fill that reaches the target.
    expect(part(el, 'fill')).to.equal(null);
    const dot = part(el, 'point')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
    const track = part(el, 'track')!;
    expect(track.getAttribute('role')).to.equal('img');
    expect(track.hasAttribute('aria-valuenow')).to.equal(false);
    expect(track.getAttribute('aria-label'))
      .to.contain('2024年预计：5500家')
      .and.contain('2025年目标：超5500家');
    expect(reached).to.equal(0);
  });

  it('writes the same figures in zh-Hant and en, from lang on the element too', async () => {
    const hant = await inLang(
      'zh-Hant',
      html`<pearl-target-progress
        indicator=${ACTUAL}
        target-indicator=${GOAL}
      ></pearl-target-progress>`,
    );
    expect(text(hant, 'label')).to.equal('新增「小升規」企業');
    expect(text(hant, 'value-label')).to.equal('2024年預計：5500家');
    expect(text(hant, 'target-label')).to.equal('2025年目標：超5500家');
    expect(text(hant, 'status')).to.equal('實際與目標不是同一時期，不計算完成率');
    expect(text(hant, 'remaining')).to.equal('目標高於2024年水平');
    const en = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        lang="en"
        indicator=${ACTUAL}
        target-indicator=${GOAL}
      ></pearl-target-progress>`,
    );
    expect(text(en, 'value-label')).to.equal('2024 estimate: 5,500 enterprises');
    expect(text(en, 'target-label')).to.equal('2025 target: over 5,500 enterprises');
    expect(text(en, 'status')).to.equal(
      'Actual and target are for different periods: no percent of target',
    );
    expect(text(en, 'remaining')).to.equal('Target is above the 2024 level');
    expect(part(en, 'caption')).to.equal(null);
  });

  it('shows an actual and a target of different definitions apart', async () => {
    const el = await inLang(
      'en',
      html`<pearl-target-progress
        indicator="gd-above-scale-enterprises-digital-transformation-2025"
        target-indicator="gd-tech-transformation-digitalization-enterprises-2025"
      ></pearl-target-progress>`,
    );
    // 8400 firms that went digital (seed 003) against 10,000 in tech upgrades (seed 001): no 84%.
    expect(part(el, 'percent')).to.equal(null);
    expect(text(el, 'status')).to.equal(
      'Actual and target measure different things: no percent of target',
    );
    expect(part(el, 'remaining')).to.equal(null);
    expect(text(el, 'value-label')).to.equal('2025: over 8,400 enterprises');
    expect(text(el, 'target-label')).to.equal('2025 target: 10,000 enterprises');
    await expect(el).to.be.accessible();
  });

  it('sets an indicator against a host target of another year, saying how far apart they are', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        indicator=${ACTUAL}
        target="11000"
        target-period="2026"
      ></pearl-target-progress>`,
    );
    expect(part(el, 'percent')).to.equal(null);
    expect(text(el, 'status')).to.equal('实际与目标不是同一时期，不计算完成率');
    expect(text(el, 'remaining')).to.equal('目标比2024年多5500家');
    expect(text(el, 'target-label')).to.equal('2026年目标：1.1万家');
    expect(text(el, 'value-label')).to.equal('2024年预计：0.55万家');
  });

  it('shows a target indicator alone, clearly, with no fill and no fake 0', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress indicator=${TARGET_ONLY}></pearl-target-progress>`,
    );
    expect(part(el, 'fill')).to.equal(null);
    expect(part(el, 'value-label')).to.equal(null);
    expect(part(el, 'percent')).to.equal(null);
    expect(text(el, 'status')).to.equal('暂无实际数据，仅显示目标');
    expect(text(el, 'target-label')).to.equal('2027年目标：超200亿元');
    const track = part(el, 'track')!;
    expect(track.getAttribute('role')).to.equal('img');
    expect(track.hasAttribute('aria-valuenow')).to.equal(false);
    expect(track.getAttribute('aria-label')).to.contain('2027年目标：超200亿元');
    expect(el.shadowRoot!.textContent).not.to.match(/(^|[^\d])0(家|元|%)/);
  });

  it('takes the host numbers without periods as one period: percent of target and what remains', async () => {
    for (const [lang, expected, remaining] of [
      ['zh-Hans', '已完成目标的84%；距目标还差1600家', '距目标还差1600家'],
      ['zh-Hant', '已完成目標的84%；距目標還差1600家', '距目標還差1600家'],
      ['en', '84% of target; 1,600 enterprises to go', '1,600 enterprises to go'],
    ] as const) {
      const el = await inLang(
        lang,
        html`<pearl-target-progress
          value="8400"
          target="10000"
          unit="enterprises"
          label="Test"
        ></pearl-target-progress>`,
      );
      expect(part(el, 'track')!.getAttribute('aria-valuetext')).to.equal(expected);
      expect(text(el, 'remaining')).to.equal(remaining);
      expect(part(el, 'fill')!.style.getPropertyValue('--_to').trim()).to.equal('84');
      expect(part(el, 'point')).to.equal(null);
    }
  });

  it('shows an overshoot with the marker inside the track and a visible note', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        value="112"
        target="100"
        unit="enterprises"
        label="x"
      ></pearl-target-progress>`,
    );
    expect(text(el, 'note')).to.equal('超出目标+12%');
    expect(text(el, 'percent')).to.equal('112%');
    expect(part(el, 'overshoot')).not.to.equal(null);
    const at = Number(part(el, 'marker')!.style.getPropertyValue('--_at'));
    expect(at).to.be.closeTo(89.2857, 1e-3);
    const track = part(el, 'track')!.getBoundingClientRect();
    const marker = part(el, 'marker')!.getBoundingClientRect();
    expect(marker.left).to.be.within(track.left, track.right - 1);
    expect(part(el, 'track')!.getAttribute('aria-valuemax')).to.equal('112');
  });

  it('draws a target of 0 and says the percent is undefined', async () => {
    const el = await inLang(
      'en',
      html`<pearl-target-progress
        value="5"
        target="0"
        unit="enterprises"
        label="x"
      ></pearl-target-progress>`,
    );
    expect(text(el, 'status')).to.equal('Target is 0: percent of target undefined');
    expect(part(el, 'percent')).to.equal(null);
    expect(part(el, 'marker')).not.to.equal(null);
    expect(part(el, 'fill')).to.equal(null);
    expect(part(el, 'point')).not.to.equal(null);
    expect(part(el, 'track')!.getAttribute('aria-label')).to.contain('Target is 0');
  });

  it('puts a negative level left of a 0 line as a dot, with no percent but what remains', async () => {
    const el = await inLang(
      'en',
      html`<pearl-target-progress
        value="-20"
        target="80"
        unit="cny"
        label="x"
      ></pearl-target-progress>`,
    );
    expect(part(el, 'zero')!.style.getPropertyValue('--_at').trim()).to.equal('20');
    expect(part(el, 'fill')).to.equal(null);
    expect(text(el, 'status')).to.equal('Actual is negative: no percent of target');
    expect(text(el, 'remaining')).to.equal('100 yuan to go');
    expect(text(el, 'value-label')).to.equal('−20 yuan');
    const dot = part(el, 'point')!.getBoundingClientRect();
    const zero = part(el, 'zero')!.getBoundingClientRect();
    expect(dot.left + dot.width / 2).to.be.below(zero.left);
  });

  it('shows host numbers without a value as the target alone', async () => {
    const el = await inLang(
      'zh-Hant',
      html`<pearl-target-progress
        target="30"
        unit="platforms"
        target-period="2025"
        label="x"
      ></pearl-target-progress>`,
    );
    expect(part(el, 'fill')).to.equal(null);
    expect(text(el, 'status')).to.equal('暫無實際數據，僅顯示目標');
    expect(text(el, 'target-label')).to.equal('2025年目標：30個');
  });

  it('draws a baseline marker and label from the host numbers', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-target-progress
        value="60"
        target="100"
        baseline="20"
        unit="percent"
        label="x"
        baseline-period="2020"
      ></pearl-target-progress>`,
    );
    expect(part(el, 'baseline')!.style.getPropertyValue('--_at').trim()).to.equal('20');
    expect(text(el, 'baseline-label')).to.equal('2020年基准：20%');
    // The template writes the glyph paths out; they must stay the exported (d3-checked) shapes.
    const path = (name: string) => part(el, name)!.querySelector('path')!.getAttribute('d');
    expect([path('marker'), path('target-label')]).to.deep.equal([TARGET_GLYPH, TARGET_GLYPH]);
    expect([path('baseline'), path('baseline-label')]).to.deep.equal([
      BASELINE_GLYPH,
      BASELINE_GLYPH,
    ]);
  });

  it('fires pearl-target-reached once when the value first meets the target', async () => {
    const el = await inLang(
      'en',
      html`<pearl-target-progress value="50" target="100" unit="percent"></pearl-target-progress>`,
    );
    let count = 0;
    el.addEventListener('pearl-target-reached', () => count++);
    el.value = 90;
    await el.updateComplete;
    expect(count).to.equal(0);
    setTimeout(() => (el.value = 100));
    const event = await oneEvent(el, 'pearl-target-reached');
    expect(event.detail).to.deep.equal({ value: 100, target: 100 });
    el.value = 120;
    await el.updateComplete;
    el.value = 80;
    await el.updateComplete;
    el.value = 130;
    await el.updateComplete;
    expect(count).to.equal(1);
    el.target = 200;
    el.value = 210;
    await el.updateComplete;
    expect(count).to.equal(2);
  });

  describe('never overstates (issue: read as news)', () => {
    /** A real 2025 target (超5500 firms "小升规", seed 001) against a made-up 2025 count from the host. */
    const overTarget = (lang: string, value: number, onReached = () => {}) =>
      inLang(
        lang,
        html`<pearl-target-progress
          indicator=${GOAL}
          value=${value}
          value-period="2025"
          @pearl-target-reached=${onReached}
        ></pearl-target-progress>`,
      );

    it('does not count an "over" target met at its number, in each script', async () => {
      let reached = 0;
      for (const [lang, percent, remaining] of [
        ['zh-Hans', '不足100%', '尚未超过目标'],
        ['zh-Hant', '不足100%', '尚未超過目標'],
        ['en', 'under 100%', 'Not yet above the target'],
      ] as const) {
        const el = await overTarget(lang, 5500, () => reached++);
        expect(text(el, 'percent'), lang).to.equal(percent);
        expect(text(el, 'remaining'), lang).to.equal(remaining);
        expect(part(el, 'note')).to.equal(null);
        // The track runs on past the target line: the fill stops at it, not at the end.
        const fill = part(el, 'fill')!.getBoundingClientRect();
        const track = part(el, 'track')!.getBoundingClientRect();
        const marker = part(el, 'marker')!.getBoundingClientRect();
        expect(fill.right).to.be.closeTo(marker.left, 1.5);
        expect(track.right - fill.right).to.be.above(5);
        await expect(el).to.be.accessible();
      }
      expect(reached).to.equal(0);
    });

    it('counts an "over" target met once the value passes it', async () => {
      let reached = 0;
      const el = await overTarget('zh-Hans', 5600, () => reached++);
      expect(text(el, 'percent')).to.equal('102%');
      expect(text(el, 'note')).to.equal('超出目标+1.8%');
      expect(part(el, 'remaining')).to.equal(null);
      expect(reached).to.equal(1);
    });

    it('gives an approximate percent of an "about" target', async () => {
      const el = await inLang(
        'zh-Hant',
        html`<pearl-target-progress
          indicator="gd-domestic-trade-fairs-2025"
          value="180"
          value-period="2025"
        ></pearl-target-progress>`,
      );
      expect(text(el, 'percent')).to.equal('約90%');
      expect(text(el, 'remaining')).to.equal('距目標還差約20場');
      expect(text(el, 'target-label')).to.equal('2025年目標：約200場');
      await expect(el).to.be.accessible();
    });

    it('draws a rate as positions against a zero line and says it in words, in each script', async () => {
      for (const [lang, figure, caption, remaining, words] of [
        ['zh-Hans', '−3.2%', '目标为5%', '比目标低8.2个百分点', '−3.2%，目标为5%'],
        ['zh-Hant', '−3.2%', '目標為5%', '比目標低8.2個百分點', '−3.2%，目標為5%'],
        [
          'en',
          '−3.2%',
          'against a target of 5%',
          '8.2 percentage points below target',
          '−3.2% against a target of 5%',
        ],
      ] as const) {
        const el = await inLang(
          lang,
          html`<pearl-target-progress
            value="-3.2"
            target="5"
            unit="percent"
            label="示例（虚构数字）"
            value-period="2025"
            target-period="2025"
          ></pearl-target-progress>`,
        );
        expect(text(el, 'percent'), lang).to.equal(figure);
        expect(text(el, 'caption'), lang).to.equal(caption);
        expect(text(el, 'remaining'), lang).to.equal(remaining);
        expect(el.shadowRoot!.textContent).not.to.match(/64|目标完成率|目標完成率|of target\b/);
        const track = part(el, 'track')!;
        expect(track.getAttribute('role')).to.equal('img');
        expect(track.getAttribute('aria-label')).to.contain(words);
        expect(part(el, 'fill')).to.equal(null);
        // The dot sits left of the zero line, the target right of it, and 0 is labelled.
        const dot = part(el, 'point')!.getBoundingClientRect();
        const zero = part(el, 'zero')!.getBoundingClientRect();
        const marker = part(el, 'marker')!.getBoundingClientRect();
        expect(dot.right).to.be.below(zero.left);
        expect(marker.left).to.be.above(zero.right);
        expect(text(el, 'zero')).to.equal('0');
        await expect(el).to.be.accessible();
      }
    });

    it('takes host numbers without periods as one period, and with one period missing gives no percent', async () => {
      const none = await inLang(
        'en',
        html`<pearl-target-progress
          value="73900"
          target="88000"
          unit="enterprises"
        ></pearl-target-progress>`,
      );
      expect(text(none, 'percent')).to.equal('84%');
      const one = await inLang(
        'en',
        html`<pearl-target-progress
          value="73900"
          target="88000"
          unit="enterprises"
          target-period="2027"
        ></pearl-target-progress>`,
      );
      expect(part(one, 'percent')).to.equal(null);
      expect(text(one, 'status')).to.equal('Period not stated: no percent of target');
      expect(part(one, 'point')).not.to.equal(null);
      await expect(one).to.be.accessible();
      const stock = await inLang(
        'en',
        html`<pearl-target-progress
          value="73900"
          target="88000"
          unit="enterprises"
          value-period="as of 2024-12"
          target-period="by 2027"
        ></pearl-target-progress>`,
      );
      expect(text(stock, 'percent')).to.equal('84%');
      expect(text(stock, 'remaining')).to.equal('14,100 enterprises to go');
    });

    it('never fires pearl-target-reached for figures of different periods', async () => {
      let reached = 0;
      await inLang(
        'en',
        html`<pearl-target-progress
          value="6000"
          target="5500"
          unit="enterprises"
          value-period="2024"
          target-period="2025"
          @pearl-target-reached=${() => reached++}
        ></pearl-target-progress>`,
      );
      expect(reached).to.equal(0);
    });
  });

  describe('error states', () => {
    async function expectError(markup: ReturnType<typeof html>, code: string, ...words: string[]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const seen: PearlErrorEvent[] = [];
      wrapper.addEventListener('pearl-error', (e) => seen.push(e as PearlErrorEvent));
      const { render } = await import('lit');
      render(markup, wrapper);
      const el = wrapper.querySelector('pearl-target-progress')!;
      await el.updateComplete;
      // The reader sees one quiet line in their script, a status (not an alert), no detail.
      const error = part(el, 'error');
      expect(error, 'error state').not.to.equal(null);
      expect(error!.getAttribute('role')).to.equal('status');
      expect(text(el, 'error')).to.equal('Chart unavailable');
      expect(error!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(part(el, 'track')).to.equal(null);
      expect(seen.map((e) => e.detail.code)).to.deep.equal([code]);
      for (const w of words) expect(seen[0]!.detail.message).to.contain(w);
      await expect(el).to.be.accessible();
      // The developer sees the problem with `debug`.
      el.debug = true;
      await el.updateComplete;
      for (const w of words) expect(text(el, 'error-detail')).to.contain(w);
      return el;
    }

    it('names an unknown id and suggests the closest', () =>
      expectError(
        html`<pearl-target-progress
          indicator="gd-small-to-above-scale-upgrade-2024"
        ></pearl-target-progress>`,
        'unknown-indicator',
        'gd-small-to-above-scale-upgrade-2024',
        `Did you mean "${ACTUAL}"`,
      ));

    it('names an unknown target-indicator', () =>
      expectError(
        html`<pearl-target-progress
          indicator=${ACTUAL}
          target-indicator="nope"
        ></pearl-target-progress>`,
        'unknown-indicator',
        '"nope"',
      ));

    it('says when no catalogue is loaded', async () => {
      const saved = getCatalog()!;
      registerCatalog(null as unknown as Catalog);
      try {
        await expectError(
          html`<pearl-target-progress
            indicator=${ACTUAL}
            target-indicator=${GOAL}
          ></pearl-target-progress>`,
          'no-catalog',
          ACTUAL,
        );
      } finally {
        registerCatalog(saved);
      }
    });

    for (const bad of ['abc', '', 'NaN', 'Infinity', '12px', '1e400']) {
      it(`names the field and the text of value="${bad}"`, () =>
        expectError(
          html`<pearl-target-progress
            value=${bad}
            target="10"
            unit="percent"
          ></pearl-target-progress>`,
          'not-finite',
          'value',
          `"${bad}"`,
        ));
    }

    it('names a bad target and a bad baseline', async () => {
      await expectError(
        html`<pearl-target-progress value="1" target="ten" unit="percent"></pearl-target-progress>`,
        'not-finite',
        'target',
        '"ten"',
      );
      await expectError(
        html`<pearl-target-progress
          value="1"
          target="10"
          baseline="-Infinity"
          unit="percent"
        ></pearl-target-progress>`,
        'not-finite',
        'baseline',
        '"-Infinity"',
      );
    });

    it('names a non-finite number set from script', async () => {
      const el = await inLang(
        'en',
        html`<pearl-target-progress value="1" target="2" unit="percent"></pearl-target-progress>`,
      );
      el.value = Number.POSITIVE_INFINITY;
      el.debug = true;
      await el.updateComplete;
      expect(text(el, 'error')).to.contain('value').and.contain('"Infinity"');
    });

    it('refuses a missing or unknown unit', async () => {
      await expectError(
        html`<pearl-target-progress value="1" target="2"></pearl-target-progress>`,
        'missing-unit',
        'Missing unit',
      );
      await expectError(
        html`<pearl-target-progress value="1" target="2" unit="widgets"></pearl-target-progress>`,
        'missing-unit',
        '"widgets"',
      );
    });

    it('refuses a missing target', async () => {
      await expectError(
        html`<pearl-target-progress value="1" unit="percent"></pearl-target-progress>`,
        'missing-value',
        'Missing target',
      );
      await expectError(
        html`<pearl-target-progress indicator="gd-gdp-2024"></pearl-target-progress>`,
        'missing-value',
        'Missing target',
      ); // The catalogue pairs no target with a 2024 flow, so the actual alone asks for one.
      await expectError(
        html`<pearl-target-progress indicator=${ACTUAL}></pearl-target-progress>`,
        'missing-value',
        'Missing target',
      );
    });

    it('refuses a target in another unit', () =>
      expectError(
        html`<pearl-target-progress
          indicator="gd-gdp-2024"
          target-indicator=${ACTUAL}
        ></pearl-target-progress>`,
        'mixed-units',
        'cny',
        'enterprises',
      ));

    it('heads the error in the element language and names the problem in English', async () => {
      const el = await inLang(
        'zh-Hant',
        html`<pearl-target-progress value="abc" target="1" unit="percent"></pearl-target-progress>`,
      );
      expect(text(el, 'error')).to.equal('圖表暫不可用');
      el.setAttribute('debug', '');
      await el.updateComplete;
      expect(text(el, 'error-heading')).to.equal('圖表無法顯示');
      expect(text(el, 'error-detail')).to.equal('value is not a finite number: "abc".');
      expect(part(el, 'error-detail')!.getAttribute('lang')).to.equal('en');
    });
  });

  it('takes the theme from its own attribute and from an ancestor', async () => {
    const dark = await inLang(
      'en',
      html`<pearl-target-progress
        theme="dark"
        value="1"
        target="2"
        unit="enterprises"
      ></pearl-target-progress>`,
    );
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div theme="dark">
        <pearl-target-progress value="1" target="2" unit="enterprises"></pearl-target-progress>
      </div>`,
    );
    const el = wrapper.querySelector('pearl-target-progress')!;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const fillDark = getComputedStyle(part(el, 'fill')!).backgroundColor;
    wrapper.setAttribute('theme', 'light');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(part(el, 'fill')!).backgroundColor).not.to.equal(fillDark);
  });

  for (const width of [280, 1200]) {
    it(`fits a ${width}px container without overflow`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width: ${width}px">
          <pearl-target-progress
            value="112"
            target="100"
            baseline="3"
            unit="enterprises"
            value-period="as of 2025-06"
            target-period="by 2027"
            baseline-period="2020"
            label="Industrial enterprises above designated size that completed a digital transformation"
          ></pearl-target-progress>
          <pearl-target-progress
            value="-3.2"
            target="5"
            unit="percent"
            value-period="2025"
            target-period="2025"
            label="Growth of industrial value added, against the year's target"
          ></pearl-target-progress>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-target-progress')!;
      const rate = wrapper.querySelectorAll('pearl-target-progress')[1]!;
      await el.updateComplete;
      await rate.updateComplete;
      for (const name of ['label', 'value-label', 'target-label', 'remaining', 'zero']) {
        const box = rate.getBoundingClientRect();
        const r = part(rate, name)!.getBoundingClientRect();
        expect(r.left, `rate ${name}`).to.be.at.least(box.left - 0.5);
        expect(r.right, `rate ${name}`).to.be.at.most(box.right + 0.5);
      }
      expect(rate.scrollWidth).to.be.at.most(rate.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(width);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const box = el.getBoundingClientRect();
      const track = part(el, 'track')!.getBoundingClientRect();
      expect(track.width).to.be.closeTo(width - 14, 1);
      for (const name of ['label', 'value-label', 'target-label', 'baseline-label', 'note']) {
        const r = part(el, name)!.getBoundingClientRect();
        expect(r.left, name).to.be.at.least(box.left - 0.5);
        expect(r.right, name).to.be.at.most(box.right + 0.5);
      }
      // The header sits in one row from 480px up.
      const label = part(el, 'label')!.getBoundingClientRect();
      const summary = part(el, 'summary')!.getBoundingClientRect();
      expect(summary.top < label.bottom).to.equal(width >= 480);
    });
  }

  it('collapses to its one-line placeholder when there is nothing to draw', async () => {
    // The height before the script runs is the page's (tokens.css); once drawn, no empty band.
    const el = await inLang('en', html`<pearl-target-progress></pearl-target-progress>`);
    expect(el.getBoundingClientRect().height).to.be.below(40);
  });

  it('renders labels as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await inLang(
      'en',
      html`<pearl-target-progress
        label=${evil}
        value="1"
        target="2"
        unit="percent"
        value-period=${evil}
      ></pearl-target-progress>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, 'label')).to.equal(evil);
    expect(text(el, 'value-label')).to.contain(evil);
    const bad = await inLang(
      'en',
      html`<pearl-target-progress debug indicator=${evil}></pearl-target-progress>`,
    );
    expect(bad.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(bad, 'error')).to.contain(evil);
  });

  it('grows the fill only with the animate attribute, and keeps the final text from the start', async () => {
    const still = await inLang(
      'en',
      html`<pearl-target-progress value="1" target="2" unit="enterprises"></pearl-target-progress>`,
    );
    expect(getComputedStyle(still.shadowRoot!.querySelector('.bars')!).animationName).to.equal(
      'none',
    );
    const moving = await inLang(
      'en',
      html`<pearl-target-progress
        animate
        value="1"
        target="2"
        unit="enterprises"
      ></pearl-target-progress>`,
    );
    expect(moving.animated).to.equal(true);
    expect(getComputedStyle(moving.shadowRoot!.querySelector('.bars')!).animationName).to.equal(
      'pearl-target-progress-grow',
    );
    expect(text(moving, 'percent')).to.equal('50%');
  });

  it('defines every --_ token it reads and reads every token it defines', () => {
    const base = baseStyles.cssText;
    const own = styles.cssText;
    const defined = (css: string) =>
      new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = (css: string) => new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]!));
    const inline = new Set(['--_at', '--_from', '--_to', '--_zero']);
    const available = new Set([...defined(base), ...defined(own), ...inline]);
    for (const name of used(own))
      expect(available.has(name), `${name} is used but not defined`).to.equal(true);
    for (const name of defined(own))
      expect(used(own).has(name), `${name} is defined but not used`).to.equal(true);
  });

  it('never throws and never renders blank for random inputs (fuzz)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
    // Free text without the words a broken number would print, so the check below can look for them.
    const words = fc.string().filter((s) => !/NaN|Infinity|undefined/.test(s));
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 0, -0, 5e-324),
      fc.string(),
      fc.constant(undefined),
    );
    const props = fc.record(
      {
        value: number,
        target: number,
        baseline: number,
        unit: fc.oneof(
          fc.constantFrom('enterprises', 'cny', 'percent', 'fraction', 'rank', 'times', 'pp'),
          fc.string(),
        ),
        label: words,
        valuePeriod: fc.oneof(
          fc.constantFrom('2024', 'by 2027', 'as of 2024-12', '2023-01/2023-09', 2024, null),
          words,
        ),
        targetPeriod: words,
        indicator: fc.oneof(
          fc.constantFrom(
            ACTUAL,
            TARGET_ONLY,
            'gd-gdp-2024',
            'cn-high-tech-manufacturing-share-2023-01-2023-09',
          ),
          words,
        ),
        lang: fc.constantFrom('zh-Hans', 'zh-Hant', 'en', 'zh-TW', 'xx'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(props, async (p) => {
        const el = document.createElement('pearl-target-progress');
        Object.assign(el, p);
        wrapper.append(el);
        await el.updateComplete;
        const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        const error = part(el, 'error');
        if (error) {
          expect(error.getAttribute('role')).to.equal('status');
          expect(error.textContent!.trim().length).to.be.greaterThan(2);
        } else {
          expect(part(el, 'track')).not.to.equal(null);
          expect(text(el, 'target-label')!.length).to.be.greaterThan(0);
          expect(part(el, 'percent') ?? part(el, 'status')).not.to.equal(null);
          // "percent of target undefined" is the English status for a target of 0, not a leak.
          expect(shown.replace('percent of target undefined', '')).not.to.match(
            /NaN|Infinity|undefined/,
          );
          const track = part(el, 'track')!;
          for (const a of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax']) {
            if (track.hasAttribute(a))
              expect(Number.isFinite(Number(track.getAttribute(a))), a).to.equal(true);
          }
          for (const name of ['fill', 'marker', 'baseline', 'zero']) {
            for (const v of ['--_at', '--_from', '--_to']) {
              const s = part(el, name)?.style.getPropertyValue(v);
              if (s) expect(Number(s)).to.be.within(0, 100);
            }
          }
        }
        el.remove();
      }),
      { numRuns: 300 },
    );
  });
});
