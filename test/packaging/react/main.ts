// React 19 renders the Pearl elements with properties (test/node/react.test.ts bundles this with
// Vite and drives it in Chromium). No JSX plugin: createElement is what JSX compiles to.
import { createElement as h, Fragment, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registered before the first render, so React 19 sees the properties and sets them (not attributes).
import '@pearl-charts/components/define';
import '@pearl-charts/components/data';
import { getIndicator, type IndicatorId } from '@pearl-charts/data';
import type { PearlSectorSelectEvent } from '@pearl-charts/components';

const ALL: IndicatorId[] = ['gd-industrial-output-2024', 'gd-gdp-2024', 'gd-foreign-trade-2024'];
const itemsOf = (ids: IndicatorId[]) =>
  ids.map((id) => {
    const r = getIndicator(id);
    return { id, label: r.labels['zh-Hant'], value: r.value };
  });

function App() {
  const [ids, setIds] = useState(ALL);
  const [selected, setSelected] = useState('');
  const five = getIndicator('gd-key-industrial-projects-5-categories-investment-2025');
  return h(
    Fragment,
    null,
    h('pearl-metric-card', { id: 'card', indicator: 'gd-industrial-output-2024', lang: 'zh-Hans' }),
    // Host numbers as properties: a number for `value`, and `animated` (not `animate`, a method).
    h('pearl-metric-card', {
      id: 'host',
      value: five.value,
      unit: five.unit,
      label: five.labels.en,
      period: five.period,
      animated: false,
      lang: 'en',
    }),
    h('pearl-sector-comparison', {
      id: 'bars',
      items: itemsOf(ids),
      unit: 'cny',
      sort: 'descending',
      highlight: 'gd-gdp-2024',
      lang: 'zh-Hant',
      'onpearl-sector-select': (event: PearlSectorSelectEvent) => setSelected(event.detail.label),
    }),
    h('output', { id: 'selected' }, selected),
    h('button', { id: 'fewer', type: 'button', onClick: () => setIds(ALL.slice(0, 2)) }, 'Fewer'),
  );
}

createRoot(document.getElementById('root')!).render(h(App));
