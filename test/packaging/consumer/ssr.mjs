// Run by test/node/packaging.test.ts with Node in the throwaway project: the SSR entry.
import { renderComponent } from '@pearl-charts/components/ssr';

const card = await renderComponent('metric-card', {
  attributes: { indicator: 'gd-industrial-output-2024' },
  locale: 'zh-Hant',
  theme: 'dark',
});
const bars = await renderComponent('sector-comparison', {
  attributes: {
    indicators: 'gd-industrial-output-2024 gd-above-scale-industrial-revenue-2024 gd-gdp-2024',
  },
  locale: 'en',
  theme: 'light',
});
process.stdout.write(JSON.stringify({ card, bars }));
