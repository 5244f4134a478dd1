// The script-tag bundle carries the indicator records without their reviewers' notes
// (packages/components/scripts/widget-data.mjs); the npm data package keeps them.
// Needs `npm run build` first (npm test builds).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { INDICATORS } from '@pearl-charts/data';
import { stripNotes } from '../../packages/components/scripts/widget-data.mjs';

const bundle = (file: string) =>
  readFileSync(new URL(`../../packages/components/dist/${file}`, import.meta.url), 'utf8');

describe('widget data', () => {
  it('stripNotes() drops every note member and nothing else', () => {
    const records = [
      { id: 'a', source: { quote: 'x "note": "y"' }, note: 'Read as "over", see 预计.' },
      { id: 'b', value: 1 },
    ];
    const code = `export const INDICATORS = ${JSON.stringify(records, null, 1)};`;
    const parsed = JSON.parse(stripNotes(code).slice('export const INDICATORS = '.length, -1));
    assert.deepEqual(parsed, [
      { id: 'a', source: { quote: 'x "note": "y"' } },
      { id: 'b', value: 1 },
    ]);
  });

  it('the bundles with data hold every quote and no note', () => {
    const withNotes = INDICATORS.filter((r) => r.note);
    assert.ok(withNotes.length > 10, 'the data has notes to leave out');
    for (const file of ['bundle/pearl-charts.js', 'bundle/pearl-charts.iife.js']) {
      const code = bundle(file);
      for (const r of INDICATORS)
        assert.ok(code.includes(r.source.quote), `${file}: ${r.id} quote`);
      for (const r of withNotes) assert.ok(!code.includes(r.note!), `${file}: ${r.id} note`);
    }
  });
});
