#!/usr/bin/env node
// `npm run bench`: our components against hand-written baselines of the same pictures, in headless
// Chromium, plus the size of every published entry. Writes test/bench/results/latest.{json,md} and
// prints the Markdown. Options:
//   --quick      N = 1 and 100 only, 3 repetitions (a smoke run; the committed results use the full run)
//   --reps=K     K fresh browser contexts per page and variant (default 5, the least the result needs)
//   --build      rebuild first even when the bundle exists (default: build only when it is missing)
//   --no-sizes   skip the size table (keeps the previous one when results exist)
//   --bytes      only the bytes each page downloads, loader against single bundle (bytes.mjs); no timing
//   --out=DIR    write the results elsewhere (default test/bench/results)
//   --bundle-dir=DIR  serve pearl-charts.js from DIR instead of dist (to measure an experimental build)
//   --pages=a,b  only these pages (metric-card, target-progress, sector-comparison, trend, share,
//                rank, mixed)
//   --n=a,b      only these N (1, 100, 1000); with --pages, for trying a change on one page quickly
//   --main-thread-only  only the main-thread rows (longest task, total blocking time at N = 1000 and
//                5000), written to main-thread.{json,md} instead of latest.*; --pages and --n apply
//   --only=a,b   only these sections, each written to <section>.{json,md} instead of latest.*:
//                main-thread, style-layout (style and layout time per widget at N = 50, 500, 1000),
//                language (a page-language switch at N = 100, 1000), first-widget (N = 1, with its
//                breakdown); --pages and --n apply
// Ratios are the result: ours divided by the baseline of the same repetition, both measured in fresh
// browser contexts back to back, the variant order alternating between repetitions.
/* global document, window, performance, Node, getComputedStyle, Image, OffscreenCanvas, PerformanceObserver, requestAnimationFrame, setTimeout -- functions passed to page.evaluate run in the page */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';
import { KINDS, VIEWPORT, allPages, pagePath, waitForBench } from './pages.mjs';
import { BUNDLE_DIR as DIST_BUNDLE_DIR, serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(ROOT); // sizes.mjs names modules relative to the working directory

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const CUSTOM_BUNDLE = option('bundle-dir', null);
const BUNDLE_DIR = CUSTOM_BUNDLE ? resolve(CUSTOM_BUNDLE) : DIST_BUNDLE_DIR;
const BUNDLE = join(BUNDLE_DIR, 'pearl-charts.js');
const QUICK = flag('quick');
const list = (name) => option(name, null)?.split(',').filter(Boolean) ?? null;
const NS = list('n')?.map(Number) ?? (QUICK ? [1, 100] : [1, 100, 1000]);
const PAGES = list('pages') ?? Object.keys(KINDS);
for (const page of PAGES) {
  if (!Object.hasOwn(KINDS, page)) {
    console.error(`Unknown page "${page}"; the pages are ${Object.keys(KINDS).join(', ')}`);
    process.exit(1);
  }
}
const REPS = Number(option('reps', QUICK ? 3 : 5));
const OUT = resolve(ROOT, option('out', 'test/bench/results'));
/** The targets, at N = 1000: time ratio per page and the heap ratio for all. */
const TIME_TARGET = { 'metric-card': 1.3, 'target-progress': 1.5, 'sector-comparison': 1.5 };
const HEAP_TARGET = 3;
const TARGET_N = 1000;
/** The main-thread rows: long tasks while N widgets render. */
const MAIN_THREAD_NS = list('n')?.map(Number) ?? (QUICK ? [1000] : [1000, 5000]);
/** The style-and-layout rows: style and layout time per widget, every widget laid out. */
const STYLE_NS = list('n')?.map(Number) ?? (QUICK ? [50] : [50, 500, 1000]);
/** The language rows: switching the page's language with N widgets on it. */
const LANGUAGE_NS = list('n')?.map(Number) ?? (QUICK ? [100] : [100, 1000]);
const SECTIONS = ['main-thread', 'style-layout', 'language', 'first-widget'];
const ONLY = flag('main-thread-only') ? ['main-thread'] : list('only');
for (const section of ONLY ?? []) {
  if (!SECTIONS.includes(section)) {
    console.error(`Unknown section "${section}"; the sections are ${SECTIONS.join(', ')}`);
    process.exit(1);
  }
}
/** A task longer than this blocks input (the long-task threshold); the limit for any task. */
const LONG_TASK_MS = 50;

const started = Date.now();
const log = (...a) => console.error(...a); // progress on stderr, the table on stdout

// ---------------------------------------------------------------------------------------------
// Build

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  if (CUSTOM_BUNDLE) {
    if (existsSync(BUNDLE)) return;
    log(`No pearl-charts.js in ${BUNDLE_DIR}`);
    process.exit(1);
  }
  const missing = !existsSync(BUNDLE) || !existsSync(join(ROOT, 'packages/data/dist/index.js'));
  if (missing || flag('build')) {
    log(missing ? 'No built bundle: running npm run build' : 'Rebuilding (--build)');
    const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
    if (r.status !== 0) {
      log('npm run build failed');
      process.exit(1);
    }
  } else if (newestMtime(join(ROOT, 'packages/components/src')) > statSync(BUNDLE).mtimeMs) {
    log('warning: packages/components/src is newer than the bundle; pass --build to rebuild first');
  }
}

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh browser context, one page, N widgets

