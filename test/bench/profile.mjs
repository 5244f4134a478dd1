#!/usr/bin/env node
// Where our time and memory go on one benchmark page: Chromium's CPU profile (CDP Profiler) of our
// page, self and total time by function (mapped through the bundle's source map to the original file
// and line) and by file, layout and style counters, and a heap snapshot summarised by constructor.
//   node test/bench/profile.mjs [page] [N]    default: the worst time ratio at the largest N in latest.json
//   --reps=K        profile K fresh contexts and add them up (default 3)
//   --heap-n=N      widgets on the page whose heap snapshot is summarised (default 100)
//   --out=FILE      default test/bench/results/profile.md
//   --bundle-dir=DIR  profile the pearl-charts.js in DIR instead of dist (for example an unminified
//                   build, whose constructor names make the heap table readable)
// Run `npm run bench` (or `npm run build`) first: this uses the built bundle as it is.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';
import { KINDS, VIEWPORT, allPages, pagePath, waitForBench } from './pages.mjs';
import { BUNDLE_DIR as DIST_BUNDLE_DIR, serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const BUNDLE_DIR = resolve(option('bundle-dir', DIST_BUNDLE_DIR));
const BUNDLE_MAP = join(BUNDLE_DIR, 'pearl-charts.js.map');
const positional = args.filter((a) => !a.startsWith('--'));
const REPS = Number(option('reps', 3));
const HEAP_N = Number(option('heap-n', 100));
const OUT = resolve(ROOT, option('out', 'test/bench/results/profile.md'));

function pickPage() {
  if (positional.length) return { kind: positional[0], n: Number(positional[1] ?? 1000) };
  const latest = join(ROOT, 'test/bench/results/latest.json');
  if (!existsSync(latest)) return { kind: 'sector-comparison', n: 1000 };
  const { timings } = JSON.parse(readFileSync(latest, 'utf8'));
  const largest = Math.max(...timings.map((t) => t.n));
  const worst = timings
    .filter((t) => t.n === largest && t.page !== 'mixed')
    .sort((a, b) => b.ratio.time.median - a.ratio.time.median)[0];
  return { kind: worst.page, n: largest };
}

const { kind, n } = pickPage();
if (!KINDS[kind]) {
  console.error(`Unknown page ${kind}; one of ${Object.keys(KINDS).join(', ')}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Source mapping of bundle frames

const map = existsSync(BUNDLE_MAP)
  ? new SourceMap(JSON.parse(readFileSync(BUNDLE_MAP, 'utf8')))
  : null;
const sourceLines = new Map();
const shortSource = (s) =>
  s
    .replace(/^(\.\.\/)+/, '')
    .replace(/^node_modules\//, '')
    .replace(/^packages\/components\/src\//, 'src/');

/** Where a profile frame comes from: the original file:line for bundle code, else the page or a tag. */
function locate(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return { file: '(native)', where: '(native)' };
  if (url.includes('/bundle/') && map) {
    const e = map.findEntry(lineNumber, columnNumber);
    if (e?.originalSource) {
      const file = shortSource(e.originalSource);
      const index = map.payload.sources.indexOf(e.originalSource);
      let text = '';
      const content = map.payload.sourcesContent?.[index];
      if (content) {
        if (!sourceLines.has(index)) sourceLines.set(index, content.split('\n'));
        text = sourceLines.get(index)[e.originalLine]?.trim().slice(0, 70) ?? '';
      }
      return { file, where: `${file}:${e.originalLine + 1}`, text };
    }
  }
  if (url.includes('.html'))
    return { file: '(bench page)', where: `(bench page):${lineNumber + 1}` };
  return { file: url, where: `${url}:${lineNumber + 1}` };
}

// ---------------------------------------------------------------------------------------------
// Profiling

async function profileOnce(browser, origin, variant) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // microseconds
  await cdp.send('Profiler.start');
  await page.goto(origin + pagePath(kind, variant, n), { waitUntil: 'load' });
  const timing = await page.evaluate(waitForBench);
  const { profile } = await cdp.send('Profiler.stop');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return { profile, timing, metrics: Object.fromEntries(metrics.map((m) => [m.name, m.value])) };
}

/** Self and total milliseconds per function and self per file, from one profile. */
function aggregate(profile, into) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const keyOf = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const loc = locate(f);
    const name = f.functionName || '(anonymous)';
    const key = f.url ? `${name} ${loc.where}` : name;
    keyOf.set(node.id, key);
    into.info.set(key, { name, ...loc, native: !f.url });
  }
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time runs until the next one.
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const id = samples[i];
    const key = keyOf.get(id);
    into.self.set(key, (into.self.get(key) ?? 0) + ms);
    const file = into.info.get(key).file;
    into.files.set(file, (into.files.get(file) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf.get(at);
      if (seen.has(k)) continue;
      seen.add(k);
      into.total.set(k, (into.total.get(k) ?? 0) + ms);
    }
    into.sampled += ms;
  }
  void nodes;
}

// ---------------------------------------------------------------------------------------------
// Heap: a snapshot after rendering, self size by constructor (objects) or node type (the rest)

async function heapSummary(browser, origin, variant, count) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.goto(origin + pagePath(kind, variant, count), { waitUntil: 'load' });
  await page.evaluate(waitForBench);
  const cdp = await page.createCDPSession();
  let chunks = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => (chunks += e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await context.close();
  const snap = JSON.parse(chunks);
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [T, N, S] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + T]];
    const size = snap.nodes[i + S];
    if (type === 'synthetic' || type === 'native') continue; // Blink objects: not the JS heap
    let name = snap.strings[snap.nodes[i + N]];
    if (type === 'object' || type === 'closure')
      name = `${type === 'closure' ? 'closure ' : ''}${name}`;
    else name = `(${type})`;
    const g = groups.get(name) ?? { count: 0, bytes: 0 };
    g.count++;
    g.bytes += size;
    groups.set(name, g);
    total += size;
  }
  return { total, groups };
}

// ---------------------------------------------------------------------------------------------

const ms = (x) => x.toFixed(1);
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);

async function main() {
  const small = Math.max(1, Math.round(HEAP_N / 10));
  const server = await serve(allPages([n, HEAP_N, small]), { bundleDir: BUNDLE_DIR });
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: chromeArgs,
  });
  try {
    const fresh = () => ({
      self: new Map(),
      total: new Map(),
      files: new Map(),
      info: new Map(),
      sampled: 0,
      timings: [],
      metrics: [],
    });
    const runs = { ours: fresh(), baseline: fresh() };
    await profileOnce(browser, server.origin, 'ours'); // warm-up, discarded
    for (let i = 0; i < REPS; i++) {
      for (const variant of ['ours', 'baseline']) {
        const r = await profileOnce(browser, server.origin, variant);
        aggregate(r.profile, runs[variant]);
        runs[variant].timings.push(r.timing);
        runs[variant].metrics.push(r.metrics);
      }
      console.error(`profile ${i + 1}/${REPS} done`);
    }
    const acc = runs.ours;
    const { timings, metrics } = acc;
    // Per-widget heap: the growth of our page between N/10 and N widgets, so fixed costs (the
    // bundle's code and data) do not count; the hand-written page's growth beside it.
    const heaps = {};
    for (const variant of ['ours', 'baseline'])
      for (const count of [small, HEAP_N])
        heaps[`${variant}${count}`] = await heapSummary(browser, server.origin, variant, count);

    const avg = (f) => metrics.reduce((s, m) => s + f(m), 0) / metrics.length;
    const lines = [];
    lines.push(`# Profile: ${kind}, N = ${n}`);
    lines.push('');
    lines.push(
      `Generated by \`node test/bench/profile.mjs ${kind} ${n}\` on ${new Date().toISOString()}: ` +
        `Chromium's sampling CPU profiler (CDP \`Profiler\`, 100 µs) over our page, from navigation ` +
        `to every widget rendered and laid out, ${REPS} fresh contexts added up (per-run figures are ` +
        `averages). Bundle frames are mapped through \`pearl-charts.js.map\` to the original file and ` +
        `line. Native work (HTML parsing, style, layout) shows as the self time of the JS function ` +
        `that triggered it; \`(program)\` is work outside any JS call.`,
    );
    lines.push('');
    const per = (x) => ms(x / REPS);
    lines.push(
      `Per run: total ${per(timings.reduce((s, t) => s + t.total, 0))} ms (bundle evaluation ` +
        `${per(timings.reduce((s, t) => s + t.script, 0))} ms); ${per(acc.sampled)} ms sampled; ` +
        `${avg((m) => m.LayoutCount)} layouts taking ${ms(avg((m) => m.LayoutDuration) * 1000)} ms, ` +
        `${avg((m) => m.RecalcStyleCount)} style recalculations taking ` +
        `${ms(avg((m) => m.RecalcStyleDuration) * 1000)} ms, script ` +
        `${ms(avg((m) => m.ScriptDuration) * 1000)} ms (Performance.getMetrics).`,
    );
    lines.push('');
    lines.push('## Where the time goes, ours beside hand-written');
    lines.push('');
    lines.push(
      'Self time per run. `done` is the bench page forcing layout (`document.body.offsetHeight`): ' +
        'the style and layout of every widget. `finish` sets `innerHTML`: parsing, and for ours the ' +
        'custom element upgrades. Lit renders into shadow roots from microtasks, under the bundle.',
    );
    lines.push('');
    lines.push('| bucket | ours ms | hand-written ms |');
    lines.push('| --- | ---: | ---: |');
    const bucket = (run, test) => {
      let t = 0;
      for (const [key, v] of run.self) if (test(run.info.get(key), key)) t += v;
      return t / REPS;
    };
    const BUCKETS = [
      ['style and layout (`done`)', (i) => i.name === 'done' && i.file === '(bench page)'],
      [
        'HTML parsing, upgrades (`finish`)',
        (i) => i.name === 'finish' && i.file === '(bench page)',
      ],
      [
        'bundle JS (lit and ours)',
        (i) => !i.native && i.file !== '(bench page)' && !i.file.startsWith('http'),
      ],
      ['DOM calls from JS (importNode, insertBefore…)', (i) => i.native && !i.name.startsWith('(')],
      ['garbage collector', (i) => i.name === '(garbage collector)'],
      ['(program): outside JS', (i) => i.name === '(program)'],
      ['sampled in all', () => true],
    ];
    for (const [label, test] of BUCKETS)
      lines.push(
        `| ${label} | ${ms(bucket(runs.ours, test))} | ${ms(bucket(runs.baseline, test))} |`,
      );
    lines.push('');
    lines.push('## Self time by file');
    lines.push('');
    lines.push('| file | ms per run | share |');
    lines.push('| --- | ---: | ---: |');
    for (const [file, t] of top(acc.files, 15))
      lines.push(`| ${file} | ${per(t)} | ${((t / acc.sampled) * 100).toFixed(1)}% |`);
    const fnTable = (title, m, k) => {
      lines.push('');
      lines.push(`## ${title}`);
      lines.push('');
      lines.push('| function | where | source line | ms per run | share |');
      lines.push('| --- | --- | --- | ---: | ---: |');
      for (const [key, t] of top(m, k)) {
        const i = acc.info.get(key);
        const text = i.text ? `\`${i.text.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '';
        lines.push(
          `| ${i.name} | ${i.native ? '' : i.where} | ${text} | ${per(t)} | ${((t / acc.sampled) * 100).toFixed(1)}% |`,
        );
      }
    };
    fnTable('Self time by function', acc.self, 30);
    fnTable('Total time by function (self and callees)', acc.total, 30);

    lines.push('');
    lines.push(`## JS heap per widget (heap snapshots at N = ${small} and ${HEAP_N}, self sizes)`);
    lines.push('');
    const growth = (variant) => {
      const a = heaps[`${variant}${small}`];
      const b = heaps[`${variant}${HEAP_N}`];
      const rows = [...b.groups.entries()].map(([name, g]) => {
        const s0 = a.groups.get(name) ?? { count: 0, bytes: 0 };
        return [
          name,
          (g.count - s0.count) / (HEAP_N - small),
          (g.bytes - s0.bytes) / (HEAP_N - small),
        ];
      });
      return { rows, perWidget: (b.total - a.total) / (HEAP_N - small), fixed: a.total };
    };
    const go = growth('ours');
    const gb = growth('baseline');
    lines.push(
      `Each widget adds ${(go.perWidget / 1024).toFixed(1)} KB to our JS heap and ` +
        `${(gb.perWidget / 1024).toFixed(2)} KB to the hand-written page's; at N = ${small} the heaps ` +
        `are ${(go.fixed / 2 ** 20).toFixed(2)} MB and ${(gb.fixed / 2 ** 20).toFixed(2)} MB. Minified ` +
        `constructor names are lit's or the bundle's.`,
    );
    lines.push('');
    lines.push('| constructor or type | objects per widget | bytes per widget |');
    lines.push('| --- | ---: | ---: |');
    for (const [name, count, bytes] of go.rows.sort((x, y) => y[2] - x[2]).slice(0, 25))
      lines.push(
        `| ${name.replace(/\|/g, '\\|').slice(0, 80)} | ${count.toFixed(1)} | ${bytes.toFixed(0)} |`,
      );
    lines.push('');
    const md = lines.join('\n');
    writeFileSync(OUT, md);
    console.log(md);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
