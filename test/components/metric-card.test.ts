import { expect, fixture, html } from '../testing.js';
import fc from 'fast-check';
import { render, type TemplateResult } from 'lit';
import '../../packages/components/src/define/metric-card.js';
import '../../packages/components/src/data.js';
import { styles } from '../../packages/components/src/metric-card/metric-card.styles.js';
import { baseStyles } from '../../packages/components/src/shared/base.styles.js';
import { figureStyles } from '../../packages/components/src/shared/figure.js';
import {
  getCatalog,
  registerCatalog,
  type Catalog,
} from '../../packages/components/src/shared/catalog.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';

/** Output 24.68万台(套), growth +31.2%, 44% of the national total; source without outlet or URL. */
const ROBOTS = 'gd-industrial-robot-output-2024';
/** 7.39万家, an estimate, 1/7 of the national total; source 南方日报 with a URL. */
const ENTERPRISES = 'gd-above-scale-industrial-enterprises-asof-2024-12';

/** The part a reader sees: a piece the card does not show is absent, or hidden with its line. */
const part = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)].find(
    (p) => !p.closest('[hidden]'),
  ) ?? null;
const text = (el: Element, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function inLang(lang: string, markup: TemplateResult) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.querySelector('pearl-metric-card')!;
  await el.updateComplete;
  return el;
}

