/**
 * `@pearl-charts/components/ssr`: server-renders a Pearl element (Node only) into static HTML with a
 * declarative shadow root, so the number, label, source and bars show with JavaScript off. When the
 * script-tag bundle (or any build that loads `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before Lit) runs later, the element hydrates this markup without re-rendering it.
 *
 * The markup has no `style` attributes: the few per-element custom properties (bar positions) go
 * into one `<style>` block, so a page with a strict Content-Security-Policy can allow every inline
 * style of a snippet by the sha256 hashes {@link renderStatic} returns (no 'unsafe-inline', no
 * 'unsafe-hashes'). Without those hashes the page still shows plain, readable text.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { setNumberLocale } from '../format/number.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { createHash } from 'node:crypto';
import '../define/all.js';
import '../data.js';

import { COMPONENTS, type ComponentName } from '../components.js';
export { COMPONENTS, type ComponentName };

export interface RenderOptions {
  /** Attributes of the element, by attribute name: `{ indicator: 'gd-industrial-output-2024' }`. */
  attributes?: Record<string, string>;
  /** BCP 47 language (`zh-Hans`, `zh-Hant`, `en`); becomes `lang`. Default: `attributes.lang`, else `en`. */
  locale?: string;
  /** Becomes the `theme` attribute. Default: none (the page's `theme` or the OS decides). */
  theme?: 'light' | 'dark';
}

export interface StaticRender {
  /** The element with its declarative shadow root. */
  html: string;
  /** CSP sources (`'sha256-…'`) allowing each inline `<style>` of `html`, for `style-src`. */
  styleHashes: string[];
  /** The component's error message when it rendered its error state (unknown id, bad number), else null. */
  error: string | null;
}

/** Thrown for a call the renderer cannot carry out: unknown component, attribute or theme. */
export class RenderError extends Error {
  constructor(
    readonly code: 'unknown-component' | 'unknown-attribute' | 'bad-option',
    message: string,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/** Attributes any element may carry besides its own: identification and data-*. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'theme', 'dir', 'title']);

/** The component name without or with its `pearl-` prefix. */
export function componentName(name: string): ComponentName | null {
  const bare = name.replace(/^pearl-/, '');
  return (COMPONENTS as readonly string[]).includes(bare) ? (bare as ComponentName) : null;
}

/** The attributes a component reads (its observed attributes), sorted. */
export function componentAttributes(name: ComponentName): string[] {
  const ctor = customElements.get(`pearl-${name}`) as unknown as
    { observedAttributes: string[] } | undefined;
  if (!ctor) throw new Error(`<pearl-${name}> is not registered`);
  return [...new Set(ctor.observedAttributes)].sort();
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Checks the name and options; returns the tag and its attributes in a fixed order. */
function attributesFor(
  name: string,
  options: RenderOptions,
): { tag: string; attrs: [string, string][] } {
  const component = componentName(name);
  if (!component) {
    throw new RenderError(
      'unknown-component',
      `Unknown component "${name}"; expected one of ${COMPONENTS.join(', ')}.`,
    );
  }
  const known = new Set(componentAttributes(component));
  const attrs = new Map<string, string>();
  for (const [key, value] of Object.entries(options.attributes ?? {})) {
    const attr = key.toLowerCase();
    if (
      !known.has(attr) &&
      !GLOBAL_ATTRIBUTES.has(attr) &&
      !/^(data|aria)-[a-z0-9-]+$/.test(attr)
    ) {
      throw new RenderError(
        'unknown-attribute',
        `<pearl-${component}> has no attribute "${key}"; it reads ${[...known].join(', ')}.`,
      );
    }
    if (typeof value !== 'string') {
      throw new RenderError('bad-option', `Attribute "${key}" must be a string.`);
    }
    attrs.set(attr, value);
  }
  if (options.theme !== undefined) {
    if (options.theme !== 'light' && options.theme !== 'dark') {
      throw new RenderError(
        'bad-option',
        `theme must be "light" or "dark", not "${options.theme}".`,
      );
    }
    attrs.set('theme', options.theme);
  }
  // Always a lang: without one the browser would take the page's language on hydration and show
  // other words than the server rendered.
  attrs.set('lang', options.locale ?? attrs.get('lang') ?? 'en');
  return { tag: `pearl-${component}`, attrs: [...attrs] };
}

/** `'sha256-…'` CSP sources for each inline `<style>` element in `markup`, without duplicates. */
export function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const m of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/** Values a custom property may take in the moved styles: numbers, percentages, lengths. */
const SAFE_VALUE = /^[\w.%+-]+$/;

/**
 * Moves each `style="--_x:1"` inside the shadow root into one `<style>` block with a
 * `[data-pearl-style="n"]` rule: inline style attributes need 'unsafe-inline' (or 'unsafe-hashes')
 * under CSP, a `<style>` element only its hash. Hydration ignores the moved attributes; the
 * components set the same values through CSSOM then.
 */
function moveStyleAttributes(markup: string): string {
  const rules: string[] = [];
  const moved = markup.replace(/ style="([^"]*)"/g, (_, text: string) => {
    const declarations = unescapeHtml(text)
      .split(';')
      .filter((d) => d.trim())
      .map((d) => {
        const [prop = '', ...rest] = d.split(':');
        const value = rest.join(':').trim();
        if (!/^--[\w-]+$/.test(prop.trim()) || !SAFE_VALUE.test(value))
          throw new Error(`Unexpected inline style "${text}" in server output`);
        return `${prop.trim()}:${value}`;
      });
    const n = rules.length;
    rules.push(`[data-pearl-style="${n}"]{${declarations.join(';')}}`);
    return ` data-pearl-style="${n}"`;
  });
  if (!rules.length) return markup;
  // After Lit's <style>, before the template's first marker: hydration looks only at the markers.
  const at = moved.indexOf('<!--lit-part', moved.indexOf('<template'));
  return `${moved.slice(0, at)}<style>${rules.join('')}</style>${moved.slice(at)}`;
}

