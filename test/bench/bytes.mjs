// `npm run bench -- --bytes`: what a page downloads with the script-tag loader against the
// single-file bundle, in Chromium, with no timing runs. Every file the page requests from
// packages/components/dist is counted at gzip level 9 (what a CDN sends), JavaScript and data
// apart. Writes test/bench/results/bytes.{json,md} and prints the Markdown.
/* global document, customElements -- functions passed to page.evaluate run in the page */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';

const DIST = fileURLToPath(new URL('../../packages/components/dist/', import.meta.url));
const DEFINE = fileURLToPath(new URL('../../packages/components/src/define/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

const CARD = '<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>';
/** How each element shows on the page of one of each; an element not listed here appears bare. */
const SHOWN = {
  'pearl-metric-card': CARD,
  'pearl-target-progress':
    '<pearl-target-progress value="5" target="10" unit="enterprises" label="Firms"></pearl-target-progress>',
  'pearl-sector-comparison':
    '<pearl-sector-comparison tag="ai" unit="cny"></pearl-sector-comparison>',
};
const everyTag = () =>
  readdirSync(DEFINE)
    .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
    .map((f) => `pearl-${f.slice(0, -3)}`);

const SCRIPTS = {
  loader: '<script type="module" src="/loader/pearl-charts.js"></script>',
  bundle: '<script type="module" src="/bundle/pearl-charts.js"></script>',
};

/** The pages measured, by name: their body. */
export function pages() {
  return {
    'one metric card by id': CARD,
    'one of each element': everyTag()
      .map((tag) => SHOWN[tag] ?? `<${tag}></${tag}>`)
      .join(''),
  };
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

/** Loads every page with each script and sums the gzip bytes of what it fetched. */
export async function measureBytes() {
  const html = new Map();
  for (const [name, body] of Object.entries(pages()))
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
      const page = await browser.newPage();
      const fetched = new Set();
      page.on('requestfinished', (r) => {
        const p = new URL(r.url()).pathname;
        if (server.gz.has(p)) fetched.add(p);
      });
      await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('pearl-'))
          .every(
            (el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part]'),
          ),
      );
      const files = [...fetched].map((p) => ({ path: p, gzip: server.gz.get(p) }));
      const sum = (f) => files.filter(f).reduce((s, x) => s + x.gzip, 0);
      const [, name, script] = /^\/(.+)\/(\w+)\.html$/.exec(path);
      rows.push({
        page: decodeURIComponent(name),
        script,
        requests: files.length,
        js: sum((f) => f.path.endsWith('.js')),
        data: sum((f) => f.path.endsWith('.json')),
        files,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const kb = (n) => (n / 1024).toFixed(1);

export function bytesMarkdown(rows) {
  const lines = [
    '# Bytes per page',
    '',
    'Every file each page fetched from `packages/components/dist` in Chromium, gzip level 9, KB = 1024 bytes: ' +
      'the script-tag loader (`dist/loader/pearl-charts.js`) against the single-file bundle (`dist/bundle/pearl-charts.js`). ' +
      '[bytes.mjs](../bytes.mjs), `npm run bench -- --bytes`.',
    '',
    '| page | script | requests | JS gzip KB | data gzip KB | total gzip KB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.script} | ${r.requests} | ${kb(r.js)} | ${kb(r.data)} | ${kb(r.js + r.data)} |`,
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
