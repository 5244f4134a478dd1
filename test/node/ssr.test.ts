// @pearl-charts/components/ssr and the `pearl-charts` CLI, as built (dist/): `npm test` builds first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  renderComponent,
  renderStatic,
  RenderError,
  styleHashes,
} from '@pearl-charts/components/ssr';

const BIN = fileURLToPath(
  new URL('../../packages/components/bin/pearl-charts.js', import.meta.url),
);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** The text a reader sees: tags, comments and <style> blocks removed, whitespace collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('renderComponent()', () => {
  it('renders <pearl-metric-card> with a declarative shadow root, lang and theme attributes', async () => {
    const html = await renderComponent('metric-card', {
      attributes: { indicator: 'gd-industrial-output-2024' },
      locale: 'zh-Hans',
      theme: 'dark',
    });
    assert.match(html, /^<pearl-metric-card [^>]*indicator="gd-industrial-output-2024"/);
    assert.match(html, /^<pearl-metric-card [^>]*lang="zh-Hans"/);
    assert.match(html, /^<pearl-metric-card [^>]*theme="dark"/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(html.endsWith('</pearl-metric-card>'));
    const text = visibleText(html);
    assert.match(text, /全部工业总产值/);
    assert.match(text, /超 20万亿 元/);
    assert.match(text, /南方日报/);
  });

  it('writes zh-Hant and English text for the same indicator', async () => {
    const hant = await renderComponent('pearl-metric-card', {
      attributes: { indicator: 'gd-industrial-output-2024' },
      locale: 'zh-Hant',
    });
    assert.match(visibleText(hant), /超 20萬億 元/);
    const en = await renderComponent('metric-card', {
      attributes: { indicator: 'gd-industrial-output-2024' },
    });
    assert.match(en, /lang="en"/, 'lang defaults to en so hydration sees the same language');
    assert.match(visibleText(en), /over 20 trillion yuan/);
  });

  it('renders the bars of <pearl-sector-comparison> and <pearl-target-progress> without style attributes', async () => {
    const bars = await renderStatic('sector-comparison', {
      attributes: {
        items: JSON.stringify([
          { label: 'A', value: 3 },
          { label: 'B', value: 1 },
        ]),
        unit: 'enterprises',
      },
      locale: 'en',
    });
    assert.equal(bars.error, null);
    assert.doesNotMatch(bars.html, / style="/);
    assert.equal((bars.html.match(/part="bar"/g) ?? []).length, 2);
    // The first bar spans the whole plot, the second a third of it, as custom properties in a <style>;
    // the zero line is one value for the chart, on the list.
    assert.match(bars.html, /\[data-pearl-style="\d+"\]\{--_start:0%;--_size:100%\}/);
    assert.match(bars.html, /\[data-pearl-style="\d+"\]\{--_band:0\.7;--_zero:0%\}/);
    assert.match(bars.html, /--_size:33\.3\d*%/);

    const progress = await renderStatic('target-progress', {
      attributes: { value: '73900', target: '100000', unit: 'enterprises', label: 'Firms' },
    });
    assert.equal(progress.error, null);
    assert.doesNotMatch(progress.html, / style="/);
    assert.match(visibleText(progress.html), /74%/);
    assert.match(progress.html, /role="progressbar"/);
  });

  it('returns a sha256 CSP source for every inline <style>', async () => {
    const r = await renderStatic('target-progress', {
      attributes: { value: '5', target: '10', unit: 'percent' },
    });
    const blocks = [...r.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    assert.equal(blocks.length, 2, 'the component styles and the moved custom properties');
    const expected = blocks.map(
      (b) => `'sha256-${createHash('sha256').update(b).digest('base64')}'`,
    );
    assert.deepEqual(r.styleHashes, expected);
    assert.deepEqual(styleHashes(r.html), expected);
  });

  it('escapes attribute values, so a label cannot inject markup', async () => {
    const html = await renderComponent('metric-card', {
      attributes: { value: '1', unit: 'percent', label: '"><script>alert(1)</script>' },
    });
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /label="&quot;&gt;&lt;script&gt;/);
  });

  it('reports the error state of a component with the message it shows', async () => {
    const r = await renderStatic('metric-card', {
      attributes: { indicator: 'gd-industrial-output-2042' },
    });
    assert.match(r.error ?? '', /gd-industrial-output-2024/, 'suggests the closest id');
  });

  it('rejects an unknown component, attribute or theme with a RenderError', async () => {
    await assert.rejects(renderComponent('pie-chart' as never), (e: unknown) => {
      assert.ok(e instanceof RenderError);
      assert.equal(e.code, 'unknown-component');
      for (const name of [
        'metric-card',
        'target-progress',
        'sector-comparison',
        'trend',
        'share',
        'rank',
      ])
        assert.ok(e.message.includes(name), `names ${name}`);
      return true;
    });
    await assert.rejects(
      renderComponent('metric-card', { attributes: { onclick: 'x' } }),
      /has no attribute "onclick"/,
    );
    await assert.rejects(
      renderComponent('metric-card', { theme: 'blue' as never }),
      /theme must be "light" or "dark"/,
    );
  });
});

describe('pearl-charts CLI', () => {
  it('prints the element for the documented example and exits 0', () => {
    const r = cli(
      'render',
      'metric-card',
      '--indicator',
      'gd-industrial-output-2024',
      '--locale',
      'zh-Hans',
      '--theme',
      'dark',
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<pearl-metric-card [^>]*theme="dark"[^>]*lang="zh-Hans"/);
    assert.match(visibleText(r.stdout), /超 20万亿 元/);
    assert.equal(r.stderr, '');
  });

  it('runs as `npx pearl-charts` (the package bin, linked by npm)', () => {
    const r = spawnSync(
      'npx',
      [
        '--no-install',
        'pearl-charts',
        'render',
        'metric-card',
        '--value',
        '57.1',
        '--unit',
        'percent',
      ],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(visibleText(r.stdout), /57\.1 ?%/);
  });

  it('prints JSON with the CSP hashes on --json', () => {
    const r = cli('render', 'metric-card', '--indicator=gd-industrial-output-2024', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { html: string; styleHashes: string[]; error: null };
    assert.match(out.html, /^<pearl-metric-card/);
    assert.ok(out.styleHashes.every((h) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(h)));
    assert.equal(out.error, null);
  });

  it('--help lists the components, and with a component its attributes', () => {
    const r = cli('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: pearl-charts render <component>/);
    const c = cli('render', 'target-progress', '--help');
    assert.equal(c.status, 0);
    assert.match(c.stdout, /Attributes of <pearl-target-progress>: .*target-indicator/);
  });

  it('exits 2 with a clear message for an unknown component, option or missing value', () => {
    const unknown = cli('render', 'pie-chart');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown component "pie-chart"; expected one of metric-card/);
    assert.equal(unknown.stdout, '');
    const option = cli('render', 'metric-card', '--colour', 'red');
    assert.equal(option.status, 2);
    assert.match(option.stderr, /has no attribute "colour"; it reads .*indicator/);
    const missing = cli('render', 'metric-card', '--locale');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--locale needs a value/);
    assert.equal(cli('draw', 'metric-card').status, 2);
  });

  it('exits 1 when the component shows its error state, with the message on stderr', () => {
    const r = cli('render', 'metric-card', '--indicator', 'no-such-id');
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /shows an error: .*no-such-id/);
  });
});

describe('pearl-charts render: units (issue 14)', () => {
  it('exits non-zero for an unknown unit, naming it and the closest known one, like every element', () => {
    for (const args of [
      ['sector-comparison', '--unit', 'precent'],
      ['metric-card', '--value', '3', '--unit', 'precent'],
      ['target-progress', '--value', '3', '--target', '5', '--unit=precent'],
      ['metric-card', '--value', '3', '--unit', 'cny', '--delta', '1', '--delta-unit', 'ppp'],
    ]) {
      const r = cli('render', ...args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Unknown unit "(precent|ppp)"/);
      assert.match(r.stderr, /did you mean "(percent|pp)"\?/);
    }
    assert.equal(cli('render', 'metric-card', '--value', '3', '--unit', 'percent').status, 0);
  });
});
