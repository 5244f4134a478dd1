// The anatomy every widget shares, in the elements: title, description, notes and source line as
// ::part()s; the quiet error placeholder and its debug detail; rise/fall colours; 320 px layouts.
import { expect, fixture, html } from '../testing.js';
import type { TemplateResult } from 'lit';
import '../../packages/components/src/define/all.js';
import '../../packages/components/src/data.js';
import type { PearlElement } from '../../packages/components/src/shared/pearl-element.js';

const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: Element, name: string) => parts(el, name)[0] ?? null;
const text = (el: Element, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

async function inLang(lang: string, markup: TemplateResult, width = 600) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px">${markup}</div>`,
  );
  const el = wrapper.firstElementChild as PearlElement;
  await el.updateComplete;
  return el;
}

/** The host attributes every widget takes, on one widget of each kind. */
const HOSTED = {
  'pearl-metric-card': html`<pearl-metric-card
    value="165800000000"
    unit="cny"
    label="五大类产业项目年度投资额"
    description="按现价计算"
    notes="数字经四舍五入"
    source-name="南方日报"
    source-url="https://example.com/a"
    source-date="2025-01-17"
  ></pearl-metric-card>`,
  'pearl-target-progress': html`<pearl-target-progress
    value="73900"
    target="88000"
    unit="enterprises"
    label="五大类产业项目年度投资额"
    description="按现价计算"
    notes="数字经四舍五入"
    source-name="南方日报"
    source-url="https://example.com/a"
    source-date="2025-01-17"
  ></pearl-target-progress>`,
  'pearl-sector-comparison': html`<pearl-sector-comparison
    unit="percent"
    items='[{"label":"先进制造业","value":57.1},{"label":"高技术制造业","value":32}]'
    label="五大类产业项目年度投资额"
    description="按现价计算"
    notes="数字经四舍五入"
    source-name="南方日报"
    source-url="https://example.com/a"
    source-date="2025-01-17"
  ></pearl-sector-comparison>`,
};

describe('the anatomy of every widget', () => {
  for (const [tag, markup] of Object.entries(HOSTED)) {
    it(`${tag}: title, description, chart, notes, source, in that order, as parts`, async () => {
      const el = await inLang('zh-Hans', markup);
      expect(text(el, 'title')).to.equal('五大类产业项目年度投资额');
      expect(text(el, 'description')).to.equal('按现价计算');
      expect(text(el, 'notes')).to.equal('注：数字经四舍五入');
      expect(text(el, 'source')).to.equal('来源：南方日报，2025年1月17日');
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.com/a');
      expect(link.textContent).to.equal('南方日报');
      // The figure is named by its title and described by its description.
      const figure = part(el, 'frame')!;
      expect(figure.localName).to.equal('figure');
      const named = el.shadowRoot!.getElementById(figure.getAttribute('aria-labelledby')!)!;
      expect(named.textContent!.trim()).to.equal('五大类产业项目年度投资额');
      expect(figure.getAttribute('aria-describedby')).to.equal('description');
      // Reading order: title above the chart, notes then source below it, source last.
      const order = ['title', 'description', 'notes', 'source'].map((n) => part(el, n)!);
      const tops = order.map((p) => p.getBoundingClientRect().top);
      expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
      const chart = part(el, 'value') ?? part(el, 'track') ?? part(el, 'list');
      expect(chart!.getBoundingClientRect().top).to.be.above(tops[1]!);
      expect(chart!.getBoundingClientRect().bottom).to.be.at.most(tops[2]! + 1);
      // No one-character last line in a Chinese title.
      expect(getComputedStyle(part(el, 'title')!).textWrapStyle).to.equal('pretty');
      await expect(el).to.be.accessible();
    });

    it(`${tag}: a source-url that is not http(s) leaves the outlet as plain text`, async () => {
      const el = await inLang('en', markup);
      el.setAttribute('source-url', 'javascript:alert(1)');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(el, 'source')).to.equal('Source: 南方日报, 17 Jan 2025');
    });
  }

  it('shows the catalogue’s source on a progress bar and a comparison, outlet in the reader’s script', async () => {
    const progress = await inLang(
      'zh-Hant',
      html`<pearl-target-progress
        indicator="gd-small-to-above-scale-upgrades-2024"
        target-indicator="gd-firms-upgraded-above-scale-2025"
      ></pearl-target-progress>`,
    );
    // Actual and target come from two articles: both are listed.
    expect(text(progress, 'source')).to.equal(
      '2個來源：南方日報，2025年1月17日；廣東省人民政府新聞辦公室，2025年2月5日',
    );
    expect(parts(progress, 'link').map((a) => a.textContent)).to.deep.equal(['南方日報']);
    const bars = await inLang(
      'en',
      html`<pearl-sector-comparison
        indicators="gd-industrial-output-2024 gd-gdp-2024"
      ></pearl-sector-comparison>`,
    );
    expect(text(bars, 'source')).to.equal('Source: Nanfang Daily, 17 Jan 2025');
  });

  it('keeps a host quote with no outlet behind a bare 来源 line', async () => {
    const el = await inLang(
      'zh-Hans',
      html`<pearl-metric-card value="1" unit="cny" source-text="一元"></pearl-metric-card>`,
    );
    expect(text(el, 'summary')).to.equal('来源');
    expect(text(el, 'quote')).to.equal('\u201c一元\u201d');
  });

  it('keeps the old part names beside the new: label on the card, heading on the comparison', async () => {
    const card = await inLang('en', HOSTED['pearl-metric-card']);
    expect(part(card, 'label')).to.equal(part(card, 'title'));
    const bars = await inLang('en', HOSTED['pearl-sector-comparison']);
    expect(part(bars, 'heading')).to.equal(part(bars, 'title'));
    bars.setAttribute('heading', 'Shares');
    await bars.updateComplete;
    expect(text(bars, 'title')).to.equal('Shares');
    const progress = await inLang('en', HOSTED['pearl-target-progress']);
    expect(part(progress, 'label')).to.equal(part(progress, 'title'));
  });
});

