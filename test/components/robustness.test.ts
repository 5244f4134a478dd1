/**
 * Issue 14: every element treats bad host input alike. Unknown units are refused with the closest
 * known one; a property of the wrong type shows the error state (never a blank, an uncaught
 * exception or "[object Object]"); direction controls in host text cannot reorder figures; figures
 * outside a sane magnitude are refused. Each test runs on every element.
 */
import { expect, fixture, html, oneEvent } from '../testing.js';
import fc from 'fast-check';
import '../../packages/components/src/define/all.js';
import type { PearlElement } from '../../packages/components/src/shared/pearl-element.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';

type Tag =
  | 'pearl-metric-card'
  | 'pearl-target-progress'
  | 'pearl-sector-comparison'
  | 'pearl-trend'
  | 'pearl-share'
  | 'pearl-rank';

/** A valid widget of each element, from host numbers (no catalogue), in `unit`. */
function make(tag: Tag, unit: string, value = 57.1): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('lang', 'en');
  if (tag === 'pearl-sector-comparison') {
    el.setAttribute(
      'items',
      JSON.stringify([
        { label: 'Alpha', value },
        { label: 'Beta', value: 42.5 },
      ]),
    );
    el.setAttribute('label', 'Shares');
  } else if (tag === 'pearl-trend') {
    el.setAttribute(
      'series',
      JSON.stringify([
        { period: '2023', value },
        { period: '2024', value: 42.5 },
      ]),
    );
    el.setAttribute('label', 'Share');
  } else if (tag === 'pearl-share') {
    el.setAttribute('value', String(Math.min(value, 100)));
    el.setAttribute('whole', 'National total');
    el.setAttribute('label', 'Share');
  } else if (tag === 'pearl-rank') {
    el.setAttribute('rank', '1');
    el.setAttribute('of', '31');
    el.setAttribute('streak', '36');
    el.setAttribute('since', '1989');
    el.setAttribute('label', 'GDP');
    return el;
  } else if (tag === 'pearl-target-progress') {
    el.setAttribute('value', String(value));
    el.setAttribute('target', '80');
    el.setAttribute('value-period', '2024');
    el.setAttribute('target-period', '2027');
    el.setAttribute('label', 'Share');
  } else {
    el.setAttribute('value', String(value));
    el.setAttribute('label', 'Share');
    el.setAttribute('period', '2024');
  }
  el.setAttribute('unit', unit);
  return el;
}

async function mount(el: HTMLElement) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  wrapper.append(el);
  await (el as PearlElement).updateComplete;
  return el as PearlElement;
}

/** Elements that take a unit. */
const TAGS: Tag[] = [
  'pearl-metric-card',
  'pearl-target-progress',
  'pearl-sector-comparison',
  'pearl-trend',
  'pearl-share',
];
/** Every element, for the property fuzz. */
const ALL_TAGS: Tag[] = [...TAGS, 'pearl-rank'];

