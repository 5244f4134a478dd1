// Run by test/node/packaging.test.ts with Node in the throwaway project: the DOM-free entries.
import { formatIndicator, formatPeriod } from '@pearl-charts/components/format';
import { getIndicator, INDICATORS } from '@pearl-charts/data';
import catalogue from '@pearl-charts/data/indicators.json' with { type: 'json' };

const record = getIndicator('gd-industrial-output-2024');
const result = {
  'zh-Hant': formatIndicator(record, 'zh-Hant'),
  'zh-Hans': formatIndicator(record, 'zh-Hans'),
  en: formatIndicator(record, 'en'),
  period: formatPeriod(record.period, 'en'),
  records: INDICATORS.length,
  jsonRecords: catalogue.indicators.length,
};
// The root entry has no side effects: importing it registers no tag; `define` does.
const root = await import('@pearl-charts/components');
result.rootHasClass = typeof root.PearlMetricCard === 'function';
result.registeredByRoot = !!globalThis.customElements?.get('pearl-metric-card');
await import('@pearl-charts/components/define');
result.registeredByDefine = !!globalThis.customElements?.get('pearl-metric-card');
process.stdout.write(JSON.stringify(result));
