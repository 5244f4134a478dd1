// The script-tag bundle for pages that pass their own numbers: every element, no indicator data.
// Hydration support first: it must run before Lit defines an element (see with-data.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../define/all.js';
export * from '../index.js';
