import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/metric-card.js';
import '../../packages/components/src/data.js';
import type { PearlMetricCard } from '../../packages/components/src/metric-card/metric-card.js';

/** Output 24.68万台(套) in 2024. */
const ROBOTS = 'gd-industrial-robot-output-2024';

const valueText = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="value"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
/** The observer's callback and the updates it asks for. */
const settle = async (els: PearlMetricCard[]) => {
  await new Promise((r) => setTimeout(r));
  await Promise.all(els.map((el) => el.updateComplete));
};

/** Counts the updates (renders) of each card from now on. */
function countUpdates(els: PearlMetricCard[]) {
  const counts = new Map<Element, number>(els.map((el) => [el, 0]));
  for (const el of els) {
    const widget = el as unknown as { update(changed: unknown): void };
    const update = widget.update.bind(el);
    widget.update = (changed) => {
      counts.set(el, counts.get(el)! + 1);
      update(changed);
    };
  }
  return counts;
}

const card = () => html`<pearl-metric-card indicator=${ROBOTS}></pearl-metric-card>`;

describe('language, theme and debug from the page, kept current', () => {
  it('writes the language of the place a card is moved to', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="en" id="en">${card()}</div>
        <div lang="zh-Hans" id="zh"></div>
      </div>`,
    );
    const el = page.querySelector<PearlMetricCard>('pearl-metric-card')!;
    await el.updateComplete;
    expect(hasHan(valueText(el)), valueText(el)).to.equal(false);
    page.querySelector('#zh')!.append(el);
    await settle([el]);
    expect(hasHan(valueText(el)), valueText(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.fig')!.textContent).to.match(/\p{Script=Han}/u);
  });

  it('follows a lang or theme change on an ancestor in the document', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><div>${card()}</div></div>`);
    const el = page.querySelector<PearlMetricCard>('pearl-metric-card')!;
    await el.updateComplete;
    page.firstElementChild!.setAttribute('lang', 'zh-Hant');
    await settle([el]);
    expect(hasHan(valueText(el)), valueText(el)).to.equal(true);
    page.setAttribute('theme', 'dark');
    await settle([el]);
    expect(el.getAttribute('data-pearl-theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('follows a lang or theme change on an ancestor inside an outer shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<section lang="en"><div><pearl-metric-card indicator="${ROBOTS}"></pearl-metric-card></div></section>`;
    const el = shadow.querySelector<PearlMetricCard>('pearl-metric-card')!;
    await el.updateComplete;
    expect(hasHan(valueText(el)), valueText(el)).to.equal(false);
    shadow.querySelector('section')!.setAttribute('lang', 'zh-Hans');
    await settle([el]);
    expect(hasHan(valueText(el)), valueText(el)).to.equal(true);
    shadow.querySelector('div')!.setAttribute('theme', 'dark');
    await settle([el]);
    expect(el.getAttribute('data-pearl-theme')).to.equal('dark');
    // Two levels: a card inside a card-like host inside that shadow root.
    const inner = document.createElement('div');
    shadow.querySelector('div')!.append(inner);
    const innerShadow = inner.attachShadow({ mode: 'open' });
    innerShadow.innerHTML = `<p><pearl-metric-card indicator="${ROBOTS}"></pearl-metric-card></p>`;
    const deep = innerShadow.querySelector<PearlMetricCard>('pearl-metric-card')!;
    await deep.updateComplete;
    expect(hasHan(valueText(deep)), valueText(deep)).to.equal(true);
    innerShadow.querySelector('p')!.setAttribute('lang', 'en');
    await settle([deep, el]);
    expect(hasHan(valueText(deep)), valueText(deep)).to.equal(false);
    expect(hasHan(valueText(el)), valueText(el)).to.equal(true);
  });

  it('updates no card for an unrelated change, and only the cards a change affects', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <div id="a">${card()}${card()}</div>
        <div id="b">${card()}</div>
        <p id="other">Text</p>
      </div>`,
    );
    const els = [...page.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await Promise.all(els.map((el) => el.updateComplete));
    const counts = countUpdates(els);
    // A lang, theme or debug change on an element holding no card, a class change, the same lang
    // written again, and a lang that resolves to the same locale: nothing to draw again.
    const other = page.querySelector('#other')!;
    other.setAttribute('lang', 'zh-Hant');
    other.setAttribute('theme', 'dark');
    other.setAttribute('debug', '');
    page.querySelector('#a')!.classList.add('x');
    page.setAttribute('lang', 'en');
    page.setAttribute('lang', 'en-GB');
    await settle(els);
    expect([...counts.values()]).to.deep.equal([0, 0, 0]);
    // zh-Hans around #a: its two cards only.
    page.querySelector('#a')!.setAttribute('lang', 'zh-Hans');
    await settle(els);
    expect([...counts.values()]).to.deep.equal([1, 1, 0]);
    expect(els.map((el) => hasHan(valueText(el)))).to.deep.equal([true, true, false]);
    // A theme on the page: every card.
    page.setAttribute('theme', 'dark');
    await settle(els);
    expect([...counts.values()]).to.deep.equal([2, 2, 1]);
  });
});
