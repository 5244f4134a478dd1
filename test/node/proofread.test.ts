// The proofreading page (packages/data/scripts/proofread): every record of data/ beside its quote,
// marked at its offset inside its paragraph, its card text in three scripts, every field, escaped;
// the review flags from data/reviews.json hashes; the filters, in Chromium from file://; the CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { loadRaw } from '../../packages/data/scripts/load.js';
import { proofreadInput } from '../../packages/data/scripts/proofread/input.js';
import {
  proofreadDocument,
  proofreadMarkup,
  type ProofreadInput,
} from '../../packages/data/scripts/proofread/page.js';
import {
  canonicalJson,
  markReviewed,
  recordHash,
} from '../../packages/data/scripts/proofread/review.js';
import { launch } from './browser.js';

type Rec = {
  id: string;
  kind: string;
  status: string;
  source: { seed: string; quote: string; offset: number; figure: string };
  [field: string]: unknown;
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const raw = loadRaw();
const records = raw.indicators as Rec[];
const sources = raw.sources as { seed: string }[];
const realInput = (reviews: unknown = {}) => proofreadInput({ ...raw, reviews });

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
/** Visible text of a piece of markup: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** Each record's <article>, by id. */
function articles(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/<article class="pr-record" id="r-([^"]+)"[\s\S]*?<\/article>/g))
    found.set(textOf(m[1]!), m[0]);
  return found;
}

/** The line of `text` that holds position `at`, found by walking the lines. */
function lineAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  for (const line of text.split('\n')) {
    if (at <= start + line.length) return { start, end: start + line.length };
    start += line.length + 1;
  }
  throw new Error(`position ${at} is past the end`);
}

/**
 * `text` contains `part`. (A bare assert.ok would, on failure, make Node re-read and parse this
 * file under tsx to quote the expression, which takes minutes.)
 */
function has(text: string, part: string) {
  assert.ok(text.includes(part), `missing ${JSON.stringify(part)}`);
}

const reviewOf = (article: string) => /data-review="(\w+)"/.exec(article)?.[1];
const uncheckedCount = (html: string) =>
  Number(/<strong class="pr-unchecked">(\d+)<\/strong>/.exec(html)?.[1]);

/** A one-record input around an invented article, to test what the real data cannot show. */
async function oneRecord(
  record: Partial<Rec> & { source: Rec['source'] },
  seed: string,
  source: Record<string, unknown> = {},
): Promise<string> {
  const full = {
    id: 'test-record',
    labels: { 'zh-Hans': '营收', 'zh-Hant': '營收', en: 'Revenue' },
    value: 10,
    unit: 'percent',
    bound: 'exact',
    status: 'actual',
    period: '2024',
    region: 'guangdong',
    kind: 'growth',
    ...record,
  };
  const input = await proofreadInput({
    indicators: [full],
    sources: [{ seed: 'test.txt', script: 'zh-Hans', ...source }],
    seeds: { 'test.txt': seed },
    reviews: {},
  });
  return proofreadMarkup(input);
}

