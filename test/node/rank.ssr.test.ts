// <pearl-rank> server-rendered (dist/, as `npm test` builds it): the reading, marks and table are in
// the static HTML, with no style attributes, and the CLI refuses a rank past its peers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { renderStatic } from '@pearl-charts/components/ssr';

const BIN = fileURLToPath(
  new URL('../../packages/components/bin/pearl-charts.js', import.meta.url),
);
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<pearl-rank> on the server', () => {
  it('renders the reading, 31 places, 36 years and the table as static HTML', async () => {
    const r = await renderStatic('rank', {
      attributes: { indicator: 'gd-gdp-rank-2024', of: '31' },
      locale: 'zh-Hant',
    });
    assert.equal(r.error, null);
    assert.doesNotMatch(r.html, / style="/);
    const text = visibleText(r.html);
    assert.match(text, /全國第一 · 連續36年/);
    assert.match(text, /連續36年（1989–2024年）/);
    assert.equal((r.html.match(/part="mark mark-held"/g) ?? []).length, 1);
    assert.equal((r.html.match(/part="mark mark-year"/g) ?? []).length, 36);
    assert.equal((r.html.match(/<li /g) ?? []).length, 31 + 36);
    assert.match(r.html, /<table part="table">/);
    // The positions reach CSS as custom properties in the hashed <style> block.
    assert.match(r.html, /--_x:0;--_w:/);
  });

  it('the CLI exits 1 with the problem for a rank past its peers', () => {
    const c = spawnSync(
      process.execPath,
      [BIN, 'render', 'rank', '--rank', '32', '--of', '31', '--locale', 'en'],
      { encoding: 'utf8' },
    );
    assert.equal(c.status, 1);
    assert.equal(c.stdout, '');
    assert.match(c.stderr, /rank 32 is past the last of 31 places/);
  });
});
