/**
 * Issue 14: a host site registers units of its own (`registerUnit`), and every element shows them
 * in the three scripts; the registry is the page's, shared by every copy of Pearl Charts.
 */
import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/all.js';
import { registerUnit } from '../../packages/components/src/index.js';
import { checkUnit, closestUnit } from '../../packages/components/src/format/units.js';
import { formatValue } from '../../packages/components/src/format/number.js';
import { pageRegistry } from '../../packages/components/src/shared/catalog.js';
import type { PearlElement } from '../../packages/components/src/shared/pearl-element.js';

before(() => {
  registerUnit('eur', {
    kind: 'money',
    labels: { 'zh-Hans': '欧元', 'zh-Hant': '歐元', en: 'euros' },
    enOne: 'euro',
    prefix: '€',
  });
  registerUnit('tonnes', {
    kind: 'measure',
    labels: { 'zh-Hans': '吨', 'zh-Hant': '噸', en: 'tonnes' },
    enOne: 'tonne',
  });
  registerUnit('km', {
    kind: 'measure',
    labels: { 'zh-Hans': '公里', 'zh-Hant': '公里', en: 'km' },
  });
  registerUnit('wan-yuan', {
    kind: 'money',
    labels: { 'zh-Hans': '元', 'zh-Hant': '元', en: 'yuan' },
    scale: 4,
  });
});

const text = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)]
    .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
    .join(' | ');

async function inLang<T extends PearlElement>(lang: string, markup: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

describe('registerUnit()', () => {
  it('keeps registered units in the page-wide registry, shared by every copy', () => {
    expect(pageRegistry().units.has('eur')).to.equal(true);
    expect(checkUnit('eur', 'value').ok).to.equal(true);
    expect(closestUnit('eru')).to.equal('eur');
  });

  it('refuses a malformed definition or a vocabulary id', () => {
    expect(() =>
      registerUnit('cny', { kind: 'money', labels: { 'zh-Hans': '', 'zh-Hant': '', en: '' } }),
    ).to.throw(TypeError);
    expect(() =>
      registerUnit('Bad Id', { kind: 'money', labels: { 'zh-Hans': '', 'zh-Hant': '', en: '' } }),
    ).to.throw(TypeError);
    expect(() =>
      registerUnit('x', {
        kind: 'volume' as 'money',
        labels: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
      }),
    ).to.throw(TypeError);
    expect(() => registerUnit('y', { kind: 'count' } as never)).to.throw(TypeError);
  });

  it('a metric card shows a registered money unit in three scripts, with its symbol in English', async () => {
    const expected: [string, string][] = [
      ['zh-Hans', '150万欧元'],
      ['zh-Hant', '150萬歐元'],
      ['en', '€1.5 million'],
    ];
    for (const [lang, figure] of expected) {
      const el = await inLang(
        lang,
        html`<pearl-metric-card value="1500000" unit="eur" label="x"></pearl-metric-card>`,
      );
      expect(text(el, 'value'), lang).to.equal(figure);
    }
    const one = await inLang(
      'en',
      html`<pearl-metric-card value="-1" unit="eur"></pearl-metric-card>`,
    );
    expect(text(one, 'value')).to.equal('\u2212€1');
  });

  it('a unit counted in 万 (scale 4) shows the number it stands for', () => {
    expect(formatValue(7.39, { unit: 'wan-yuan' as never, locale: 'zh-Hans' })).to.equal(
      '7.39万元',
    );
    expect(formatValue(7.39, { unit: 'wan-yuan' as never, locale: 'en' })).to.equal('73,900 yuan');
  });

  it('a sector comparison and a target progress show a registered measure in three scripts', async () => {
    const items = JSON.stringify([
      { label: 'A', value: 12 },
      { label: 'B', value: 8 },
    ]);
    const values: [string, string[]][] = [
      ['zh-Hans', ['12吨', '8吨']],
      ['zh-Hant', ['12噸', '8噸']],
      ['en', ['12', '8']],
    ];
    for (const [lang, shown] of values) {
      const el = await inLang(
        lang,
        html`<pearl-sector-comparison unit="tonnes" items=${items}></pearl-sector-comparison>`,
      );
      expect(text(el, 'error'), lang).to.equal('');
      for (const v of shown) expect(text(el, 'value'), lang).to.contain(v);
      if (lang === 'en') expect(text(el, 'unit')).to.contain('tonnes');
    }
    const targets: [string, string][] = [
      ['zh-Hans', '200公里'],
      ['zh-Hant', '200公里'],
      ['en', '200 km'],
    ];
    for (const [lang, target] of targets) {
      const el = await inLang(
        lang,
        html`<pearl-target-progress
          value="120"
          target="200"
          unit="km"
          label="Road"
        ></pearl-target-progress>`,
      );
      expect(text(el, 'target-label'), lang).to.contain(target);
    }
  });

  it('re-renders an element that was waiting for its unit', async () => {
    const el = await inLang(
      'en',
      html`<pearl-metric-card value="3" unit="furlongs"></pearl-metric-card>`,
    );
    expect(text(el, 'error')).to.not.equal('');
    registerUnit('furlongs', {
      kind: 'measure',
      labels: { 'zh-Hans': '浪', 'zh-Hant': '浪', en: 'furlongs' },
    });
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('3 furlongs');
    pageRegistry().units.delete('furlongs');
  });
});