/** In the page: elements per widget, counting the host and every element in its shadow roots. */
function countElements() {
  const count = (node) => {
    let n = 0;
    for (const el of node.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  const root = document.getElementById('root');
  return count(root) / root.children.length;
}

async function measure(browser, origin, kind, variant, n) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    // As long as waitForBench allows: 1000 widgets on a busy machine can take more than 30 s to load.
    page.setDefaultNavigationTimeout(120_000);
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(origin + pagePath(kind, variant, n), { waitUntil: 'load' });
    const timing = await page.evaluate(waitForBench);
    if (errors.length) throw new Error(`${pagePath(kind, variant, n)}: ${errors.join('; ')}`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const elements = await page.evaluate(countElements);
    return {
      ...timing,
      heap: heap.usedSize,
      embedderHeap: heap.embedderHeapUsedSize ?? null,
      heapWithDom: heap.usedSize + (heap.embedderHeapUsedSize ?? 0),
      elements,
      layouts: metric('LayoutCount'),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main thread: long tasks from the first byte until every widget is drawn and laid out

/** Before any page script: records every long task (PerformanceObserver 'longtask') in the page. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: two frames and a pause after the last widget, for the last tasks to be reported. */
const longTasksAfterSettling = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => setTimeout(() => resolve(window.__longTasks), 300)),
    ),
  );

async function measureMainThread(browser, origin, kind, variant, n) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluateOnNewDocument(recordLongTasks);
    // A page of 5000 widgets can hold up its load event for longer than puppeteer's 30 s default.
    await page.goto(origin + pagePath(kind, variant, n), { waitUntil: 'load', timeout: 180_000 });
    // Ours spreads its work over time by design: on a loaded machine 5000 widgets take minutes.
    await page.waitForFunction(() => window.__bench, { timeout: 600_000, polling: 500 });
    const tasks = await page.evaluate(longTasksAfterSettling);
    if (errors.length) throw new Error(`${pagePath(kind, variant, n)}: ${errors.join('; ')}`);
    return {
      longest: Math.max(0, ...tasks),
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - LONG_TASK_MS), 0),
      longTasks: tasks.length,
    };
  } finally {
    await context.close();
  }
}

function summariseMainThread(kind, n, runs) {
  const side = (xs) => ({
    longestMs: roundSpread(spread(xs.map((x) => x.longest)), 1),
    blockingMs: roundSpread(spread(xs.map((x) => x.blocking)), 1),
    longTasks: median(xs.map((x) => x.longTasks)),
  });
  const ratio = (key) =>
    roundSpread(spread(runs.map((r) => r.ours[key] / Math.max(1, r.baseline[key]))), 3);
  return {
    page: kind,
    n,
    ratio: { longest: ratio('longest'), blocking: ratio('blocking') },
    ours: side(runs.map((r) => r.ours)),
    baseline: side(runs.map((r) => r.baseline)),
    target: {
      longestMs: LONG_TASK_MS,
      met: Math.max(...runs.map((r) => r.ours.longest)) <= LONG_TASK_MS,
    },
  };
}

