// Ids are public API: published articles embed them. Every widget resolves an old id of a merged or
// renamed record to the record that holds the fact now, and says why for a removed one.
import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/all.js';
import '../../packages/components/src/data.js';
import { getCatalog, registerCatalog } from '../../packages/components/src/shared/catalog.js';
import type { PearlErrorEvent } from '../../packages/components/src/shared/events.js';
import { ALIASES, resolveId } from '../../packages/data/src/index.js';

/** What one widget reports as `pearl-error` once rendered, or [] when it renders its figure. */
async function errorsOf(template: ReturnType<typeof html>): Promise<PearlErrorEvent['detail'][]> {
  const seen: PearlErrorEvent['detail'][] = [];
  const wrapper = await fixture(
    html`<div @pearl-error=${(e: PearlErrorEvent) => seen.push(e.detail)}>${template}</div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return seen;
}

describe('published ids', () => {
  const saved = getCatalog()!;
  afterEach(() => registerCatalog(saved));

  /** The real catalogue, with one removed id and one renamed id of our own. */
  function withChanges() {
    registerCatalog({
      ...saved,
      find: (id) => saved.find(id === 'gd-gdp-old-name' ? 'gd-gdp-2024' : id),
      removed: (id) => (id === 'gd-slogan-2025' ? 'a slogan, not a measurement' : undefined),
    });
  }

  for (const [tag, attr] of [
    ['pearl-metric-card', 'indicator'],
    ['pearl-target-progress', 'indicator'],
    ['pearl-sector-comparison', 'indicators'],
  ] as const) {
    it(`<${tag}> says why a removed id shows no figure`, async () => {
      withChanges();
      const el = document.createElement(tag);
      el.setAttribute(attr, 'gd-slogan-2025');
      const errors = await errorsOf(html`${el}`);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-indicator']);
      expect(errors[0]!.message).to.contain(
        'was removed from the data: a slogan, not a measurement',
      );
      expect(errors[0]!.message).not.to.contain('Did you mean');
    });
  }

  it('<pearl-metric-card> shows the record an old id now names', async () => {
    withChanges();
    const errors = await errorsOf(
      html`<pearl-metric-card indicator="gd-gdp-old-name" lang="en"></pearl-metric-card>`,
    );
    expect(errors).to.deep.equal([]);
  });

  it('every alias in data/aliases.json resolves as it says, in the browser build too', () => {
    for (const [old, alias] of Object.entries(ALIASES))
      expect(resolveId(old).status).to.equal('to' in alias ? 'alias' : 'removed');
  });
});
