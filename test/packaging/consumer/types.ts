/// <reference types="@pearl-charts/components/bundle/iife" />
// Type-checked by test/node/packaging.test.ts inside a throwaway project that installed the packed
// tarballs, once with moduleResolution nodenext and once with bundler, and skipLibCheck off: every
// entry must resolve to its own declarations, and the declarations must not reach outside the package.
import { formatIndicator, formatValue, type FormatLocale } from '@pearl-charts/components/format';
import {
  PearlMetricCard,
  PearlSectorComparison,
  layoutTargetProgress,
} from '@pearl-charts/components';
import '@pearl-charts/components/define';
import '@pearl-charts/components/define/metric-card';
import '@pearl-charts/components/data';
import * as bundle from '@pearl-charts/components/bundle';
import * as nodata from '@pearl-charts/components/bundle/nodata';
import { renderComponent } from '@pearl-charts/components/ssr';
import { getIndicator, type Indicator } from '@pearl-charts/data';
import { UNITS } from '@pearl-charts/data/vocab';

const locale: FormatLocale = 'zh-Hant';
const record: Indicator = getIndicator('gd-industrial-output-2024');
export const text: string = formatIndicator(record, locale);
export const plain: string = formatValue(73_900, { unit: 'enterprises', locale: 'en' });
// @ts-expect-error an id that is not in the data
getIndicator('gd-no-such-figure');

const card: PearlMetricCard = document.createElement('pearl-metric-card');
card.unit = 'cny';
// @ts-expect-error not a unit id of the vocabulary
card.unit = 'furlongs';
card.animated = true;

const bars: PearlSectorComparison = document.createElement('pearl-sector-comparison');
bars.items = [{ label: UNITS.cny.label.en, value: 1 }];
document.addEventListener('pearl-sector-select', (e) => e.detail.index.toFixed());
document.addEventListener('pearl-error', (e) => e.detail.code.toUpperCase());

export const html: Promise<string> = renderComponent('metric-card', {
  attributes: { indicator: 'gd-industrial-output-2024' },
  locale: 'zh-Hans',
  theme: 'dark',
});

export const same: boolean =
  window.PearlCharts.PearlMetricCard === bundle.PearlMetricCard &&
  nodata.PearlTargetProgress === bundle.PearlTargetProgress &&
  typeof layoutTargetProgress === 'function';
