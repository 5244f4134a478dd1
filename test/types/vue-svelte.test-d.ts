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

type SvelteBars = SvelteHTMLElements['pearl-sector-comparison'];
export const svelteBars: SvelteBars = {
  unit: 'percent',
  'onpearl-sector-select': (e) => e.detail.value,
};
// @ts-expect-error: sort is one of the documented orders.
export const svelteSort: SvelteBars = { sort: 'random' };
// @ts-expect-error: value is a number.
export const svelteText: SvelteHTMLElements['pearl-target-progress'] = { value: 'abc' };
