// Each line marked `type error` must be a tsc error, and no other line (test/node/packaging.test.ts).
import type {} from '@pearl-charts/components/react';

export const fine = <pearl-metric-card value={20e12} unit="cny" bound="over" />;
export const text = <pearl-metric-card value="abc" unit="cny" />; // type error: a number
export const misspelt = <pearl-metric-card valeu={20} />; // type error: no such attribute
export const theme = <pearl-metric-card theme="blue" />; // type error: light or dark
export const unit = <pearl-metric-card value={1} unit="precent" />; // type error: unit id
// `animate` would replace the element's animate() method in React: the property is `animated`.
export const animate = <pearl-metric-card animate />; // type error: animated
export const detail = <pearl-sector-comparison onpearl-sector-select={(e) => e.detail.id} />; // type error
