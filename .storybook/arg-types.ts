/**
 * Controls and docs rows for every element, from custom-elements.json, built for designers rather
 * than taken as Storybook derives them (which files an attribute under "CSS shadow parts" when a part
 * shares its name, and offers a JSON box for every field, private ones included):
 * - one row per attribute, keyed by the attribute name, with the control its type calls for
 *   (text, number, a select of the allowed values, a boolean) and its default;
 * - `lang`, a select: the element's own language (the toolbar sets the page's);
 * - parts, events and custom properties in rows of their own (`part:value`, `event:pearl-error`,
 *   `--pearl-color-accent`), never over an attribute; a custom property's control restyles the story.
 * Internals (private fields, properties that only mirror an attribute) get no row.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { BOUNDS, STATUSES, UNITS } from '@pearl-charts/data/vocab';
import manifest from '../packages/components/custom-elements.json';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
  fieldName?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);

/** The element declared for `tag` in the manifest. */
export function elementOf(tag: string): Declaration | undefined {
  // Not for a page without a component (tag undefined): that matched the first declaration that is
  // no element (a constant), whose JSDoc then headed the overview pages' docs.
  return tag ? declarations.find((d) => d.tagName === tag) : undefined;
}

/** Named types of the data vocabulary, by the name the manifest writes. */
const NAMED: Record<string, readonly string[]> = {
  UnitId: Object.keys(UNITS),
  Bound: BOUNDS,
  Status: STATUSES,
};

/** `'a' | 'b' | undefined` → ['a', 'b']; a named vocabulary type → its values; otherwise null. */
export function allowedValues(typeText: string): string[] | null {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const values: string[] = [];
  for (const p of parts) {
    const literal = /^'([^']*)'$/.exec(p);
    if (literal) values.push(literal[1]!);
    else if (NAMED[p]) values.push(...NAMED[p]);
    else return null;
  }
  return values.length ? values : null;
}

/** The control a type calls for: boolean, number, a select of the allowed values, JSON, or text. */
export function controlFor(typeText: string): ArgTypes[string]['control'] {
  const t = typeText.replace(/\s*\|\s*undefined/g, '').trim();
  if (t === 'boolean') return { type: 'boolean' };
  if (t === 'number') return { type: 'number' };
  if (allowedValues(t)) return { type: 'select' };
  if (/\[\]/.test(t) && !/\bstring\b/.test(t)) return { type: 'object' };
  return { type: 'text' };
}

const LANGS = ['zh-Hans', 'zh-Hant', 'en'];

function row(category: string, item: Described, name = item.name) {
  return {
    name,
    description: item.description ?? item.summary ?? '',
    table: {
      category,
      ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

/** Every row of `tag`'s controls and docs table (Storybook's `docs.extractArgTypes`). */
export function extractArgTypes(tag: string): ArgTypes | null {
  const el = elementOf(tag);
  if (!el) return null;
  const types: ArgTypes = {};
  for (const a of el.attributes ?? []) {
    const typeText = a.type?.text ?? 'string';
    const options = allowedValues(typeText);
    types[a.name] = {
      ...row('attributes', a),
      control: controlFor(typeText),
      ...(options ? { options } : {}),
    };
  }
  types.lang = {
    name: 'lang',
    description:
      "The element's own language (zh-Hans, zh-Hant, en); when unset, the page's (the toolbar).",
    table: { category: 'attributes', type: { summary: 'string' } },
    control: { type: 'select' },
    options: LANGS,
  };
  for (const e of el.events ?? [])
    types[`event:${e.name}`] = {
      ...row('events', e, e.name),
      action: e.name,
      control: false,
    };
  for (const p of el.cssParts ?? [])
    types[`part:${p.name}`] = {
      ...row('css shadow parts', p, `::part(${p.name})`),
      control: false,
    };
  for (const c of el.cssProperties ?? [])
    types[c.name] = {
      ...row('css custom properties', c),
      control: { type: /colou?r/.test(c.name) ? 'color' : 'text' },
    };
  return types;
}

/** The element's description, or its summary when that is all the JSDoc gave. */
export function extractComponentDescription(tag: string): string {
  const el = elementOf(tag);
  return el?.description || el?.summary || '';
}

/** The names of every event of every element, for the Actions panel. */
export const EVENT_NAMES = [
  ...new Set(declarations.flatMap((d) => (d.tagName ? (d.events ?? []).map((e) => e.name) : []))),
];

/** The element for a story: each attribute arg set as its attribute (text, JSON or a boolean). */
export function renderElement(args: Record<string, unknown>, tag: string): HTMLElement {
  const el = document.createElement(tag);
  // An arg is named by its attribute (`target-indicator`) or by its property (`targetIndicator`).
  const attributes = new Map<string, string>([['lang', 'lang']]);
  for (const a of elementOf(tag)?.attributes ?? []) {
    attributes.set(a.name, a.name);
    if (a.fieldName) attributes.set(a.fieldName, a.name);
  }
  for (const [key, value] of Object.entries(args)) {
    const name = attributes.get(key);
    if (!name || value === undefined || value === null || value === false) continue;
    if (value === '') continue;
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'object') el.setAttribute(name, JSON.stringify(value));
    else el.setAttribute(name, String(value));
  }
  return el;
}

/** The custom-property args as an inline style for the story's frame. */
export function customPropertyStyle(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([k, v]) => k.startsWith('--') && typeof v === 'string' && v !== '')
    .map(([k, v]) => `${k}: ${String(v).replace(/[;{}]/g, '')};`)
    .join(' ');
}