/** The text a reader sees (hidden pieces left out), whitespace collapsed. */
function seen(el: Element): string {
  return [...el.shadowRoot!.children]
    .map((c) => (c instanceof HTMLElement ? c.innerText : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const errorPart = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]');

describe('unknown units', () => {
  for (const tag of TAGS) {
    it(`<${tag} unit="precent"> shows the error naming the unit and the closest known one`, async () => {
      const el = make(tag, 'precent');
      el.setAttribute('debug', '');
      const errors: PearlErrorEvent[] = [];
      el.addEventListener('pearl-error', (e) => errors.push(e));
      await mount(el);
      expect(errorPart(el), seen(el)).to.not.equal(null);
      expect(seen(el)).to.not.contain('1 precent');
      expect(errors[0]?.detail.code).to.equal('missing-unit');
      expect(errors[0]?.detail.message).to.contain('"precent"');
      expect(errors[0]?.detail.message).to.contain('did you mean "percent"');
    });
  }
});

describe('properties of the wrong type', () => {
  const cases: [Tag, string, string, () => unknown][] = [
    ['pearl-metric-card', 'value', 'Object.create(null)', () => Object.create(null)],
    ['pearl-target-progress', 'value', '{}', () => ({})],
    ['pearl-target-progress', 'target', 'Object.create(null)', () => Object.create(null)],
    ['pearl-sector-comparison', 'highlight', '{}', () => ({})],
    ['pearl-sector-comparison', 'items', 'Object.create(null)', () => Object.create(null)],
    ['pearl-metric-card', 'label', 'a symbol', () => Symbol('label')],
  ];
  for (const [tag, name, shown, bad] of cases) {
    it(`<${tag}>.${name} = ${shown} shows the error state naming ${name}`, async () => {
      const el = await mount(make(tag, 'percent'));
      el.debug = true;
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => {
        rejections.push(e.reason);
        e.preventDefault();
      };
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const event = oneEvent(el, 'pearl-error');
        (el as unknown as Record<string, unknown>)[name] = bad();
        const { detail } = (await event) as PearlErrorEvent;
        await el.updateComplete;
        expect(detail.code).to.equal('wrong-type');
        expect(detail.message).to.contain(name);
        expect(errorPart(el)).to.not.equal(null);
        expect(seen(el)).to.not.match(/TypeError|is not a function|\[object Object\]/);
      } finally {
        await new Promise((r) => setTimeout(r, 0));
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
    });
  }

  /** Any JS value, including the kinds JSON cannot hold. */
  const anyValue = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
    fc.constant(Object.create(null)),
    fc.constant(Symbol('x')),
    fc.constant(() => 1),
    fc.constant('1e308'),
    fc.constant('9'.repeat(400)),
    fc.constant('長'.repeat(20_000)),
    fc.double(),
    fc.constantFrom(-0, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity),
  );

  /** Whether `text` appears in a value (so a label "NaN" may show NaN). */
  function mentions(value: unknown, text: string): boolean {
    try {
      return typeof value === 'string'
        ? value.includes(text)
        : (JSON.stringify(value) ?? '').includes(text);
    } catch {
      return false;
    }
  }

  for (const tag of ALL_TAGS) {
    it(`<${tag}>: any value in any property never throws, blanks, or shows NaN/undefined/[object Object]`, async () => {
      const el = await mount(make(tag, 'percent'));
      const ctor = customElements.get(tag) as unknown as typeof PearlElement;
      const names = [...ctor.elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => String(name));
      const record = el as unknown as Record<string, unknown>;
      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => {
        thrown.push(e.reason);
        e.preventDefault();
      };
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const warn = console.warn;
      console.warn = () => {};
      try {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...names), anyValue, async (name, value) => {
            const before = record[name];
            try {
              record[name] = value;
              await el.updateComplete;
              const text = seen(el);
              expect(text, `${name} blank`).to.not.equal('');
              for (const bad of ['NaN', 'undefined', '[object Object]']) {
                if (!mentions(value, bad)) expect(text, `${name} shows ${bad}`).to.not.contain(bad);
              }
              expect(thrown, name).to.deep.equal([]);
            } finally {
              record[name] = before;
              await el.updateComplete;
            }
          }),
          { numRuns: 400 },
        );
      } finally {
        console.warn = warn;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});

/** Direction controls that, unisolated, reverse or embed what follows them. */
const CONTROLS = ['\u202E', '\u202B', '\u202C\u202E', '\u2069\u202E', '\u2067'];

/**
 * Every figure (digits with their sign, separators and %) in the element's shadow DOM, checked
 * to read left to right on screen: each visible character of it right of the one before.
 */
function reversedFigures(el: Element): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (const m of data.matchAll(/[+\u2212]?\d[\d.,]*%?/g)) {
      let last: DOMRect | null = null;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        if (last && Math.abs(rect.top - last.top) < 2 && rect.left < last.left - 0.5)
          bad.push(`"${m[0]}" in ${JSON.stringify(data)}`);
        last = rect;
      }
    }
  }
  return [...new Set(bad)];
}

