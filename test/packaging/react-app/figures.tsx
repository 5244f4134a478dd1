// The README's React 19 example, typed: test/node/packaging.test.ts installs the packed tarballs
// into a fresh project with this folder, type-checks it with tsc and bundles it with Vite.
import '@pearl-charts/components/define';
import '@pearl-charts/components/data';
import type {} from '@pearl-charts/components/react';
import type { PearlSectorSelectEvent } from '@pearl-charts/components';

export function Figures({
  onSelect,
}: {
  onSelect: (detail: PearlSectorSelectEvent['detail']) => void;
}) {
  const items = [
    { label: '先进制造业', value: 57.1 },
    { label: '高技术制造业', value: 32 },
  ];
  return (
    <>
      <pearl-metric-card indicator="gd-industrial-output-2024" lang="zh-Hans" />
      <pearl-sector-comparison
        heading="占规上工业增加值比重"
        items={items}
        unit="percent"
        sort="descending"
        highlight="高技术制造业"
        onpearl-sector-select={(event) => onSelect(event.detail)}
      />
    </>
  );
}
