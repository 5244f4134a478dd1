/**
 * Renders the demo article pages (dist/demo/<locale>.html) and the Content-Security-Policy they are
 * served with. Pure apart from the SSR call: build.ts writes the files, test/demo reads the policy.
 *
 * The pages hold no inline script, no inline style attribute and no event-handler attribute, so the
 * policy needs no 'unsafe-inline' and no 'unsafe-eval'. The only inline styles are the `<style>`
 * blocks of the server-rendered snippets, allowed one by one by their sha256 hashes.
 */
import {
  article,
  LOCALES,
  type Article,
  type Block,
  type DemoLocale,
  type Widget,
} from './articles.js';

/** What the pages need from `@pearl-charts/components/ssr` (renderStatic). */
export type RenderStatic = (
  name: string,
  options: { attributes: Record<string, string>; locale: string },
) => Promise<{ html: string; styleHashes: string[]; error: string | null }>;

export interface DemoPage {
  locale: DemoLocale;
  file: string;
  html: string;
  /** The page's Content-Security-Policy header value. */
  policy: string;
}

/** Lit's Trusted Types policy name; the only one the bundles create. */
export const TRUSTED_TYPES_POLICY = 'lit-html';

/** The strict policy: same-origin files only, hashed inline styles, Trusted Types required. */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY}`,
  ].join('; ');
}

const NAMES: Record<DemoLocale, string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');

/** The iframe URL of the embed page, relative to dist/demo/. */
export function embedUrl(widget: Widget, locale: DemoLocale, frame: string): string {
  const params = new URLSearchParams({
    component: widget.component,
    ...widget.attributes,
    locale,
    frame,
  });
  return `../embed/embed.html?${params}`;
}

async function renderWidget(
  widget: Widget,
  locale: DemoLocale,
  index: number,
  render: RenderStatic,
  hashes: Set<string>,
): Promise<string> {
  const tag = `pearl-${widget.component}`;
  if (widget.embed === 'script') return `<${tag}${attributes(widget.attributes)}></${tag}>`;
  if (widget.embed === 'static') {
    const out = await render(widget.component, { attributes: widget.attributes, locale });
    if (out.error) throw new Error(`${tag} rendered its error state: ${out.error}`);
    out.styleHashes.forEach((h) => hashes.add(h));
    return out.html;
  }
  const frame = `figure-${index}`;
  return `<iframe data-pearl-embed="${frame}" title="${escapeHtml(widget.title)}" width="100%" height="${widget.height}" loading="lazy" src="${escapeHtml(embedUrl(widget, locale, frame))}"></iframe>`;
}

async function renderBlock(
  block: Block,
  a: Article,
  index: number,
  render: RenderStatic,
  hashes: Set<string>,
): Promise<string> {
  if ('p' in block) return `<p>${escapeHtml(block.p)}</p>`;
  if ('h2' in block) return `<h2>${escapeHtml(block.h2)}</h2>`;
  const w = block.widget;
  const body = await renderWidget(w, a.locale, index, render, hashes);
  return `<figure class="embed" data-embed="${w.embed}" data-component="${w.component}">
        ${body}
        <figcaption><span class="how">${escapeHtml(a.embedNames[w.embed])}</span> ${escapeHtml(block.caption)}</figcaption>
      </figure>`;
}

/** Fails the build on anything a strict CSP would block or a page must not carry. */
export function assertCspClean(file: string, html: string): void {
  const outsideSnippets = html.replace(/<template shadowroot[\s\S]*?<\/template>/g, '');
  const problems = [
    [/<script(?![^>]*\ssrc=)[^>]*>/, 'an inline script'],
    [/\sstyle="/, 'a style attribute'],
    [/\son[a-z]+="/, 'an event-handler attribute'],
    [/javascript:/i, 'a javascript: URL'],
  ] as const;
  for (const [pattern, what] of problems)
    if (pattern.test(html)) throw new Error(`${file} has ${what}, which the strict CSP blocks`);
  if (/<style/.test(outsideSnippets))
    throw new Error(`${file} has a <style> element outside the server-rendered snippets`);
}

export async function renderPage(locale: DemoLocale, render: RenderStatic): Promise<DemoPage> {
  const a = article(locale);
  const hashes = new Set<string>();
  const blocks: string[] = [];
  for (const [i, block] of a.blocks.entries())
    blocks.push(await renderBlock(block, a, i, render, hashes));
  const others = LOCALES.filter((l) => l !== locale)
    .map((l) => `<a href="${l}.html" hreflang="${l}" lang="${l}">${NAMES[l]}</a>`)
    .join(' ');
  const html = `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(a.title)} · Pearl Charts</title>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="../tokens.css" />
    <link rel="stylesheet" href="demo.css" />
    <script type="module" src="../bundle/pearl-charts.js"></script>
    <script src="../embed/pearl-embed-host.js" async></script>
  </head>
  <body>
    <header class="masthead">
      <a class="brand" href="index.html">Pearl Charts</a>
      <nav aria-label="${escapeHtml(a.others)}">${others}</nav>
    </header>
    <main>
      <article>
        <p class="kicker">${escapeHtml(a.kicker)}</p>
        <h1>${escapeHtml(a.title)}</h1>
        <p class="dek">${escapeHtml(a.dek)}</p>
        <p class="byline">${escapeHtml(a.byline)}</p>
        ${blocks.join('\n        ')}
      </article>
    </main>
    <footer>
      <p>${escapeHtml(a.note)}</p>
    </footer>
  </body>
</html>
`;
  const file = `${locale}.html`;
  assertCspClean(file, html);
  return { locale, file, html, policy: contentSecurityPolicy([...hashes]) };
}

/** The demo's landing page: links to the three articles. */
export function indexPage(): string {
  const links = LOCALES.map(
    (l) =>
      `<li><a href="${l}.html" hreflang="${l}" lang="${l}">${escapeHtml(article(l).title)}</a> (${NAMES[l]})</li>`,
  ).join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pearl Charts demo articles</title>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="demo.css" />
  </head>
  <body>
    <main>
      <h1>Pearl Charts demo articles</h1>
      <p>The same story in three languages. Each page embeds figures with a script tag, as static
        server-rendered HTML and in an iframe, and is served with a strict Content-Security-Policy
        (see headers.json).</p>
      <ul>
        ${links}
      </ul>
    </main>
  </body>
</html>
`;
}

export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="#1d5fa6"/></svg>
`;
