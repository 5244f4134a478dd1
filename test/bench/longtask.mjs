#!/usr/bin/env node
// What the longest tasks of one benchmark page are made of: a Chromium trace (devtools.timeline) of
// the page from navigation until every widget is drawn and laid out, its longest main-thread tasks,
// and the time of each kind of event inside them (parsing, script, style, layout, GC), with the
// script time of the slowest functions called from the task.
//   node test/bench/longtask.mjs [page] [N] [variant]   default sector-comparison 5000 ours
//   --top=K          the K longest tasks (default 3)
//   --bundle-dir=DIR  trace the pearl-charts.js in DIR instead of dist
//   --all            lay out every widget (the `-all` page: no content-visibility skipping)
//   --css=TEXT       a page style to try (an experiment: `--css='main{display:block}'`)
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';
import { VIEWPORT, allPages, pagePath } from './pages.mjs';
import { BUNDLE_DIR as DIST_BUNDLE_DIR, serve } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const positional = args.filter((a) => !a.startsWith('--'));
const [kind = 'sector-comparison', nText = '5000', variant = 'ours'] = positional;
const n = Number(nText);
const TOP = Number(option('top', 3));
const ALL = args.includes('--all');
const BUNDLE_DIR = resolve(option('bundle-dir', DIST_BUNDLE_DIR));
const CSS = option('css', '');

/** Trace event names worth a line of their own, by what they stand for. */
const KIND = {
  ParseHTML: 'HTML parsing',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  RunMicrotasks: 'microtasks',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  HitTest: 'other',
};

const pages = allPages([n], [n]);
const path = pagePath(kind, variant, n, ALL);
const html = pages.get(path)();
pages.set(path, html.replace('</head>', `<style>${CSS}</style></head>`));
const server = await serve(pages, { bundleDir: BUNDLE_DIR });
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: chromeArgs,
  protocolTimeout: 900_000,
});
try {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  await page.goto(server.origin + path, {
    waitUntil: 'load',
    timeout: 600_000,
  });
  await page.waitForFunction(() => globalThis.__bench, { timeout: 600_000, polling: 200 });
  await sleep(500);
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const bench = await page.evaluate(() => globalThis.__bench);
  const main = traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const onMain = traceEvents.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
  );
  const firstTs = Math.min(...onMain.filter((e) => e.name === 'RunTask').map((e) => e.ts));
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => b.dur - a.dur)
    .slice(0, TOP);
  console.log(
    `# ${kind} ${variant} N = ${n}${ALL ? ' (all laid out)' : ''}: total ${bench.total.toFixed(0)} ms`,
  );
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    const byKind = new Map();
    // Only the outermost event of each kind counts (a FunctionCall inside a FunctionCall once).
    const open = [];
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const k = KIND[e.name];
      if (!k) continue;
      while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
      if (open.some((o) => KIND[o.name] === k)) continue;
      open.push(e);
      const entry = byKind.get(k) ?? { ms: 0, count: 0 };
      entry.ms += e.dur / 1000;
      entry.count++;
      byKind.set(k, entry);
    }
    const at = (task.ts - firstTs) / 1000;
    console.log(
      `\n## task of ${(task.dur / 1000).toFixed(1)} ms, ${at.toFixed(0)} ms after the first`,
    );
    for (const [k, v] of [...byKind].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`- ${k}: ${v.ms.toFixed(1)} ms (${v.count} events)`);
    for (const e of inside.filter((e) => KIND[e.name] === 'style' || KIND[e.name] === 'layout'))
      if (e.dur > 10_000)
        console.log(
          `  - ${e.name} ${(e.dur / 1000).toFixed(1)} ms: ${JSON.stringify(e.args?.elementCount ?? e.args?.beginData ?? {})}`,
        );
    const calls = inside
      .filter((e) => e.name === 'FunctionCall' && e.dur > 1000)
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 5);
    for (const c of calls)
      console.log(
        `  - FunctionCall ${(c.dur / 1000).toFixed(1)} ms: ${c.args?.data?.functionName || '(anonymous)'} ${c.args?.data?.url ?? ''}:${c.args?.data?.lineNumber ?? ''}`,
      );
  }
} finally {
  await browser.close();
  await server.close();
}
