/**
 * The copy-paste snippets shown under each component's docs, built from a story's current args.
 * Pure and DOM-free: the docs block (browser) and the SSR pre-render (Node, in main.ts) both use it,
 * so the key of a pre-rendered snippet is the same on both sides.
 */

/** Where a page loads the published package from: any CDN that mirrors npm. */
export const CDN = 'https://cdn.jsdelivr.net/npm/@pearl-charts/components';

/** What the static-HTML renderer is asked for; also what its pre-rendered result is stored under. */
export interface SnippetRequest {
  /** Component name without `pearl-`: `metric-card`. */
  component: string;
  /** Attribute name → value, as in HTML; sorted by name. */
  attributes: Record<string, string>;
  locale: string;
  theme: 'light' | 'dark';
}

/** The attribute names of a tag, by attribute and by property name, from custom-elements.json. */
export interface ManifestLike {
  modules: {
    declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[];
  }[];
}

/** `fooBar` → `foo-bar`, for args with no manifest entry. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A story's args as the element's attributes: args may be named by attribute (`delta-unit`) or by
 * property (`targetIndicator`); `true` becomes an empty attribute, `false`, null and undefined none.
 * Args the element has no attribute for are left out (they only steer the story).
 */
export function argsToAttributes(
  tag: string,
  args: Record<string, unknown>,
  manifest: ManifestLike,
): Record<string, string> {
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const byName = new Map<string, string>();
  for (const a of decl?.attributes ?? []) {
    byName.set(a.name, a.name);
    if (a.fieldName) byName.set(a.fieldName, a.name);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) {
    const attr = byName.get(key) ?? (decl ? undefined : kebab(key));
    if (!attr || attr === 'lang' || attr === 'theme') continue;
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'object') out[attr] = JSON.stringify(value);
    else out[attr] = value === true ? '' : String(value);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** 32-bit FNV-1a of a string's UTF-16 code units, from a seed. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable file name for a request: 16 hex digits (two FNV-1a hashes; the file repeats the request). */
export function snippetKey(r: SnippetRequest): string {
  const text = JSON.stringify([r.component, Object.entries(r.attributes), r.locale, r.theme]);
  return [fnv1a(text, 0x811c9dc5), fnv1a(text, 0x2166136)]
    .map((h) => h.toString(16).padStart(8, '0'))
    .join('');
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's opening and closing tags with `lang` and `theme`. */
export function elementHtml(r: SnippetRequest): string {
  const attrs = { ...r.attributes, lang: r.locale, theme: r.theme };
  const list = Object.entries(attrs).map(([k, v]) =>
    v === '' ? k : `${k}="${escapeAttribute(v)}"`,
  );
  return `<pearl-${r.component} ${list.join(' ')}></pearl-${r.component}>`;
}

/** Whether the snippet needs the indicator catalogue (an id or a query), else the smaller bundle. */
export function needsData(attributes: Record<string, string>): boolean {
  return ['indicator', 'indicators', 'target-indicator', 'tag', 'concept'].some(
    (a) => (attributes[a] ?? '') !== '',
  );
}

/** Flavour 1: one script tag and the element. */
export function scriptSnippet(r: SnippetRequest, version: string): string {
  const bundle = needsData(r.attributes) ? 'pearl-charts.js' : 'pearl-charts.nodata.js';
  return `<script type="module" src="${CDN}@${version}/dist/bundle/${bundle}"></script>\n${elementHtml(r)}`;
}

/** Flavour 2: the command that prints the static HTML (the same renderer the docs call). */
export function cliCommand(r: SnippetRequest): string {
  const quote = (v: string) => (/^[\w.,:/@%+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);
  const options = Object.entries(r.attributes).map(([k, v]) =>
    v === '' ? `--${k}` : `--${k} ${quote(v)}`,
  );
  return [
    'npx pearl-charts render',
    r.component,
    ...options,
    '--locale',
    r.locale,
    '--theme',
    r.theme,
  ]
    .join(' ')
    .trim();
}

/** Height the iframe keeps until the resize script runs (or when scripts are blocked), in CSS px. */
export function fallbackHeight(r: SnippetRequest): number {
  if (r.component === 'target-progress') return 220;
  if (r.component !== 'sector-comparison') return 260;
  let count = 6;
  try {
    if (r.attributes.items) count = (JSON.parse(r.attributes.items) as unknown[]).length;
    else if (r.attributes.indicators)
      count = r.attributes.indicators.split(/[\s,]+/).filter(Boolean).length;
  } catch {
    // malformed items show the error state: a short box
  }
  return Math.min(900, Math.max(200, 120 + 44 * count));
}

/** Flavour 3: the iframe and the optional resize script. */
export function iframeSnippet(r: SnippetRequest, version: string, title: string): string {
  const params = new URLSearchParams({
    component: r.component,
    ...r.attributes,
    locale: r.locale,
    theme: r.theme,
  });
  const frame = `pearl-${r.component}`;
  params.set('frame', frame);
  const base = `${CDN}@${version}/dist/embed`;
  return [
    `<iframe data-pearl-embed="${frame}" title="${escapeAttribute(title)}" width="100%" height="${fallbackHeight(r)}"`,
    `  src="${escapeAttribute(`${base}/embed.html?${params}`)}"></iframe>`,
    `<script src="${base}/pearl-embed-host.js" async></script>`,
  ].join('\n');
}