async function mainThreadRows(browser, origin, kinds) {
  const runs = new Map();
  const reps = Math.min(REPS, 3); // seconds per page at N = 5000: three repetitions show the spread
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const n of MAIN_THREAD_NS)
      for (const kind of kinds) {
        const pair = {};
        for (const variant of order)
          pair[variant] = await measureMainThread(browser, origin, kind, variant, n);
        const key = `${kind}/${n}`;
        runs.set(key, [...(runs.get(key) ?? []), pair]);
      }
    log(
      `  main thread: repetition ${rep + 1}/${reps} done (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const rows = [];
  for (const n of MAIN_THREAD_NS)
    for (const kind of kinds) rows.push(summariseMainThread(kind, n, runs.get(`${kind}/${n}`)));
  return rows;
}

function mainThreadMarkdown(rows, reps) {
  const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const lines = [
    '## Main thread',
    '',
    `Long tasks (PerformanceObserver \`longtask\`, over ${LONG_TASK_MS} ms) from the first byte of the page ` +
      'until every widget is drawn and laid out, plus two frames. **Total blocking time** adds up each ' +
      `long task's time past ${LONG_TASK_MS} ms. The hand-written page builds every widget in one task. ` +
      `Ratios are ours ÷ hand-written in the same repetition (a hand-written time under 1 ms counts as 1 ms): ` +
      `median (min–max) of ${reps} fresh browser contexts. Target: no task of ours over ${LONG_TASK_MS} ms ` +
      '(✓ met in every repetition, ✗ missed).',
    '',
    '| page | N | longest task ratio | blocking time ratio | longest task ms (ours / hand) | total blocking ms (ours / hand) | long tasks (ours / hand) |',
    '| --- | ---: | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.n} | ${x(r.ratio.longest)}${mark(r.target.met)} | ${x(r.ratio.blocking)} | ` +
        `${ms(r.ours.longestMs)} / ${ms(r.baseline.longestMs)} | ` +
        `${ms(r.ours.blockingMs)} / ${ms(r.baseline.blockingMs)} | ` +
        `${r.ours.longTasks} / ${r.baseline.longTasks} |`,
    );
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Style and layout per widget: Blink's own counters, every widget laid out

/** Seconds of style recalculation and layout the page has spent so far (CDP Performance metrics). */
async function styleAndLayout(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    styleMs: metric('RecalcStyleDuration') * 1000,
    layoutMs: metric('LayoutDuration') * 1000,
  };
}

async function measureStyleLayout(browser, origin, kind, variant, n) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(180_000);
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(origin + pagePath(kind, variant, n, true), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench, { timeout: 600_000, polling: 100 });
    const { styleMs, layoutMs } = await styleAndLayout(cdp);
    const elements = await page.evaluate(countElements);
    return {
      style: styleMs / n,
      layout: layoutMs / n,
      perWidget: (styleMs + layoutMs) / n,
      elements,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// A page-language switch: `lang` on <html> from zh-Hans to en with N widgets drawn

/**
 * In the page, once every widget is drawn: sets `lang="en"` on <html>, waits until every widget has
 * drawn again (ours: their updates; hand-written: `__rerender()`, building the markup again) and
 * forces layout. Resolves to the time that took, the long tasks it caused, and whether the first
 * widget's text changed (ours), then two frames and a pause for the last task to be reported.
 */
function switchLanguage(longTaskMs) {
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const settle = (f) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(f, 300)));
  const root = document.getElementById('root');
  const text = () => root.firstElementChild.shadowRoot?.textContent ?? '';
  return new Promise((resolve) =>
    settle(async () => {
      const before = text();
      const t0 = performance.now();
      document.documentElement.lang = 'en';
      if (window.__rerender) window.__rerender();
      else {
        await null; // the context observer's callback, queued by the change, runs first
        const widgets = [...root.children];
        for (;;) {
          const all = await Promise.all(widgets.map((w) => w.updateComplete));
          if (all.every(Boolean) && !widgets.some((w) => w.isUpdatePending)) break;
        }
      }
      void document.body.offsetHeight;
      const ms = performance.now() - t0;
      const changed = window.__rerender ? true : text() !== before;
      settle(() => {
        const caused = tasks.filter((t) => t.start + t.duration >= t0).map((t) => t.duration);
        resolve({
          ms,
          longest: Math.max(0, ...caused),
          blocking: caused.reduce((sum, d) => sum + Math.max(0, d - longTaskMs), 0),
          changed,
        });
      });
    }),
  );
}

async function measureLanguage(browser, origin, kind, variant, n) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(180_000);
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin + pagePath(kind, variant, n), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench, { timeout: 600_000, polling: 100 });
    const result = await page.evaluate(switchLanguage, LONG_TASK_MS);
    if (errors.length) throw new Error(`${pagePath(kind, variant, n)}: ${errors.join('; ')}`);
    if (!result.changed) throw new Error(`${pagePath(kind, variant, n)}: no new text in English`);
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Rows as ratios to the hand-written page, repetition by repetition

/**
 * Runs `measureOne(kind, variant, n)` for ours and the hand-written page back to back, `reps`
 * times (the order alternating), and returns each page and N's pairs.
 */
