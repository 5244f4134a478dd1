// The script-tag bundle: every element and every indicator, so `indicator="…"` works on a blank page.
// Hydration support first: it must run before Lit defines an element, so that server-rendered
// markup (`@pearl-charts/components/ssr`) is hydrated in place instead of rendered again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../define/all.js';
import '../data.js';
export * from '../index.js';