/**
 * Drops comments and layout whitespace from the `<style>` blocks (about a third of a snippet's
 * bytes). Only whitespace next to `{`, `}` and `;` is removed, and other runs become one space, so
 * `calc(a - b)` keeps its meaning.
 */
function compactStyles(markup: string): string {
  return markup.replace(
    /<style>([\s\S]*?)<\/style>/g,
    (_, css: string) =>
      `<style>${css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .trim()}</style>`,
  );
}

/** The problem the `debug` error box names (readers see only a quiet line), when there is one. */
function errorText(markup: string): string | null {
  const m = /<div part="error"[^>]*>([\s\S]*?)<\/div>/.exec(markup);
  if (!m) return null;
  const text = (m[1] ?? '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span class="error-icon"[^>]*>[^<]*<\/span>/, '')
    .replace(/<[^>]+>/g, '');
  return unescapeHtml(text).replace(/\s+/g, ' ').trim();
}

/**
 * Renders one element with the hashes a strict CSP needs and its error, if any.
 * @throws RenderError for an unknown component or attribute, or a bad theme.
 */
export async function renderStatic(
  name: ComponentName | `pearl-${ComponentName}`,
  options: RenderOptions = {},
): Promise<StaticRender> {
  const markup = await renderMarkup(attributesFor(name, options));
  // Readers get a quiet placeholder with no detail; the problem comes from a `debug` render.
  const failed = /<p part="error"/.test(markup);
  const error = failed
    ? errorText(await renderMarkup(attributesFor(name, withDebug(options))))
    : null;
  return { html: markup, styleHashes: styleHashes(markup), error };
}

/** The same options with the `debug` attribute set. */
function withDebug(options: RenderOptions): RenderOptions {
  return { ...options, attributes: { ...options.attributes, debug: '' } };
}

async function renderMarkup({ tag, attrs }: ReturnType<typeof attributesFor>): Promise<string> {
  const open = [tag, ...attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`)].join(' ');
  // A static tag from the checked name and escaped attributes: lit/static-html is meant for this.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${unsafeStatic(open)}></${unsafeStatic(tag)}>`;
  let markup = await collectResult(render(template));
  // A lang="de" element set the digits of its language for its render; later ones start afresh.
  setNumberLocale(null);
  // The snippet stands alone: drop the markers of the wrapping template (the element hydrates
  // its own shadow root; nothing hydrates the wrapper).
  markup = markup
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  return moveStyleAttributes(compactStyles(markup));
}

/**
 * Renders `<pearl-{name}>` to HTML with a declarative shadow root.
 * `renderComponent('metric-card', { attributes: { indicator: 'gd-industrial-output-2024' }, locale: 'zh-Hans', theme: 'dark' })`
 * @throws RenderError for an unknown component or attribute, or a bad theme.
 */
export async function renderComponent(
  name: ComponentName | `pearl-${ComponentName}`,
  options: RenderOptions = {},
): Promise<string> {
  return (await renderStatic(name, options)).html;
}
