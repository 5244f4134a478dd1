// Type-level test, checked by `npx tsc -p tsconfig.test.json` after the build (never run): the
// generated React 19 JSX types (dist/frameworks/react.d.ts) type each attribute as the element's
// property, so a wrong type, an unknown attribute or an unknown enum value is a compile error.
import type {} from '../../packages/components/dist/frameworks/react.js';
import type { PearlSectorSelectEvent } from '../../packages/components/src/index.js';

export const card = <pearl-metric-card value={20e12} unit="cny" bound="over" period="2024" />;
export const byId = <pearl-metric-card indicator="gd-industrial-output-2024" className="wide" />;
export const bars = (
  <pearl-sector-comparison
    unit="percent"
    items={[{ label: 'A', value: 1 }]}
    onpearl-sector-select={(e: PearlSectorSelectEvent) => e.detail.index}
  />
);
export const progress = <pearl-target-progress value={4800} target={5500} unit="enterprises" />;

// @ts-expect-error: value is a number, not text.
export const text = <pearl-metric-card value="abc" unit="cny" />;
// @ts-expect-error: a misspelt attribute (valeu) is not an attribute of the card.
export const misspelt = <pearl-metric-card valeu={20} unit="cny" />;
// @ts-expect-error: theme is light or dark.
export const theme = <pearl-metric-card theme="blue" />;
// @ts-expect-error: an unknown unit id.
export const unit = <pearl-metric-card value={1} unit="precent" />;
// @ts-expect-error: the select event's detail has no `id`.
export const detail = <pearl-sector-comparison onpearl-sector-select={(e) => e.detail.id} />;
// The entrance animation is the property `animated`: React sets a prop as a property when the element
// has one, and `animate` is HTMLElement's animate() method, which it would overwrite.
export const animated = <pearl-metric-card value={1} unit="cny" animated={false} />;
// @ts-expect-error: `animate` in React would replace the element's animate() method.
export const animate = <pearl-metric-card value={1} unit="cny" animate />;