describe('proofreading page of data/', () => {
  let input: ProofreadInput;
  let html: string;
  let byId: Map<string, string>;
  before(async () => {
    input = await realInput();
    html = proofreadDocument(input);
    byId = articles(html);
  });

  it('has one entry per record, headed by its id', () => {
    assert.equal(byId.size, records.length);
    for (const r of records) {
      const article = byId.get(r.id);
      assert.ok(article, `${r.id} has no entry`);
      assert.ok(article.includes(`<code>${r.id}</code></h3>`), `${r.id} is not in its heading`);
    }
  });

  it('marks each quote at its offset inside the line of the article that holds it', () => {
    for (const r of records) {
      const seed = raw.seeds[r.source.seed]!;
      const { quote, offset } = r.source;
      const line = lineAround(seed, offset);
      const block = /<blockquote[^>]*>([\s\S]*?)<\/blockquote>/.exec(byId.get(r.id)!)?.[1];
      assert.ok(block, `${r.id} has no passage`);
      const [before, marked, after, ...more] = block.split(/<\/?mark>/);
      assert.equal(more.length, 0, `${r.id}: one <mark>`);
      assert.equal(textOf(marked!), quote, `${r.id}: the mark holds the quote`);
      assert.equal(textOf(before!), seed.slice(line.start, offset), `${r.id}: text before`);
      assert.equal(textOf(after!), seed.slice(offset + quote.length, line.end), `${r.id}: after`);
      assert.ok(marked!.includes(`<strong>${r.source.figure}</strong>`), `${r.id}: the figure`);
    }
  });

  it('writes what a card shows in each script, status and period included', () => {
    const article = byId.get('gd-industrial-output-2024')!;
    for (const text of ['超20万亿元', '超20萬億元', 'over 20 trillion yuan', '预计', '預計'])
      assert.ok(article.includes(text), text);
    for (const text of ['广东 · 2024年', '廣東 · 2024年', 'Guangdong · 2024'])
      assert.ok(article.includes(text), text);
    for (const text of ['全部工业总产值', '全部工業總產值', 'Total industrial output'])
      assert.ok(article.includes(`<td>${text}</td>`), text);
  });

  it('lists every field of every record, nested ones too', () => {
    for (const r of records) {
      const article = byId.get(r.id)!;
      const walk = (obj: object) => {
        for (const [key, value] of Object.entries(obj)) {
          assert.ok(article.includes(`<dt>${key}</dt>`), `${r.id}.${key}`);
          if (value && typeof value === 'object' && !Array.isArray(value)) walk(value);
        }
      };
      walk(r);
    }
  });

  it('links a relation to the record it names', () => {
    const r = records.find((x) => x.relations)!;
    const target = Object.values(r.relations as Record<string, string>)[0]!;
    has(byId.get(r.id)!, `<a href="#r-${target}"><code>${target}</code></a>`);
  });

  it('has filters by article, kind, status and review, with data on each record to match', () => {
    const form = /<form class="pr-filters"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const options = (name: string) => {
      const sel = new RegExp(`<select name="${name}">([\\s\\S]*?)</select>`).exec(form)?.[1];
      assert.ok(sel, `a select named ${name}`);
      return [...sel.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
    };
    assert.deepEqual(
      options('seed'),
      sources.map((s) => s.seed),
    );
    assert.deepEqual(options('kind'), [...new Set(records.map((r) => r.kind))].sort());
    assert.deepEqual(options('status'), [...new Set(records.map((r) => r.status))].sort());
    assert.match(form, /<input type="checkbox" name="unchecked"/);
    for (const r of records) {
      const open = /^<article[^>]*>/.exec(byId.get(r.id)!)![0];
      assert.ok(open.includes(`data-seed="${r.source.seed}"`), r.id);
      assert.ok(open.includes(`data-kind="${r.kind}"`), r.id);
      assert.ok(open.includes(`data-status="${r.status}"`), r.id);
    }
  });
});

describe('review flags', () => {
  it('hashes the canonical JSON: sorted keys at every depth, no spaces', async () => {
    const record = { b: 1, a: { d: 'x', c: [3, { f: null, e: true }] } };
    const text = '{"a":{"c":[3,{"e":true,"f":null}],"d":"x"},"b":1}';
    assert.equal(canonicalJson(record), text);
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    assert.equal(await recordHash(record), sha);
    assert.equal(await recordHash({ a: { c: [3, { e: true, f: null }], d: 'x' }, b: 1 }), sha);
    assert.notEqual(await recordHash({ ...record, a: { ...record.a, d: 'y' } }), sha);
  });

  it('flags every record when no one has checked any', async () => {
    const html = proofreadMarkup(await realInput());
    assert.equal(uncheckedCount(html), records.length);
    for (const article of articles(html).values()) {
      assert.equal(reviewOf(article), 'new');
      has(article, 'Not checked since last change (never checked)');
    }
  });

  it('clears the flag of a checked record, and raises it again when the record changes', async () => {
    const id = 'gd-industrial-robot-output-2024';
    const { hashes } = await realInput();
    const reviews = markReviewed({}, [id], hashes, 'Li Ming', '2025-03-01');
    assert.equal(reviews[id]!.hash, await recordHash(records.find((r) => r.id === id)));

    const checked = proofreadMarkup(await realInput(reviews));
    assert.equal(uncheckedCount(checked), records.length - 1);
    assert.equal(reviewOf(articles(checked).get(id)!), 'checked');
    has(articles(checked).get(id)!, 'Checked by Li Ming on 2025-03-01');

    const changed = records.map((r) =>
      r.id === id ? { ...r, source: { ...r.source, figure: '24.68萬臺' } } : r,
    );
    const input = await proofreadInput({ ...raw, indicators: changed, reviews });
    const html = proofreadMarkup(input);
    assert.equal(uncheckedCount(html), records.length);
    assert.equal(reviewOf(articles(html).get(id)!), 'changed');
    has(articles(html).get(id)!, 'changed after Li Ming checked it on 2025-03-01');
  });
});

describe('proofreading page of invented records', () => {
  it('escapes text from records, sources and seeds', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const seed = '标题\n营收<b>增长</b>10%。\n';
    const html = await oneRecord(
      {
        labels: { 'zh-Hans': evil, 'zh-Hant': evil, en: evil },
        kind: 'growth" onmouseover="alert(1)',
        note: `a & b ${evil}`,
        source: { seed: 'test.txt', quote: '<b>增长</b>10%', offset: 5, figure: '10%' },
      },
      seed,
      { title: evil, outlet: `</select>${evil}` },
    );
    assert.ok(!html.includes('<img'), 'no img element');
    assert.ok(!html.includes('<b>'), 'the seed’s markup is text');
    assert.ok(!html.includes('onmouseover="'), 'no event attribute');
    has(html, '&lt;img src=x onerror=alert(1)&gt;');
    has(html, 'data-kind="growth&quot; onmouseover=&quot;alert(1)"');
    has(html, '<mark>&lt;b&gt;增长&lt;/b&gt;<strong>10%</strong></mark>');
    has(html, 'a &amp; b');
  });

  it('marks the occurrence at the offset, not the first one', async () => {
    const seed = '标题\n上半年增长10%，全年增长10%。\n';
    const offset = seed.lastIndexOf('增长10%');
    const html = await oneRecord(
      { source: { seed: 'test.txt', quote: '增长10%', offset, figure: '10%' } },
      seed,
    );
    has(html, '上半年增长10%，全年<mark>增长<strong>10%</strong></mark>。');
  });

  it('shows any field, so fields added to the schema appear', async () => {
    const html = await oneRecord(
      {
        classifier: '家',
        scope: { area: 'province-wide' },
        corroboration: ['another-record', 'its source'],
        source: { seed: 'test.txt', quote: '10%', offset: 0, figure: '10%' },
      },
      '10%',
      { outlet: { 'zh-Hans': '南方日报', 'zh-Hant': '南方日報', en: 'Nanfang Daily' } },
    );
    for (const key of ['classifier', 'scope', 'area', 'corroboration'])
      assert.ok(html.includes(`<dt>${key}</dt>`), key);
    for (const text of ['province-wide', 'another-record', 'its source', 'Nanfang Daily'])
      assert.ok(html.includes(text), text);
    assert.ok(html.includes('<span lang="zh-Hant">南方日報</span>'), 'a script key sets lang');
  });

  it('names a quote that is not at its offset instead of marking the wrong text', async () => {
    const html = await oneRecord(
      { source: { seed: 'test.txt', quote: '增长10%', offset: 0, figure: '10%' } },
      '标题\n增长10%\n',
    );
    assert.match(html, /data-problem/);
    has(html, 'the quote is not at offset 0 (it is at 3)');
    has(html, '<mark>增长<strong>10%</strong></mark>');
    assert.match(html, /<strong class="pr-problem">1<\/strong> with a problem/);
  });
});

