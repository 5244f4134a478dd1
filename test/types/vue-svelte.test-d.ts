// Type-level test (tsc only): the generated Vue GlobalComponents (dist/frameworks/vue.d.ts), which
// vue-tsc uses for <pearl-metric-card> in templates, and Svelte 5's SvelteHTMLElements
// (dist/frameworks/svelte.d.ts), which svelte-check uses; checked here on the props types they declare.
import type {} from '../../packages/components/dist/frameworks/vue.js';
import type {} from '../../packages/components/dist/frameworks/svelte.js';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

type VueCard = InstanceType<GlobalComponents['pearl-metric-card']>['$props'];
export const vueCard: VueCard = { value: 20e12, unit: 'cny', 'better-when': 'higher' };
// @ts-expect-error: value is a number, not text.
export const vueText: VueCard = { value: 'abc' };
// @ts-expect-error: a misspelt attribute is not a prop.
export const vueMisspelt: VueCard = { valeu: 20 };
// HTML attributes are props too (for vue-tsc's checkUnknownProps), and the animation is `animated`.
export const vueHtml: VueCard = { id: 'card', lang: 'zh-Hant', animated: true };
// @ts-expect-error: `animate` would replace the element's animate() method (Vue sets properties).
export const vueAnimate: VueCard = { animate: true };

type SvelteBars = SvelteHTMLElements['pearl-sector-comparison'];
export const svelteBars: SvelteBars = {
  unit: 'percent',
  'onpearl-sector-select': (e) => e.detail.value,
};
// @ts-expect-error: sort is one of the documented orders.
export const svelteSort: SvelteBars = { sort: 'random' };
// @ts-expect-error: `animate` would replace the element's animate() method; the prop is `animated`.
export const svelteAnimate: SvelteHTMLElements['pearl-metric-card'] = { animate: true };
// @ts-expect-error: value is a number.
export const svelteText: SvelteHTMLElements['pearl-target-progress'] = { value: 'abc' };