describe('<pearl-metric-card>', () => {
  it('is accessible for a real indicator, open and closed, and for host numbers', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    await expect(el).to.be.accessible();
    part(el, 'source')!.setAttribute('open', '');
    await expect(el).to.be.accessible();
    const host = await inLang(
      'en',
      html`<pearl-metric-card
        value="57.1"
        unit="percent"
        label="Share"
        delta="-1.4"
        delta-unit="pp"
        better-when="higher"
        source-text="占比57.1%"
        source-lang="zh-Hans"
        source-url="https://example.com/a"
      ></pearl-metric-card>`,
    );
    await expect(host).to.be.accessible();
  });

  it('shows a real indicator in zh-Hans: value, unit, period, delta, context and source', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card indicator=${ROBOTS}></pearl-metric-card>`,
    );
    expect(text(el, 'label')).to.equal('工业机器人产量');
    expect(part(el, 'value')!.textContent).to.equal('24.68万台(套)');
    expect(text(el, 'unit')).to.equal('台(套)');
    expect(text(el, 'period')).to.equal('2024年');
    expect(text(el, 'region')).to.equal('广东');
    expect(text(el, 'delta')).to.equal('增速▲+31.2%');
    expect(part(el, 'delta')!.getAttribute('part')).to.contain('delta-positive');
    expect(text(el, 'context')).to.equal('占全国44%');
    // The outlet (here the issuing body, as the article names none) and the full date.
    expect(text(el, 'summary')).to.equal('来源：广东省人民政府新闻办公室，2025年2月5日');
    expect(part(el, 'badge')).to.equal(null);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-labelledby')).to.equal('title');
    expect(text(el, 'title')).to.equal('工业机器人产量');
    // Region and period are told apart: 广东 · 2024年.
    expect(el.shadowRoot!.querySelector('.where')!.textContent).to.equal('广东 · 2024年');
  });

  it('writes the same figure in zh-Hant and en, from lang on the element too', async () => {
    const hant = await inLang(
      'en',
      html`<pearl-metric-card lang="zh-Hant" indicator=${ROBOTS}></pearl-metric-card>`,
    );
    expect(part(hant, 'value')!.textContent).to.equal('24.68萬臺(套)');
    expect(text(hant, 'context')).to.equal('佔全國44%');
    expect(text(hant, 'label')).to.equal('工業機器人產量');
    const en = await inLang(
      'en',
      html`<pearl-metric-card indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    expect(part(en, 'value')!.textContent).to.equal('73,900 enterprises');
    expect(text(en, 'badge')).to.equal('Estimate');
    expect(text(en, 'period')).to.equal('as of Dec 2024');
    expect(text(en, 'context')).to.equal('1/7 of the national total');
    // The outlet in the reader's script, not the article's.
    expect(text(en, 'summary')).to.equal('Source: Nanfang Daily, 17 Jan 2025');
    expect(text(hant, 'summary')).to.equal('來源：廣東省人民政府新聞辦公室，2025年2月5日');
  });

  it('expands the source to the verbatim quote in its script, with the figure marked and a link', async () => {
    const el = await inLang(
      'en',
      html`<pearl-metric-card indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    const details = part(el, 'source') as HTMLDetailsElement;
    expect(details.tagName).to.equal('DETAILS');
    expect(part(el, 'quote')!.checkVisibility()).to.equal(false);
    part(el, 'summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(part(el, 'quote')!.checkVisibility()).to.equal(true);
    const quote = part(el, 'quote')!;
    expect(quote.tagName).to.equal('BLOCKQUOTE');
    expect(quote.getAttribute('lang')).to.equal('zh-Hans');
    // The passage in its own script, between the English reader's quotation marks.
    expect(quote.textContent!.trim()).to.equal('\u201c规模以上工业企业达7.39万家\u201d');
    expect(text(el, 'figure')).to.equal('7.39万');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal(
      'https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html',
    );
    expect(link.textContent).to.equal('Read the article');
    const hant = await inLang(
      'zh-Hans',
      html`<pearl-metric-card indicator=${ROBOTS}></pearl-metric-card>`,
    );
    expect(part(hant, 'quote')!.getAttribute('lang')).to.equal('zh-Hant');
    expect(part(hant, 'quote')!.textContent!.trim()).to.match(/^\u201c.*\u201d$/);
    expect(part(hant, 'link')).to.equal(null);
    // A zh-Hant reader gets 「」 around the same passage.
    const corners = await inLang(
      'zh-Hant',
      html`<pearl-metric-card indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    expect(part(corners, 'quote')!.textContent!.trim()).to.equal('「规模以上工业企业达7.39万家」');
  });

  it('shows status as a text badge and the bound as a word, for host numbers', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card
        value="2e13"
        unit="cny"
        bound="over"
        status="target"
        period="by 2027"
        label="产业规模"
      ></pearl-metric-card>`,
    );
    expect(part(el, 'value')!.textContent).to.equal('超20万亿元');
    expect(text(el, 'bound')).to.equal('超');
    expect(text(el, 'badge')).to.equal('目标');
    expect(part(el, 'badge')!.getAttribute('part')).to.contain('badge-target');
    expect(text(el, 'period')).to.equal('到2027年');
    expect(part(el, 'source')).to.equal(null);
    // Host numbers name no region, and this card has no change or context either. (Texts, not
    // elements, in these assertions: a failing comparison that prints a shadow-DOM element has
    // crashed the test browser.)
    for (const name of ['region', 'delta', 'context']) expect(text(el, name), name).to.equal(null);
    const boxes = (card: Element) =>
      card.shadowRoot!.querySelector('.meta')!.getClientRects().length;
    expect(boxes(el)).to.equal(1);
    const bare = await inLang(
      'zh-Hans',
      html`<pearl-metric-card value="0.25" unit="fraction"></pearl-metric-card>`,
    );
    for (const name of ['label', 'region', 'period', 'unit'])
      expect(text(bare, name), name).to.equal(null);
    // Nothing to show on the meta line: it takes no box, so the card's gap does not double.
    expect(boxes(bare)).to.equal(0);
    expect(part(bare, 'value')!.textContent).to.equal('1/4');
  });

  it('signs and points a host delta and colours it by better-when', async () => {
    const el = await inLang(
      'en',
      html`<pearl-metric-card
        value="5.1"
        unit="percent"
        delta="0.3"
        delta-unit="pp"
        better-when="lower"
      ></pearl-metric-card>`,
    );
    expect(text(el, 'delta')).to.equal('Change▲+0.3 percentage points');
    expect(part(el, 'delta')!.getAttribute('part')).to.contain('delta-up');
    expect(part(el, 'delta')!.getAttribute('part')).to.contain('delta-negative');
    const down = part(el, 'delta')!;
    const bad = getComputedStyle(down).color;
    el.betterWhen = 'higher';
    await el.updateComplete;
    expect(part(el, 'delta')!.getAttribute('part')).to.contain('delta-positive');
    expect(getComputedStyle(part(el, 'delta')!).color).not.to.equal(bad);
    el.betterWhen = undefined;
    await el.updateComplete;
    expect(part(el, 'delta')!.getAttribute('part')).to.contain('delta-neutral');
    expect(text(el, 'delta')).to.contain('▲+0.3');
  });

  it('keeps the link out for a javascript: URL and shows host quotes with their language', async () => {
    const el = await inLang(
      'en',
      html`<pearl-metric-card
        value="1"
        unit="cny"
        source-name="NBS"
        source-text="一元"
        source-lang="zh-Hant"
        source-url="javascript:alert(1)"
      ></pearl-metric-card>`,
    );
    expect(part(el, 'link')).to.equal(null);
    expect(text(el, 'summary')).to.equal('Source: NBS');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(part(el, 'quote')!.getAttribute('lang')).to.equal('zh-Hant');
  });

  describe('error states', () => {
    async function expectError(markup: TemplateResult, code: string, ...words: string[]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const seen: PearlErrorEvent[] = [];
      wrapper.addEventListener('pearl-error', (e) => seen.push(e as PearlErrorEvent));
      render(markup, wrapper);
      const el = wrapper.querySelector('pearl-metric-card')!;
      await el.updateComplete;
      // The reader sees one quiet line in their script, a status (not an alert), no detail.
      const error = part(el, 'error');
      expect(error, 'error state').not.to.equal(null);
      expect(error!.getAttribute('role')).to.equal('status');
      expect(text(el, 'error')).to.equal('Chart unavailable');
      expect(error!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.below(40);
      expect(part(el, 'value')).to.equal(null);
      expect(seen.map((e) => e.detail.code)).to.deep.equal([code]);
      for (const w of words) expect(seen[0]!.detail.message).to.contain(w);
      await expect(el).to.be.accessible();
      // The developer sees the problem with `debug`.
      el.debug = true;
      await el.updateComplete;
      for (const w of words) expect(text(el, 'error-detail')).to.contain(w);
      await expect(el).to.be.accessible();
      return el;
    }

    it('names an unknown id and suggests the closest', () =>
      expectError(
        html`<pearl-metric-card indicator="gd-industrial-robot-output-202"></pearl-metric-card>`,
        'unknown-indicator',
        'gd-industrial-robot-output-202',
        `Did you mean "${ROBOTS}"`,
      ));

    it('says when no catalogue is loaded', async () => {
      const saved = getCatalog()!;
      registerCatalog(null as unknown as Catalog);
      try {
        await expectError(
          html`<pearl-metric-card indicator=${ROBOTS}></pearl-metric-card>`,
          'no-catalog',
          ROBOTS,
        );
      } finally {
        registerCatalog(saved);
      }
    });

    for (const bad of ['abc', '', 'NaN', 'Infinity', '12px', '1e400']) {
      it(`names the field and the text of value="${bad}"`, () =>
        expectError(
          html`<pearl-metric-card value=${bad} unit="percent"></pearl-metric-card>`,
          'not-finite',
          'value',
          `"${bad}"`,
        ));
    }

    it('names a bad delta', () =>
      expectError(
        html`<pearl-metric-card
          value="1"
          unit="percent"
          delta="up"
          delta-unit="pp"
        ></pearl-metric-card>`,
        'not-finite',
        'delta',
        '"up"',
      ));

    it('names a non-finite number set from script', async () => {
      const el = await inLang(
        'en',
        html`<pearl-metric-card value="1" unit="cny"></pearl-metric-card>`,
      );
      el.value = -Infinity;
      el.debug = true;
      await el.updateComplete;
      expect(text(el, 'error')).to.contain('"-Infinity"');
    });

    it('refuses a missing value', () =>
      expectError(
        html`<pearl-metric-card unit="cny" label="GDP"></pearl-metric-card>`,
        'missing-value',
        'Missing value',
      ));

    it('refuses a missing or unknown unit', async () => {
      await expectError(
        html`<pearl-metric-card value="3"></pearl-metric-card>`,
        'missing-unit',
        'Missing unit',
      );
      await expectError(
        html`<pearl-metric-card value="3" unit="furlongs"></pearl-metric-card>`,
        'missing-unit',
        '"furlongs"',
      );
    });

    it('refuses a delta without delta-unit rather than guess % or points', () =>
      expectError(
        html`<pearl-metric-card value="3" unit="percent" delta="1.4"></pearl-metric-card>`,
        'missing-unit',
        'delta-unit',
      ));

    it('heads the error in the element language and names the problem in English', async () => {
      const el = await inLang(
        'zh-Hant',
        html`<pearl-metric-card value="abc" unit="cny"></pearl-metric-card>`,
      );
      expect(text(el, 'error')).to.equal('圖表暫不可用');
      expect(text(el, 'error-detail')).to.equal(null);
      el.setAttribute('debug', '');
      await el.updateComplete;
      expect(text(el, 'error-heading')).to.equal('圖表無法顯示');
      expect(text(el, 'error-detail')).to.equal('value is not a finite number: "abc".');
      expect(part(el, 'error-detail')!.getAttribute('lang')).to.equal('en');
    });

    it('recovers when the attribute is fixed', async () => {
      const el = await inLang(
        'en',
        html`<pearl-metric-card value="abc" unit="cny"></pearl-metric-card>`,
      );
      el.setAttribute('value', '1658e8');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'value')!.textContent).to.equal('165.8 billion yuan');
    });
  });

  it('takes the theme from its own attribute and from an ancestor', async () => {
    const dark = await inLang(
      'en',
      html`<pearl-metric-card theme="dark" indicator=${ROBOTS}></pearl-metric-card>`,
    );
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div theme="dark"><pearl-metric-card indicator=${ROBOTS}></pearl-metric-card></div>`,
    );
    const el = wrapper.querySelector('pearl-metric-card')!;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const darkText = getComputedStyle(part(el, 'value')!).color;
    wrapper.setAttribute('theme', 'light');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(part(el, 'value')!).color).not.to.equal(darkText);
  });

  for (const width of [280, 1200]) {
    it(`fits a ${width}px container without overflow, the figure scaling with width`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width: ${width}px">
          <pearl-metric-card
            indicator="gd-ai-core-industry-size-2025"
            label="Core artificial intelligence industry size, including large models, computing power and applications"
          ></pearl-metric-card>
        </div>`,
      );
      const el = wrapper.querySelector('pearl-metric-card')!;
      await el.updateComplete;
      part(el, 'source')!.setAttribute('open', '');
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(width);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const name of [
        'label',
        'badge',
        'value',
        'delta',
        'period',
        'context',
        'summary',
        'quote',
      ]) {
        const r = part(el, name)!.getBoundingClientRect();
        expect(r.left, name).to.be.at.least(box.left - 0.5);
        expect(r.right, name).to.be.at.most(box.right + 0.5);
      }
      const size = parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(size).to.be.closeTo(width === 280 ? 2 * rem : 3.5 * rem, 0.5);
    });
  }

  it('is as tall as its content once rendered: no empty band under a sparse card', async () => {
    const el = await inLang(
      'en',
      html`<pearl-metric-card value="1658e8" unit="cny" period="2025"></pearl-metric-card>`,
    );
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(el.getBoundingClientRect().height).to.be.closeTo(
      figure.getBoundingClientRect().height,
      1,
    );
    // The last line of content (the "Get the data" footer under the period) sits at the card's
    // bottom padding, not 60 px above it.
    const last = part(el, 'download')!.getBoundingClientRect().bottom;
    expect(figure.getBoundingClientRect().bottom - last).to.be.below(24);
  });

  it('renders labels, context and quotes as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await inLang(
      'en',
      html`<pearl-metric-card
        value="1"
        unit="cny"
        label=${evil}
        context=${evil}
        source-text=${evil}
        source-name=${evil}
      ></pearl-metric-card>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, 'label')).to.equal(evil);
    expect(text(el, 'context')).to.equal(evil);
    expect(part(el, 'quote')!.textContent!.trim()).to.equal(`\u201c${evil}\u201d`);
    const bad = await inLang(
      'en',
      html`<pearl-metric-card debug indicator=${evil}></pearl-metric-card>`,
    );
    expect(bad.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(bad, 'error')).to.contain(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('counts up with animate, aria-hidden while running, and ends on exactly the formatted text', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card animate indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    const running = part(el, 'value')!;
    expect(running.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('7.39万家');
    const before = running.getBoundingClientRect().width;
    await nextFrame();
    await nextFrame();
    await nextFrame();
    const ticker = el.shadowRoot!.querySelector('.ticker')!.textContent!;
    expect(ticker).to.match(/^\d+(\.\d+)?万$/);
    expect(ticker).not.to.equal('7.39万');
    expect(part(el, 'value')!.getBoundingClientRect().width).to.be.closeTo(before, 0.5);
    await new Promise((r) => setTimeout(r, 1100));
    await el.updateComplete;
    const done = part(el, 'value')!;
    expect(done.hasAttribute('aria-hidden')).to.equal(false);
    expect(done.textContent).to.equal('7.39万家');
    expect(el.shadowRoot!.querySelector('.ticker')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.visually-hidden')).to.equal(null);
  });

  it('does not count without animate', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card indicator=${ENTERPRISES}></pearl-metric-card>`,
    );
    expect(part(el, 'value')!.hasAttribute('aria-hidden')).to.equal(false);
    expect(part(el, 'value')!.textContent).to.equal('7.39万家');
  });

  it('defines every --_ token it reads and reads every token it defines', () => {
    const defined = (css: string) =>
      new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = (css: string) => new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]!));
    const own = styles.cssText;
    // The frame's styles follow every element's own (PearlElement.finalizeStyles).
    const frame = figureStyles.cssText;
    const available = new Set([...defined(baseStyles.cssText), ...defined(own), ...defined(frame)]);
    for (const name of used(own))
      expect(available.has(name), `${name} is used but not defined`).to.equal(true);
    for (const name of defined(own))
      expect(used(own + frame).has(name), `${name} is defined but not used`).to.equal(true);
    expect(own, 'no hex colours').not.to.match(/#[0-9a-f]{3,8}\b/i);
  });

  it('never throws and never renders blank for random inputs (fuzz)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 0, -0, 5e-324, 2e13),
      fc.string(),
      fc.constant(undefined),
    );
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const props = fc.record(
      {
        indicator: maybe(
          fc.oneof(fc.constantFrom(ROBOTS, ENTERPRISES, 'gd-gdp-2024', 'nope'), fc.string()),
        ),
        value: number,
        delta: number,
        unit: maybe(
          fc.oneof(
            fc.constantFrom('enterprises', 'cny', 'percent', 'fraction', 'rank', 'times', 'pp'),
            fc.string(),
          ),
        ),
        deltaUnit: maybe(fc.oneof(fc.constantFrom('percent', 'pp', 'cny'), fc.string())),
        bound: maybe(
          fc.oneof(
            fc.constantFrom('exact', 'over', 'about', 'nearly', 'under', 'range'),
            fc.string(),
          ),
        ),
        status: maybe(fc.oneof(fc.constantFrom('actual', 'estimate', 'target'), fc.string())),
        betterWhen: maybe(fc.oneof(fc.constantFrom('higher', 'lower'), fc.string())),
        label: maybe(fc.string()),
        period: maybe(fc.string()),
        context: maybe(fc.string()),
        sourceText: maybe(fc.string()),
        sourceUrl: maybe(fc.oneof(fc.webUrl(), fc.string())),
        lang: fc.constantFrom('zh-Hans', 'zh-Hant', 'zh-TW', 'en', 'xx', ''),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(props, async (p) => {
        const el = document.createElement('pearl-metric-card');
        const { lang, ...rest } = p;
        if (lang !== undefined) el.setAttribute('lang', lang);
        Object.assign(el, rest);
        wrapper.replaceChildren(el);
        await el.updateComplete;
        const value = part(el, 'value');
        const error = part(el, 'error');
        expect(Boolean(value) !== Boolean(error), 'exactly one of value or error').to.equal(true);
        const shown = (value ?? error)!.textContent!.trim();
        expect(shown.length).to.be.greaterThan(0);
        if (value) {
          expect(shown).not.to.match(/NaN|Infinity|undefined|^–$/);
          expect(value.getBoundingClientRect().height).to.be.greaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
