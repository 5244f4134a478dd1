// Bundled by Vite (test/node/packaging.test.ts) from the installed packages, as a site's build would.
import '@pearl-charts/components/define';
import '@pearl-charts/components/data';
import { getIndicator, type IndicatorId } from '@pearl-charts/data';

const ids: IndicatorId[] = ['gd-industrial-output-2024', 'gd-gdp-2024', 'gd-foreign-trade-2024'];
const chart = document.querySelector('pearl-sector-comparison');
// Host numbers as a property: an array, no JSON attribute.
if (chart)
  chart.items = ids.map((id) => {
    const r = getIndicator(id);
    return { id, label: r.labels['zh-Hant'], value: r.value };
  });