describe('filters in Chromium, from file://', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const checkedId = records[0]!.id;
  before(async () => {
    const input = await realInput();
    input.reviews = markReviewed({}, [checkedId], input.hashes, 'Li Ming', '2025-03-01');
    const file = join(mkdtempSync(join(tmpdir(), 'proofread-')), 'proofread.html');
    writeFileSync(file, proofreadDocument(input));
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href);
  });
  after(() => browser?.close());

  const shown = () =>
    page.$$eval('.pr-record', (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({
          seed: el.getAttribute('data-seed'),
          kind: el.getAttribute('data-kind'),
          review: el.getAttribute('data-review'),
        })),
    );
  const choose = (name: string, value: string) =>
    page.$eval(
      `[name="${name}"]`,
      (el, v) => {
        const field = el as HTMLInputElement;
        if (field.type === 'checkbox') field.checked = v === '1';
        else field.value = v;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      },
      value,
    );
  const status = () => page.$eval('.pr-count', (el) => el.textContent);

  it('shows the form and every record at first', async () => {
    assert.equal(await page.$eval('.pr-filters', (el) => (el as HTMLElement).hidden), false);
    assert.equal((await shown()).length, records.length);
    assert.equal(await status(), `Showing ${records.length} of ${records.length} records`);
  });

  it('combines article, kind and not-checked filters', async () => {
    const seed = sources[2]!.seed;
    await choose('seed', seed);
    await choose('kind', 'count');
    const expected = records.filter((r) => r.source.seed === seed && r.kind === 'count');
    assert.ok(expected.length > 1, 'the article has several counts');
    assert.deepEqual(
      await shown(),
      expected.map(() => ({ seed, kind: 'count', review: 'new' })),
    );
    assert.equal(await status(), `Showing ${expected.length} of ${records.length} records`);
    const hiddenSections = await page.$$eval('.pr-article', (els) =>
      els.filter((el) => (el as HTMLElement).hidden).map((el) => el.getAttribute('data-seed')),
    );
    assert.deepEqual(
      hiddenSections,
      sources.map((s) => s.seed).filter((s) => s !== seed),
    );

    await choose('seed', '');
    await choose('kind', '');
    await choose('unchecked', '1');
    const left = await shown();
    assert.equal(left.length, records.length - 1);
    assert.ok(
      left.every((r) => r.review !== 'checked'),
      'no checked record left',
    );
    assert.deepEqual(errors, []);
  });
});