async function pairs(kinds, ns, reps, label, measureOne) {
  const runs = new Map();
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const n of ns)
      for (const kind of kinds) {
        const pair = {};
        for (const variant of order) pair[variant] = await measureOne(kind, variant, n);
        const key = `${kind}/${n}`;
        runs.set(key, [...(runs.get(key) ?? []), pair]);
      }
    log(
      `  ${label}: repetition ${rep + 1}/${reps} done (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  return runs;
}

/** One row: for each key, ours, hand-written and their ratio, median (min–max) over repetitions. */
function pairRow(kind, n, runs, keys, floor = 0) {
  const row = { page: kind, n, ratio: {}, ours: {}, baseline: {} };
  for (const key of keys) {
    row.ratio[key] = roundSpread(
      spread(runs.map((r) => r.ours[key] / Math.max(floor, r.baseline[key]))),
      3,
    );
    row.ours[key] = roundSpread(spread(runs.map((r) => r.ours[key])), 3);
    row.baseline[key] = roundSpread(spread(runs.map((r) => r.baseline[key])), 3);
  }
  return row;
}

async function styleLayoutRows(browser, origin, kinds) {
  const reps = Math.min(REPS, 3);
  const runs = await pairs(kinds, STYLE_NS, reps, 'style and layout', (kind, variant, n) =>
    measureStyleLayout(browser, origin, kind, variant, n),
  );
  const rows = [];
  for (const n of STYLE_NS)
    for (const kind of kinds) {
      const r = runs.get(`${kind}/${n}`);
      const row = pairRow(kind, n, r, ['perWidget', 'style', 'layout']);
      row.elementsPerWidget = {
        ours: round(r[0].ours.elements, 2),
        baseline: round(r[0].baseline.elements, 2),
      };
      rows.push(row);
    }
  return rows;
}

function styleLayoutMarkdown(rows, reps) {
  const ms = (s) => `${s.median.toFixed(3)}`;
  const lines = [
    '## Style and layout per widget',
    '',
    "Blink's style recalculation and layout time (CDP `Performance.getMetrics`: `RecalcStyleDuration` + " +
      '`LayoutDuration`) from navigation until every widget is drawn and laid out, divided by N. Every ' +
      'widget is laid out here, on screen or not (the `-all` pages: a waiting widget of ours otherwise ' +
      "skips its contents' style and layout while off screen). Ratios are ours ÷ hand-written in the same " +
      `repetition: median (min–max) of ${reps} fresh browser contexts. Elements per widget count the host ` +
      'and every element in its shadow roots.',
    '',
    '| page | N | style+layout per widget ratio | style+layout ms per widget (ours / hand) | style ms (ours / hand) | layout ms (ours / hand) | elements per widget (ours / hand) |',
    '| --- | ---: | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.n} | ${x(r.ratio.perWidget)} | ${ms(r.ours.perWidget)} / ${ms(r.baseline.perWidget)} | ` +
        `${ms(r.ours.style)} / ${ms(r.baseline.style)} | ${ms(r.ours.layout)} / ${ms(r.baseline.layout)} | ` +
        `${r.elementsPerWidget.ours} / ${r.elementsPerWidget.baseline} |`,
    );
  lines.push('');
  return lines.join('\n');
}

async function languageRows(browser, origin, kinds) {
  const reps = Math.min(REPS, 3);
  const runs = await pairs(kinds, LANGUAGE_NS, reps, 'language switch', (kind, variant, n) =>
    measureLanguage(browser, origin, kind, variant, n),
  );
  const rows = [];
  for (const n of LANGUAGE_NS)
    for (const kind of kinds) {
      // A task under 1 ms, or none over the long-task threshold, counts as 1 ms.
      const row = pairRow(kind, n, runs.get(`${kind}/${n}`), ['ms', 'longest', 'blocking'], 1);
      row.target = {
        longestMs: LONG_TASK_MS,
        met: runs.get(`${kind}/${n}`).every((r) => r.ours.longest <= LONG_TASK_MS),
      };
      rows.push(row);
    }
  return rows;
}

function languageMarkdown(rows, reps) {
  const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const lines = [
    '## Page-language switch',
    '',
    'With N widgets drawn, `lang` on `<html>` goes from `zh-Hans` to `en`: the time until every widget ' +
      'has drawn again and the page is laid out, and the long tasks that causes (from the change to two ' +
      'frames after). The hand-written page writes its texts in one language: it builds the same markup ' +
      "again (as much work as another language's). Ratios are ours ÷ hand-written in the same " +
      `repetition (under 1 ms counts as 1 ms): median (min–max) of ${reps} fresh browser contexts. ` +
      `Target: no task of ours over ${LONG_TASK_MS} ms (✓ met in every repetition, ✗ missed).`,
    '',
    '| page | N | time ratio | longest task ratio | time ms (ours / hand) | longest task ms (ours / hand) | total blocking ms (ours / hand) |',
    '| --- | ---: | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.n} | ${x(r.ratio.ms)} | ${x(r.ratio.longest)}${mark(r.target.met)} | ` +
        `${ms(r.ours.ms)} / ${ms(r.baseline.ms)} | ${ms(r.ours.longest)} / ${ms(r.baseline.longest)} | ` +
        `${ms(r.ours.blocking)} / ${ms(r.baseline.blocking)} |`,
    );
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The first widget: N = 1, where its time goes

async function measureFirstWidget(browser, origin, kind, variant) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(origin + pagePath(kind, variant, 1), { waitUntil: 'load' });
    const timing = await page.evaluate(waitForBench);
    const { styleMs, layoutMs } = await styleAndLayout(cdp);
    // Fonts the page asked for, loaded or not (system fonts are matched during style and layout).
    const fonts = await page.evaluate(() => document.fonts.size);
    return {
      total: timing.total,
      bundle: timing.script,
      insert: timing.insert,
      draw: timing.draw,
      forcedLayout: timing.layout,
      style: styleMs,
      layout: layoutMs,
      fonts,
    };
  } finally {
    await context.close();
  }
}

