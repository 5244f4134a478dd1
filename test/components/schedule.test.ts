import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/metric-card.js';
import '../../packages/components/src/data.js';
import type { PearlMetricCard } from '../../packages/components/src/metric-card/metric-card.js';
import { slicing, waiting } from '../../packages/components/src/shared/schedule.js';

const ROBOTS = 'gd-industrial-robot-output-2024';
const N = 40;

/**
 * A clock that moves one "millisecond" each time it is read, so that a slice of 6 holds a few
 * first renders whatever the machine: the test is about order and reservation, not speed.
 */
function fakeClock() {
  const real = { ...slicing };
  let t = 0;
  slicing.now = () => ++t;
  slicing.budgetMs = 6;
  return () => Object.assign(slicing, real);
}

async function tokens() {
  const css = await (await fetch('/packages/components/src/shared/tokens.css')).text();
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

async function page() {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 600px"></div>`);
  wrapper.append(await tokens());
  const main = document.createElement('main');
  wrapper.append(main);
  return main;
}

const cards = (n: number) =>
  Array.from(
    { length: n },
    () => `<pearl-metric-card indicator="${ROBOTS}"></pearl-metric-card>`,
  ).join('');

describe('first renders in time slices', () => {
  let restore: () => void;
  beforeEach(() => (restore = fakeClock()));
  afterEach(() => restore());

  it('draws the first cards at once, the rest later in document order, keeping their height', async () => {
    const main = await page();
    main.innerHTML = cards(N);
    const els = [...main.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await els[0]!.updateComplete;
    const drawn = els.map((el) => el.hasUpdated);
    // Some, not all, in the first slice; the first ones first.
    expect(drawn[0]).to.equal(true);
    expect(drawn.filter(Boolean).length).to.be.below(N);
    expect(drawn.indexOf(false)).to.equal(drawn.filter(Boolean).length);
    expect(waiting()).to.be.above(0);
    // A waiting card keeps the height the page reserved for it (tokens.css: 11.75rem).
    const pending = els[N - 1]!;
    expect(pending.hasAttribute('data-pearl-pending')).to.equal(true);
    expect(getComputedStyle(pending).minHeight).to.equal('188px');
    expect(pending.getBoundingClientRect().height).to.equal(188);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.every((el) => el.hasUpdated)).to.equal(true);
    expect(main.querySelector('[data-pearl-pending]')).to.equal(null);
    expect(getComputedStyle(pending).minHeight).to.equal('0px');
    // Drawn late, it skips style and layout while off screen, kept at its reserved height until
    // seen; the first cards, drawn at once, do not.
    expect(getComputedStyle(pending).contentVisibility).to.equal('auto');
    expect(getComputedStyle(pending).containIntrinsicBlockSize).to.equal('auto 188px');
    expect(getComputedStyle(els[0]!).contentVisibility).to.equal('visible');
    expect(pending.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.contain('246,800');
  });

  it('draws a waiting card that comes into view before the ones waiting ahead of it off screen', async () => {
    const main = await page();
    const n = 200;
    main.innerHTML = cards(n);
    const els = [...main.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await els[0]!.updateComplete;
    // The page moves the last card, last in line, to the top, where the reader is.
    const moved = els[n - 1]!;
    expect(moved.hasAttribute('data-pearl-pending')).to.equal(true);
    main.prepend(moved);
    await moved.updateComplete;
    // Cards queued before it, still off screen, still wait.
    const ahead = els.slice(n - 20, n - 1);
    expect(ahead.filter((el) => el.hasUpdated).length, 'drawn before the one in view').to.equal(0);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.every((el) => el.hasUpdated)).to.equal(true);
  });

  it('draws every waiting card before printing', async () => {
    const main = await page();
    main.innerHTML = cards(N);
    const els = [...main.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await els[0]!.updateComplete;
    expect(waiting()).to.be.above(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(waiting()).to.equal(0);
    expect(els.every((el) => el.hasUpdated)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await Promise.all(els.map((el) => el.updateComplete));
  });

  it('redraws for a new page language in turns, the first cards first', async () => {
    const main = await page();
    main.innerHTML = cards(N);
    const els = [...main.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await Promise.all(els.map((el) => el.updateComplete));
    const value = (el: PearlMetricCard) =>
      el.shadowRoot!.querySelector('[part~="value"]')!.textContent!;
    expect(value(els[N - 1]!)).to.contain('246,800');
    main.parentElement!.lang = 'zh-Hans';
    await null; // the context observer's callback runs first
    await els[0]!.updateComplete;
    const redrawn = els.map((el) => value(el).includes('万'));
    // Some, not all, in the first slice; the first ones first; the rest wait their turn.
    expect(redrawn[0]).to.equal(true);
    expect(redrawn.filter(Boolean).length).to.be.below(N);
    expect(redrawn.indexOf(false)).to.equal(redrawn.filter(Boolean).length);
    expect(waiting()).to.be.above(0);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(waiting()).to.equal(0);
    expect(els.every((el) => value(el).includes('24.68万'))).to.equal(true);
  });

  it('does not defer later updates', async () => {
    const main = await page();
    main.innerHTML = cards(N);
    const els = [...main.querySelectorAll<PearlMetricCard>('pearl-metric-card')];
    await Promise.all(els.map((el) => el.updateComplete));
    slicing.budgetMs = 0;
    for (const el of els) el.setAttribute('value', '5');
    await els[0]!.updateComplete;
    // All in the same task as the first, none waiting.
    expect(els.filter((el) => el.isUpdatePending).length).to.equal(0);
    expect(waiting()).to.equal(0);
  });
});
