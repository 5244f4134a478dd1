/**
 * `npm run build` (postbuild): writes the demo articles into dist/demo/ — zh-Hans.html,
 * zh-Hant.html, en.html, index.html, demo.css, favicon.svg — and headers.json, the response headers
 * (a strict Content-Security-Policy per page) a server must send with them. Needs the built
 * dist/ssr, dist/bundle and dist/embed, so it runs after the Vite builds.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStatic } from '@pearl-charts/components/ssr';
import { LOCALES } from './articles.js';
import {
  contentSecurityPolicy,
  FAVICON,
  indexPage,
  renderPage,
  type RenderStatic,
} from './page.js';

const out = fileURLToPath(new URL('../dist/demo/', import.meta.url));
mkdirSync(out, { recursive: true });

const headers: Record<string, Record<string, string>> = {};
const strict = (policy: string) => ({
  'Content-Security-Policy': policy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});
for (const locale of LOCALES) {
  const page = await renderPage(locale, renderStatic as RenderStatic);
  writeFileSync(`${out}${page.file}`, page.html);
  headers[`demo/${page.file}`] = strict(page.policy);
}
writeFileSync(`${out}index.html`, indexPage());
headers['demo/index.html'] = strict(contentSecurityPolicy());
// The iframe page the articles embed gets the same strict policy (it has no inline styles).
headers['embed/embed.html'] = strict(contentSecurityPolicy());
writeFileSync(`${out}favicon.svg`, FAVICON);
copyFileSync(fileURLToPath(new URL('./demo.css', import.meta.url)), `${out}demo.css`);
writeFileSync(`${out}headers.json`, `${JSON.stringify(headers, null, 2)}\n`);
console.log(`demo articles: ${LOCALES.map((l) => `dist/demo/${l}.html`).join(', ')}`);