const FIRST_KEYS = ['total', 'bundle', 'insert', 'draw', 'forcedLayout', 'style', 'layout'];

async function firstWidgetRows(browser, origin, kinds) {
  const runs = await pairs(kinds, [1], REPS, 'first widget', (kind, variant) =>
    measureFirstWidget(browser, origin, kind, variant),
  );
  return kinds.map((kind) => {
    const r = runs.get(`${kind}/1`);
    const row = pairRow(kind, 1, r, FIRST_KEYS, 1);
    row.fonts = { ours: r[0].ours.fonts, baseline: r[0].baseline.fonts };
    row.target = { total: 2, met: row.ratio.total.median <= 2 };
    return row;
  });
}

function firstWidgetMarkdown(rows, reps) {
  const ms = (s) => s.median.toFixed(1);
  const lines = [
    '## The first widget (N = 1)',
    '',
    'A page with one widget, from its first script (or the bundle’s arrival) until the widget is drawn ' +
      'and laid out, and where that time goes: evaluating the bundle; inserting the markup (for ours ' +
      'the upgrade: constructor, shadow root, adopted styles); drawing (for ours from the insertion ' +
      "until `updateComplete`: Lit's first template, our layout code, formatting); the forced layout " +
      "(`offsetHeight`). Style and layout are Blink's counters (`RecalcStyleDuration`, `LayoutDuration`) " +
      'over the whole page, font matching included (every font is a system font: no web font loads). ' +
      `Median of ${reps} fresh browser contexts; ratio ours ÷ hand-written (under 1 ms counts as 1 ms). ` +
      'Target: total ≤ 2× (✓ met, ✗ missed).',
    '',
    '| page | total ratio | total ms (ours / hand) | bundle ms | insert ms (ours / hand) | draw ms (ours / hand) | forced layout ms (ours / hand) | style ms (ours / hand) | layout ms (ours / hand) |',
    '| --- | --- | --- | ---: | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const both = (k) => `${ms(r.ours[k])} / ${ms(r.baseline[k])}`;
    lines.push(
      `| ${r.page} | ${x(r.ratio.total)}${mark(r.target.met)} | ${both('total')} | ${ms(r.ours.bundle)} | ` +
        `${both('insert')} | ${both('draw')} | ${both('forcedLayout')} | ${both('style')} | ${both('layout')} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** Each section run alone (`--only`): its rows and their Markdown. */
const SECTION_RUNS = {
  'main-thread': async (browser, origin, kinds) => {
    const rows = await mainThreadRows(browser, origin, kinds);
    return { rows, md: mainThreadMarkdown(rows, Math.min(REPS, 3)) };
  },
  'style-layout': async (browser, origin, kinds) => {
    const rows = await styleLayoutRows(browser, origin, kinds);
    return { rows, md: styleLayoutMarkdown(rows, Math.min(REPS, 3)) };
  },
  language: async (browser, origin, kinds) => {
    const rows = await languageRows(browser, origin, kinds);
    return { rows, md: languageMarkdown(rows, Math.min(REPS, 3)) };
  },
  'first-widget': async (browser, origin, kinds) => {
    const rows = await firstWidgetRows(browser, origin, kinds);
    return { rows, md: firstWidgetMarkdown(rows, REPS) };
  },
};

// ---------------------------------------------------------------------------------------------
// Same picture: visible text, size and pixels of ours and the baseline at N = 1

/** In the page: the visible text of the first widget, across shadow roots, without whitespace. */
function visibleText() {
  let text = '';
  const walk = (node) => {
    for (const child of (node.shadowRoot ?? node).childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      // display: contents has no box of its own; a box of at most 1 px is visually hidden.
      if (getComputedStyle(child).display === 'contents') walk(child);
      else if (!child.checkVisibility({ visibilityProperty: true })) continue;
      else if (child.getBoundingClientRect().width > 1 || child.getBoundingClientRect().height > 1)
        walk(child);
    }
  };
  const first = document.getElementById('root').firstElementChild;
  walk(first);
  const box = first.getBoundingClientRect();
  return { text: text.replace(/\s+/g, ''), width: box.width, height: box.height };
}

/** In a blank page: the share of pixels that differ between two PNG screenshots (base64). */
async function pixelDiff(a, b) {
  const load = async (src) => {
    const img = new Image();
    img.src = `data:image/png;base64,${src}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, img.width, img.height);
  };
  const [x, y] = await Promise.all([load(a), load(b)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differ = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d =
      Math.abs(x.data[i] - y.data[i]) +
      Math.abs(x.data[i + 1] - y.data[i + 1]) +
      Math.abs(x.data[i + 2] - y.data[i + 2]);
    if (d > 48) differ++; // antialiasing differences stay under this
  }
  return differ / (x.width * x.height);
}

async function samePicture(browser, origin, kind) {
  const shots = {};
  const texts = {};
  for (const variant of ['ours', 'baseline']) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ ...VIEWPORT, height: 1200 });
    await page.goto(origin + pagePath(kind, variant, 3), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench, { polling: 50 });
    texts[variant] = await page.evaluate(visibleText);
    const main = await page.$('main');
    shots[variant] = await main.screenshot({ encoding: 'base64' });
    await context.close();
  }
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const diff = await page.evaluate(pixelDiff, shots.ours, shots.baseline);
  await context.close();
  const o = texts.ours;
  const b = texts.baseline;
  return {
    sameText: o.text === b.text,
    text: o.text === b.text ? o.text : { ours: o.text, baseline: b.text },
    size: { ours: [o.width, o.height], baseline: [b.width, b.height] },
    differingPixels: Number(diff.toFixed(4)),
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const round = (x, d = 3) => (x === null ? null : Number(x.toFixed(d)));
const roundSpread = (s, d) => ({
  median: round(s.median, d),
  min: round(s.min, d),
  max: round(s.max, d),
});

const xs0HasEmbedder = (runs) => runs.every((r) => r.ours.embedderHeap !== null);

function summarise(kind, n, runs) {
  const ours = runs.map((r) => r.ours);
  const base = runs.map((r) => r.baseline);
  const ratio = (key) => roundSpread(spread(runs.map((r) => r.ours[key] / r.baseline[key])), 2);
  const side = (xs) => ({
    totalMs: roundSpread(spread(xs.map((x) => x.total)), 1),
    scriptMs: roundSpread(spread(xs.map((x) => x.script)), 1),
    renderMs: roundSpread(spread(xs.map((x) => x.render)), 1),
    heapBytes: roundSpread(spread(xs.map((x) => x.heap)), 0),
    embedderHeapBytes:
      xs[0].embedderHeap === null ? null : roundSpread(spread(xs.map((x) => x.embedderHeap)), 0),
    elementsPerWidget: round(xs[0].elements, 2),
    layouts: median(xs.map((x) => x.layouts)),
    fetchWaitMs: round(Math.max(...xs.map((x) => x.fetchWait)), 1),
  });
  const row = {
    page: kind,
    n,
    ratio: {
      time: ratio('total'),
      render: ratio('render'),
      heap: ratio('heap'),
      heapWithDom: xs0HasEmbedder(runs) ? ratio('heapWithDom') : null,
      elements: round(ours[0].elements / base[0].elements, 2),
    },
    ours: side(ours),
    baseline: side(base),
  };
  if (n === TARGET_N) {
    row.targets = {
      time: TIME_TARGET[kind] ?? null,
      timeMet: TIME_TARGET[kind] ? row.ratio.time.median <= TIME_TARGET[kind] : null,
      heap: HEAP_TARGET,
      heapMet: row.ratio.heap.median <= HEAP_TARGET,
    };
  }
  return row;
}

// ---------------------------------------------------------------------------------------------
// Sizes: sizes.mjs for the entries, plus the bundle files exactly as shipped

async function sizes() {
  const { measureAll } = await import('../tools/sizes.mjs');
  const entries = (await measureAll()).map((m) => ({
    name: m.name,
    min: m.min,
    gzip: m.gzip,
    brotli: m.brotli,
    largest: m.modules.slice(0, 5),
    modules: m.modules.filter((x) => x.bytes > 0), // what budgets.mjs compares against when one fails
  }));
  const files = [];
  for (const file of [
    'pearl-charts.js',
    'pearl-charts.iife.js',
    'pearl-charts.nodata.js',
    'pearl-charts.nodata.iife.js',
  ]) {
    const path = join(BUNDLE_DIR, file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path);
    files.push({
      name: `dist/bundle/${file}`,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return { entries, files };
}

// ---------------------------------------------------------------------------------------------
// Report

const kb = (n) => (n / 1024).toFixed(1);
const mb = (n) => (n / 2 ** 20).toFixed(2);
const x = (s) => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
const mark = (met) => (met === null || met === undefined ? '' : met ? ' ✓' : ' ✗');

function markdown(result) {
  const lines = [];
  const m = result.meta;
  lines.push('# Benchmark: Pearl Charts against hand-written HTML');
  lines.push('');
  lines.push(
    `Generated by \`npm run bench\` on ${m.date} (Chromium ${m.chromium}, Node ${m.node}, ${m.cpus}; ` +
      `load average ${m.loadBefore} before, ${m.loadAfter} after; ${m.reps} fresh browser contexts per ` +
      `page and variant${m.quick ? '; **quick run**' : ''}; bundle sha256 ${m.bundleSha256}, ${m.commit}).`,
  );
  lines.push('');
  lines.push(
    'Each page renders N widgets of one kind (the mixed page cycles through all three) from the ' +
      'script-tag bundle `pearl-charts.js`, beside a hand-written page of the same pictures (plain ' +
      'elements and SVG built with `innerHTML`, one `<style>`, no library, no shadow DOM: ' +
      '[baselines.mjs](../baselines.mjs)). **Time** runs from the first script on the page (before the ' +
      'bundle is evaluated) until every `updateComplete` has resolved and `document.body.offsetHeight` ' +
      'has forced layout (if the bundle is still downloading when the page starts, the clock starts when ' +
      'it arrives); **render** starts after the bundle has run. **JS heap** is V8 `usedSize` after a ' +
      'forced GC (`Runtime.getHeapUsage`); the hand-written page keeps almost nothing there, so ' +
      "**JS+DOM heap** adds Blink's `embedderHeapUsedSize`, where the elements live. Each ratio is ours ÷ hand-written in the same repetition: median (min–max). " +
      `Targets at N = ${TARGET_N}: time ≤ 1.3× (metric card), ≤ 1.5× (target progress, sector ` +
      `comparison); heap ≤ ${HEAP_TARGET}×. ✓ met, ✗ missed.`,
  );
  lines.push('');
  lines.push(
    '| page | N | time ratio | render ratio | JS heap ratio | JS+DOM heap ratio | elements per widget (ours / hand) | time ms (ours / hand) | JS heap MB (ours / hand) |',
  );
  lines.push('| --- | ---: | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of result.timings) {
    const t = r.targets;
    lines.push(
      `| ${r.page} | ${r.n} | ${x(r.ratio.time)}${mark(t?.timeMet)} | ${x(r.ratio.render)} | ` +
        `${x(r.ratio.heap)}${mark(t?.heapMet)} | ${r.ratio.heapWithDom ? x(r.ratio.heapWithDom) : 'n/a'} | ` +
        `${r.ours.elementsPerWidget} / ${r.baseline.elementsPerWidget} | ` +
        `${r.ours.totalMs.median} / ${r.baseline.totalMs.median} | ` +
        `${mb(r.ours.heapBytes.median)} / ${mb(r.baseline.heapBytes.median)} |`,
    );
  }
  lines.push('');
  lines.push(
    'Same picture (N = 3, 360 px column): ' +
      Object.entries(result.samePicture)
        .map(
          ([k, s]) =>
            `${k} ${s.sameText ? 'same text' : '**different text**'}, ` +
            `${s.size.ours[1].toFixed(0)} / ${s.size.baseline[1].toFixed(0)} px high, ` +
            `${(s.differingPixels * 100).toFixed(2)}% pixels differ`,
        )
        .join('; ') +
      '.',
  );
  if (result.mainThread) {
    lines.push('');
    lines.push(mainThreadMarkdown(result.mainThread, Math.min(m.reps, 3)).trimEnd());
  }
  const reps3 = Math.min(m.reps, 3);
  if (result.styleLayout) lines.push('', styleLayoutMarkdown(result.styleLayout, reps3).trimEnd());
  if (result.language) lines.push('', languageMarkdown(result.language, reps3).trimEnd());
  if (result.firstWidget) lines.push('', firstWidgetMarkdown(result.firstWidget, m.reps).trimEnd());
  if (result.sizes) {
    lines.push('');
    lines.push('## Sizes');
    lines.push('');
    lines.push(
      'Each entry built as a browser loads it (dependencies inlined, minified) by ' +
        '[sizes.mjs](../../tools/sizes.mjs); gzip level 9, brotli quality 11; KB = 1024 bytes. ' +
        'The budgets are checked by [budgets.mjs](../../tools/budgets.mjs).',
    );
    lines.push('');
    lines.push('| entry | min KB | gzip KB | brotli KB | largest modules (minified KB) |');
    lines.push('| --- | ---: | ---: | ---: | --- |');
    for (const e of result.sizes.entries) {
      const largest = e.largest.map((mod) => `${mod.id} ${kb(mod.bytes)}`).join(', ');
      lines.push(`| ${e.name} | ${kb(e.min)} | ${kb(e.gzip)} | ${kb(e.brotli)} | ${largest} |`);
    }
    for (const f of result.sizes.files)
      lines.push(`| ${f.name} (as shipped) | ${kb(f.min)} | ${kb(f.gzip)} | ${kb(f.brotli)} | |`);
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  ensureBuilt();
  if (flag('bytes')) {
    const { bytesReport } = await import('./bytes.mjs');
    await bytesReport(OUT);
    return;
  }
  const server = await serve(
    allPages([...new Set([...NS, 1, 3, ...MAIN_THREAD_NS, ...LANGUAGE_NS])], STYLE_NS),
    { bundleDir: BUNDLE_DIR },
  );
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: chromeArgs,
    // A page of 5000 hand-written widgets blocks for seconds: a CDP call waits that long.
    protocolTimeout: 900_000,
  });
  const loadBefore = loadavg()[0].toFixed(2);
  try {
    const kinds = PAGES;
    if (ONLY) {
      mkdirSync(OUT, { recursive: true });
      const sha = createHash('sha256').update(readFileSync(BUNDLE)).digest('hex').slice(0, 12);
      for (const section of ONLY) {
        const { rows, md } = await SECTION_RUNS[section](browser, server.origin, kinds);
        writeFileSync(
          join(OUT, `${section}.json`),
          JSON.stringify(
            {
              date: new Date().toISOString(),
              bundleSha256: sha,
              loadBefore,
              loadAverage: loadavg()[0].toFixed(2),
              rows,
            },
            null,
            2,
          ) + '\n',
        );
        writeFileSync(join(OUT, `${section}.md`), md);
        console.log(md);
      }
      return;
    }
    log(
      `Warming up, then ${REPS} repetitions of ${kinds.length} pages × N = ${NS.join(', ')} × 2 variants`,
    );
    for (const kind of kinds)
      for (const variant of ['ours', 'baseline'])
        await measure(browser, server.origin, kind, variant, 1);

    const runs = new Map(); // "kind/n" → [{ours, baseline}]
    for (let rep = 0; rep < REPS; rep++) {
      const order = rep % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const n of NS) {
        for (const kind of kinds) {
          const pair = {};
          for (const variant of order)
            pair[variant] = await measure(browser, server.origin, kind, variant, n);
          const key = `${kind}/${n}`;
          runs.set(key, [...(runs.get(key) ?? []), pair]);
        }
      }
      log(`  repetition ${rep + 1}/${REPS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    const timings = [];
    for (const n of NS)
      for (const kind of kinds) timings.push(summarise(kind, n, runs.get(`${kind}/${n}`)));

    const mainThread = await mainThreadRows(browser, server.origin, kinds);
    const styleLayout = await styleLayoutRows(browser, server.origin, kinds);
    const language = await languageRows(browser, server.origin, kinds);
    const firstWidget = await firstWidgetRows(browser, server.origin, kinds);

    const picture = {};
    for (const kind of kinds) picture[kind] = await samePicture(browser, server.origin, kind);
    for (const [kind, s] of Object.entries(picture))
      if (!s.sameText || s.differingPixels > 0.001)
        log(
          `warning: the ${kind} baseline no longer shows the same picture as ours:`,
          JSON.stringify(s),
        );

    let sizeTable = null;
    if (!flag('no-sizes')) {
      log('Measuring sizes');
      sizeTable = await sizes();
    } else if (existsSync(join(OUT, 'latest.json'))) {
      sizeTable = JSON.parse(readFileSync(join(OUT, 'latest.json'), 'utf8')).sizes ?? null;
    }

    const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout.trim();
    const result = {
      meta: {
        date: new Date().toISOString(),
        chromium: (await browser.version()).replace(/^[^/]*\//, ''),
        node: process.version,
        cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
        loadBefore,
        loadAfter: loadavg()[0].toFixed(2),
        quick: QUICK,
        reps: REPS,
        ns: NS,
        commit:
          git('rev-parse', '--short', 'HEAD') +
          (git('status', '--porcelain', 'packages') ? ' + local changes' : ''),
        bundle: CUSTOM_BUNDLE ? BUNDLE : 'packages/components/dist/bundle/pearl-charts.js',
        bundleSha256: createHash('sha256').update(readFileSync(BUNDLE)).digest('hex').slice(0, 12),
        seconds: Math.round((Date.now() - started) / 1000),
      },
      timings,
      mainThread,
      styleLayout,
      language,
      firstWidget,
      samePicture: picture,
      sizes: sizeTable,
    };
    mkdirSync(OUT, { recursive: true });
    const prettier = await import('prettier');
    const jsonPath = join(OUT, 'latest.json');
    const json = await prettier.format(JSON.stringify(result), {
      ...(await prettier.resolveConfig(jsonPath)),
      filepath: jsonPath,
    });
    writeFileSync(jsonPath, json);
    const md = markdown(result);
    writeFileSync(join(OUT, 'latest.md'), md);
    console.log(md);
    log(`Wrote ${jsonPath} and latest.md in ${result.meta.seconds} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