describe('direction controls in host text', () => {
  const slots: [Tag, string][] = [
    ['pearl-metric-card', 'period'],
    ['pearl-metric-card', 'label'],
    ['pearl-metric-card', 'context'],
    ['pearl-metric-card', 'notes'],
    ['pearl-metric-card', 'source-name'],
    ['pearl-metric-card', 'source-date'],
    ['pearl-target-progress', 'value-period'],
    ['pearl-target-progress', 'target-period'],
    ['pearl-target-progress', 'label'],
    ['pearl-target-progress', 'description'],
    ['pearl-sector-comparison', 'label'],
    ['pearl-sector-comparison', 'notes'],
    ['pearl-sector-comparison', 'items'],
  ];
  for (const [tag, attribute] of slots) {
    it(`<${tag} ${attribute}> with RLO/RLE/PDF/PDI/RLI cannot reorder the figures`, async () => {
      for (const control of CONTROLS) {
        const el = make(tag, 'percent');
        el.setAttribute('source-name', 'Daily');
        el.setAttribute('context', '1/7 of the total');
        if (attribute === 'items') {
          const items = [
            { label: `Alpha${control}`, value: 57.1 },
            { label: `Beta${control}`, value: 42.5 },
          ];
          el.setAttribute('items', JSON.stringify(items));
        } else {
          const base = el.getAttribute(attribute) ?? 'Text';
          el.setAttribute(attribute, `${base}${control}`);
        }
        await mount(el);
        expect(seen(el)).to.contain('57.1%');
        expect(reversedFigures(el), JSON.stringify(control)).to.deep.equal([]);
        el.remove();
      }
    });
  }
});

describe('bidi isolation of every named piece', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: every part holding text or a figure is a bidi isolate`, async () => {
      const el = make(tag, 'percent');
      el.setAttribute('context', 'Context');
      el.setAttribute('source-name', 'Daily');
      el.setAttribute('notes', 'Note');
      await mount(el);
      const parts = [...el.shadowRoot!.querySelectorAll('[part]')];
      expect(parts.length).to.be.greaterThan(5);
      const open = parts
        .filter((p) => getComputedStyle(p).unicodeBidi !== 'isolate')
        .map((p) => p.getAttribute('part'));
      expect(open).to.deep.equal([]);
    });
  }
});

describe('figures outside a sane magnitude', () => {
  const cases: [Tag, string, number][] = [
    ['pearl-metric-card', 'cny', 1e308],
    ['pearl-metric-card', 'enterprises', -1e14],
    ['pearl-target-progress', 'cny', 1e308],
    ['pearl-target-progress', 'percent', 1e6],
    ['pearl-sector-comparison', 'cny', 1e308],
    ['pearl-sector-comparison', 'percent', -2e4],
  ];
  for (const [tag, unit, value] of cases) {
    it(`<${tag}> refuses ${value} ${unit} (out-of-range naming field and range)`, async () => {
      const el = make(tag, unit, value);
      el.setAttribute('debug', '');
      const errors: PearlErrorEvent[] = [];
      el.addEventListener('pearl-error', (e) => errors.push(e));
      await mount(el);
      expect(errorPart(el), seen(el).slice(0, 80)).to.not.equal(null);
      expect(errors[0]?.detail.code).to.equal('out-of-range');
      expect(errors[0]?.detail.message).to.match(/value/);
      expect(errors[0]?.detail.message).to.contain(unit);
      expect(errors[0]?.detail.message).to.match(/between/);
    });
  }

  it('still shows the largest sane figures, compactly', async () => {
    const card = await mount(make('pearl-metric-card', 'cny', 1e16));
    expect(errorPart(card)).to.equal(null);
    expect(seen(card)).to.contain('10,000 trillion yuan');
  });
});

describe('a language we have no texts for', () => {
  it('lang="de" writes German digits and compact scales around English words, in every element', async () => {
    const card = make('pearl-metric-card', 'cny', 1.5e6);
    card.setAttribute('lang', 'de');
    await mount(card);
    expect(card.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal(
      '1,5\u00a0Mio. yuan',
    ); // Intl's no-break space
    const firms = make('pearl-metric-card', 'enterprises', 73_900);
    firms.setAttribute('lang', 'de');
    await mount(firms);
    expect(seen(firms)).to.contain('73.900 enterprises');
    for (const tag of ['pearl-target-progress', 'pearl-sector-comparison'] as const) {
      const el = make(tag, 'percent');
      el.setAttribute('lang', 'de');
      await mount(el);
      expect(seen(el), tag).to.contain('57,1%');
    }
  });

  it('lang="ja" uses Japanese compact scales; English and Chinese keep ours', async () => {
    const ja = make('pearl-metric-card', 'cny', 73_900);
    ja.setAttribute('lang', 'ja');
    await mount(ja);
    expect(seen(ja)).to.contain('7.39万 yuan');
    const en = make('pearl-metric-card', 'cny', 1.5e6);
    await mount(en);
    expect(seen(en)).to.contain('1.5 million yuan');
  });
});
