/** @jsxImportSource preact */
// Type-level test (tsc only): the generated Preact JSX types (dist/frameworks/preact.d.ts).
import type {} from '../../packages/components/dist/frameworks/preact.js';

export const card = <pearl-metric-card value={20e12} unit="cny" class="wide" />;
export const select = (
  <pearl-sector-comparison onpearl-sector-select={(e) => e.detail.label.length} />
);

// @ts-expect-error: value is a number, not text.
export const text = <pearl-metric-card value="abc" unit="cny" />;
// @ts-expect-error: a misspelt attribute is not an attribute of the card.
export const misspelt = <pearl-metric-card valeu={20} />;
export const animated = <pearl-metric-card value={1} unit="cny" animated />;
// @ts-expect-error: `animate` would replace the element's animate() method (Preact sets properties).
export const animate = <pearl-metric-card value={1} unit="cny" animate />;