describe('npm run proofread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proofread-cli-'));
  const reviewsFile = join(dir, 'reviews.json');
  const out = join(dir, 'proofread.html');
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/data/scripts/proofread.ts',
        ...['--reviews', reviewsFile, '--out', out],
        ...args,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
  const ids = [records[0]!.id, records[records.length - 1]!.id];

  it('marks records as checked by a person, today, at their current hashes', async () => {
    writeFileSync(reviewsFile, '{}\n');
    const run = cli('--mark', ...ids, '--by', 'Li Ming');
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(out), run.stdout);
    const reviews = JSON.parse(readFileSync(reviewsFile, 'utf8'));
    assert.deepEqual(Object.keys(reviews).sort(), [...ids].sort());
    const today = new Date().toISOString().slice(0, 10);
    for (const id of ids) {
      const hash = await recordHash(records.find((r) => r.id === id));
      assert.deepEqual(reviews[id], { hash, by: 'Li Ming', date: today });
    }
    const html = readFileSync(out, 'utf8');
    assert.equal(uncheckedCount(html), records.length - 2);
  });

  it('refuses to mark without a name or with an unknown id, leaving reviews.json alone', () => {
    writeFileSync(reviewsFile, '{}\n');
    const noName = cli('--mark', ids[0]!);
    assert.equal(noName.status, 1);
    assert.match(noName.stderr, /--by <name>/);
    const unknown = cli('--mark', 'gd-industrial-output-2042', '--by', 'Li Ming');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no such record: gd-industrial-output-2042/);
    assert.equal(readFileSync(reviewsFile, 'utf8'), '{}\n');
  });

  it('data/reviews.json is a map of reviews', () => {
    const reviews = JSON.parse(readFileSync(join(ROOT, 'data', 'reviews.json'), 'utf8'));
    assert.equal(typeof reviews, 'object');
    for (const r of Object.values(reviews) as Record<string, unknown>[])
      assert.deepEqual(Object.keys(r).sort(), ['by', 'date', 'hash']);
  });
});
