// The site around the README's example: the selected bar and a card's error reach React state through
// `on<event>` props; the host's own number goes in as a property (`value`, `animated`).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Figures } from './figures.js';

function App() {
  const [selected, setSelected] = useState('');
  const [error, setError] = useState('');
  return (
    <>
      <Figures onSelect={(detail) => setSelected(detail.label)} />
      <output id="selected">{selected}</output>
      <pearl-metric-card
        id="host"
        value={165_800_000_000}
        unit="cny"
        label="Investment in five categories of industrial projects"
        period="2025"
        animated={false}
        lang="en"
      />
      <pearl-metric-card
        id="broken"
        indicator="gd-no-such-figure"
        lang="en"
        onpearl-error={(event) => setError(event.detail.code)}
      />
      <output id="error">{error}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
