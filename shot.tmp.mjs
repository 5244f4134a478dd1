import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = '/work/main/packages/components/dist';
const srv = createServer((req, res) => {
  const u = decodeURIComponent(req.url.split('?')[0]);
  if (u === '/page.html') { res.setHeader('content-type','text/html'); return res.end(process.env.BODY); }
  const f = join(root, u); if (!existsSync(f)) { res.statusCode = 404; return res.end(); }
  res.setHeader('content-type', { '.js':'text/javascript', '.css':'text/css' }[extname(f)] ?? 'application/octet-stream'); res.end(readFileSync(f));
}).listen(0);
const port = srv.address().port;
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const [w, out] = [Number(process.env.W ?? 600), process.env.OUT ?? '/tmp/shot.png'];
const p = await b.newPage(); await p.setViewport({ width: w, height: 900 });
await p.goto(`http://127.0.0.1:${port}/page.html`, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 800));
const h = await p.evaluate(() => document.body.scrollHeight);
await p.setViewport({ width: w, height: Math.min(h, 3000) });
await p.screenshot({ path: out });
await b.close(); srv.close();
