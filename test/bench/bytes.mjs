// `npm run bench -- --bytes`: what a page downloads, and how soon it shows every widget, with the
// script-tag loader against the single-file bundle, in Chromium (issue 15: "Measure in `npm run
// bench`: JS bytes transferred (gzip) and time to first render for a page with one metric card by
// id, one of each element, and each element at N = 100, loader against single bundle").
// - Bytes: every file each page requests from packages/components/dist, counted at gzip level 9
//   (what a CDN sends), JavaScript and data apart. The browser cache is off, so each load fetches
//   everything.
// - Time to first render: from the start of navigation to the first animation frame in which every
//   `pearl-*` element on the page has drawn into its shadow root, the median of REPS loads; once on
//   the local server as it is, once over a phone's network (Chromium's "Fast 4G" profile: 9 Mbps,
//   165 ms round trips), where the loader's extra round trips and the bundle's extra bytes show.
// Writes test/bench/results/bytes.{json,md} and prints the Markdown.
/* global document, customElements, performance -- functions passed to page.evaluate run in the page */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';

const DIST = fileURLToPath(new URL('../../packages/components/dist/', import.meta.url));
const DEFINE = fileURLToPath(new URL('../../packages/components/src/define/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};
/** Loads per page, script and network; the time reported is their median. */
const REPS = 3;
const NETWORKS = { local: null, 'Fast 4G': PredefinedNetworkConditions['Fast 4G'] };

const CARD = '<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>';
/**
 * How each element shows (each element's Default story, as the timing benchmark's pages); an
 * element not listed here appears bare, in its error state.
 */
const SHOWN = {
  'pearl-metric-card': CARD,
  'pearl-target-progress':
    '<pearl-target-progress value="5" target="10" unit="enterprises" label="Firms"></pearl-target-progress>',
  'pearl-sector-comparison':
    '<pearl-sector-comparison tag="ai" unit="cny"></pearl-sector-comparison>',
  'pearl-trend': '<pearl-trend concept="gd-5g-base-stations"></pearl-trend>',
  'pearl-share':
    '<pearl-share indicator="gd-industrial-robot-output-national-share-2024"></pearl-share>',
  'pearl-rank': '<pearl-rank indicator="gd-gdp-rank-2024" of="31"></pearl-rank>',
};
const everyTag = () =>
  readdirSync(DEFINE)
    .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
    .map((f) => `pearl-${f.slice(0, -3)}`);
const shown = (tag) => SHOWN[tag] ?? `<${tag}></${tag}>`;

/** 100 metric cards of 100 different records: the page the loader answers with all.json. */
async function hundredCards() {
  const dataset = JSON.parse(
    await readFile(
      fileURLToPath(new URL('../../packages/data/dist/indicators.json', import.meta.url)),
      'utf8',
    ),
  );
  return dataset.indicators
    .slice(0, 100)
    .map((r) => `<pearl-metric-card indicator="${r.id}"></pearl-metric-card>`)
    .join('');
}

const SCRIPTS = {
  loader: '<script type="module" src="/loader/pearl-charts.js"></script>',
  bundle: '<script type="module" src="/bundle/pearl-charts.js"></script>',
};

export const ONE_CARD = 'one metric card by id';

/** The pages measured, by name: their body. */
export async function pages() {
  const out = {
    [ONE_CARD]: CARD,
    'one of each element': everyTag().map(shown).join(''),
  };
  for (const tag of everyTag()) out[`${tag.slice(6)} × 100`] = shown(tag).repeat(100);
  out['metric card × 100, each a different id'] = await hundredCards();
  return out;
}

async function serveDist(html) {
  const gz = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (html.has(path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html.get(path));
      return;
    }
    const file = normalize(join(DIST, path));
    try {
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      const body = await readFile(file);
      if (!gz.has(path)) gz.set(path, gzipSync(body, { level: 9 }).length);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    gz,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** In the page: ms since navigation began, at the first frame where every pearl element has drawn. */
const everyWidgetDrawn = () => {
  const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pearl-'));
  return (
    all.every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part]')) &&
    performance.now()
  );
};

/** One load of `url`: the dist files it fetched and the time to first render. */
async function load(browser, server, url, network) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    if (network) await page.emulateNetworkConditions(network);
    const fetched = new Set();
    page.on('requestfinished', (r) => {
      const p = new URL(r.url()).pathname;
      if (server.gz.has(p)) fetched.add(p);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const drawn = await page.waitForFunction(everyWidgetDrawn, { polling: 'raf', timeout: 60_000 });
    const ms = await drawn.jsonValue();
    await page.waitForNetworkIdle({ idleTime: 200 });
    return { ms, fetched };
  } finally {
    await page.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads every page with each script and sums the gzip bytes of what it fetched; times each. */
export async function measureBytes({ reps = REPS } = {}) {
  const html = new Map();
  for (const [name, body] of Object.entries(await pages()))
    for (const [script, tag] of Object.entries(SCRIPTS))
      html.set(
        `/${encodeURIComponent(name)}/${script}.html`,
        `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">${tag}</head><body>${body}</body></html>`,
      );
  const server = await serveDist(html);
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: chromeArgs,
  });
  const rows = [];
  try {
    for (const path of html.keys()) {
      const times = {};
      let fetched;
      for (const [network, conditions] of Object.entries(NETWORKS)) {
        const ms = [];
        for (let rep = 0; rep < reps; rep++) {
          const run = await load(browser, server, server.origin + path, conditions);
          ms.push(run.ms);
          fetched ??= run.fetched;
        }
        times[network] = Math.round(median(ms));
      }
      const files = [...fetched].map((p) => ({ path: p, gzip: server.gz.get(p) }));
      const sum = (f) => files.filter(f).reduce((s, x) => s + x.gzip, 0);
      const [, name, script] = /^\/(.+)\/(\w+)\.html$/.exec(path);
      rows.push({
        page: decodeURIComponent(name),
        script,
        requests: files.length,
        js: sum((f) => f.path.endsWith('.js')),
        data: sum((f) => f.path.endsWith('.json')),
        firstRenderMs: times,
        files,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const kb = (n) => (n / 1024).toFixed(1);

export function bytesMarkdown(rows) {
  const networks = Object.keys(NETWORKS);
  const lines = [
    '# Bytes and first render per page',
    '',
    'Every file each page fetched from `packages/components/dist` in Chromium with the cache off, gzip level 9, ' +
      'KB = 1024 bytes: the script-tag loader (`dist/loader/pearl-charts.js`) against the single-file bundle ' +
      '(`dist/bundle/pearl-charts.js`). First render: ms from the start of navigation to the first frame in which ' +
      `every widget has drawn, median of ${REPS} loads, on the local server and over Chromium's "Fast 4G" profile ` +
      '(9 Mbps, 165 ms round trips). The times come from whatever machine ran it, busy or not: compare the rows ' +
      'of one run, not runs. [bytes.mjs](../bytes.mjs), `npm run bench -- --bytes`.',
    '',
    `| page | script | requests | JS gzip KB | data gzip KB | total gzip KB | ${networks.map((n) => `first render ${n} ms`).join(' | ')} |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ${networks.map(() => '---:').join(' | ')} |`,
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.script} | ${r.requests} | ${kb(r.js)} | ${kb(r.data)} | ${kb(r.js + r.data)} | ${networks.map((n) => r.firstRenderMs[n]).join(' | ')} |`,
    );
  lines.push('');
  return lines.join('\n');
}

/** Measures, writes results/bytes.{json,md} under `out`, and prints the table. */
export async function bytesReport(out) {
  const rows = await measureBytes();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bytes.json'), JSON.stringify(rows, null, 2) + '\n');
  const md = bytesMarkdown(rows);
  writeFileSync(join(out, 'bytes.md'), md);
  console.log(md);
}