describe('errors, for readers and for developers', () => {
  it('takes debug from an ancestor, as Storybook sets it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-Hans">
        <pearl-metric-card value="abc" unit="cny"></pearl-metric-card>
      </div>`,
    );
    const el = wrapper.firstElementChild as PearlElement;
    await el.updateComplete;
    expect(text(el, 'error')).to.equal('图表暂不可用');
    wrapper.setAttribute('debug', '');
    await new Promise((r) => setTimeout(r)); // the page-wide observer re-renders
    await el.updateComplete;
    expect(text(el, 'error-detail')).to.equal('value is not a finite number: "abc".');
  });

  it('writes each distinct problem to the console once', async () => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      const id = `no-such-id-${Date.now()}`;
      await fixture(
        html`<div>
          <pearl-metric-card indicator=${id}></pearl-metric-card>
          <pearl-metric-card indicator=${id}></pearl-metric-card>
          <pearl-metric-card indicator=${`${id}-b`}></pearl-metric-card>
        </div>`,
      );
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      console.warn = warn;
    }
    const mine = seen.filter((s) => s.includes('no-such-id'));
    expect(mine).to.have.length(2);
    expect(mine[0]).to.match(/^<pearl-metric-card> unknown-indicator: Unknown indicator/);
  });
});

describe('rise and fall colours', () => {
  const card = (attrs: { delta: string; betterWhen: string; rise?: string }) =>
    inLang(
      'zh-Hans',
      html`<pearl-metric-card
        value="57.1"
        unit="percent"
        delta=${attrs.delta}
        delta-unit="pp"
        better-when=${attrs.betterWhen}
        rise-color=${attrs.rise ?? ''}
      ></pearl-metric-card>`,
    );
  const colour = (el: Element) => getComputedStyle(part(el, 'delta')!).color;

  it('follows better-when by default, and direction with rise-color (red up in the Chinese convention)', async () => {
    const good = colour(await card({ delta: '1', betterWhen: 'higher' }));
    const bad = colour(await card({ delta: '1', betterWhen: 'lower' }));
    expect(good).not.to.equal(bad);
    // rise-color="red": a rise is red even when it is good news, a fall green even when bad.
    expect(colour(await card({ delta: '1', betterWhen: 'higher', rise: 'red' }))).to.equal(bad);
    expect(colour(await card({ delta: '-1', betterWhen: 'lower', rise: 'red' }))).to.equal(good);
    // rise-color="green": a rise is green even when it is bad news.
    expect(colour(await card({ delta: '1', betterWhen: 'lower', rise: 'green' }))).to.equal(good);
    // The arrow and the sign always carry the direction.
    const up = await card({ delta: '1', betterWhen: 'higher', rise: 'red' });
    expect(text(up, 'delta')).to.equal('变化▲+1个百分点');
  });
});

describe('at 320 px', () => {
  it('a percentage-point change stays inside the card', async () => {
    // 320 px of screen less an article's side margins, down to the narrowest card.
    for (const width of [320, 280, 240]) {
      const el = await inLang(
        'en',
        html`<pearl-metric-card
          value="5.1"
          unit="percent"
          label="Unemployment"
          bound="over"
          delta="0.3"
          delta-unit="pp"
          better-when="lower"
          period="2024"
        ></pearl-metric-card>`,
        width,
      );
      const frame = part(el, 'frame')!;
      expect(frame.scrollWidth, `${width}px`).to.be.at.most(frame.clientWidth);
      const inner = frame.getBoundingClientRect().right - 12; // the 0.75rem padding under 360 px
      // The text's own boxes: a flex item may be narrower than the text that overflows it.
      const range = document.createRange();
      range.selectNodeContents(part(el, 'delta')!);
      for (const box of range.getClientRects())
        expect(box.right, `${width}px`).to.be.at.most(inner + 0.5);
    }
  });

  it('a unit never sits alone on a line: 165.8 billion yuan, 1658亿元', async () => {
    for (const [lang, width] of [
      ['en', 280],
      ['en', 320],
      ['zh-Hans', 200],
    ] as const) {
      const el = await inLang(
        lang,
        html`<pearl-metric-card value="165800000000" unit="cny"></pearl-metric-card>`,
        width,
      );
      const numberLines = [...part(el, 'number')!.getClientRects()];
      const unit = part(el, 'unit')!.getBoundingClientRect();
      const lastLine = numberLines[numberLines.length - 1]!;
      // The unit ends on the line where the number ends (smaller type, same baseline).
      expect(Math.abs(unit.bottom - lastLine.bottom), `${lang} at ${width}px`).to.be.below(10);
    }
  });

  it('来源： never ends a line alone: at 320 px it moves with a long outlet name below "Get the data"', async () => {
    for (const [lang, name] of [
      ['zh-Hans', '广东省十四届人大五次会议新闻发布会'],
      ['zh-Hant', '廣東省十四屆人大五次會議新聞發布會'],
      ['zh-Hans', '南方日报'],
    ] as const) {
      const el = await inLang(
        lang,
        html`<pearl-sector-comparison
          unit="percent"
          items='[{"label":"先进制造业","value":57.1},{"label":"高技术制造业","value":32}]'
          label="先进制造业占比"
          source-name=${name}
          source-date="2026-01-26"
        ></pearl-sector-comparison>`,
        320,
      );
      const source = part(el, 'source')!;
      const cite = source.querySelector('cite')!;
      // The lead's last character and the outlet's first sit on the same line.
      const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
      let lead: Text | null = null;
      while (walker.nextNode())
        if ((walker.currentNode as Text).data.includes('：')) {
          lead = walker.currentNode as Text;
          break;
        }
      expect(lead, `${lang}: the lead`).to.not.equal(null);
      const range = document.createRange();
      range.setStart(lead!, lead!.data.indexOf('：'));
      range.setEnd(lead!, lead!.data.indexOf('：') + 1);
      const colon = range.getBoundingClientRect();
      const name0 = document.createTreeWalker(cite, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const first = document.createRange();
      first.setStart(name0, 0);
      first.setEnd(name0, 1);
      const outlet = first.getBoundingClientRect();
      expect(
        Math.abs(colon.top - outlet.top),
        `${lang} ${name}: 来源： and the outlet`,
      ).to.be.below(4);
      expect(source.scrollWidth, `${lang} ${name}: no overflow`).to.be.at.most(source.clientWidth);
    }
  });

  for (const [tag, markup] of Object.entries(HOSTED)) {
    it(`${tag} has no horizontal overflow`, async () => {
      const el = await inLang('en', markup, 320);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(part(el, 'frame')!.scrollWidth).to.be.at.most(part(el, 'frame')!.clientWidth);
    });
  }
});
