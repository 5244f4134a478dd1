/* eslint-disable */
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tools/chrome.mjs';
import { allPages, pagePath, VIEWPORT } from './pages.mjs';
import { serve } from './server.mjs';
const n = Number(process.argv[2] ?? 1000);
const server = await serve(allPages([n]), { bundleDir: process.argv[3] || undefined });
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
const page = await browser.newPage();
await page.setViewport(VIEWPORT);
await page.evaluateOnNewDocument(() => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
const t0 = Date.now();
await page.goto(server.origin + pagePath('mixed', 'ours', n), { waitUntil: 'load', timeout: 180000 });
console.log('load', Date.now() - t0);
for (let i = 0; i < 8; i++) {
  const s = await page.evaluate(() => ({ done: [...document.getElementById('root').children].filter((e) => e.hasUpdated).length, pending: document.querySelectorAll('[data-pearl-pending]').length, bench: !!window.__bench, lt: window.__lt.length, longest: Math.max(0, ...window.__lt.map((x) => x[1])) }));
  console.log(Date.now() - t0, JSON.stringify(s));
  if (s.bench) break;
  await new Promise((r) => setTimeout(r, 2000));
}
console.log(JSON.stringify(await page.evaluate(() => window.__lt)));
await browser.close(); await server.close();
