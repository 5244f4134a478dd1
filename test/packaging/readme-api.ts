// Writes the API reference of packages/components/README.md from custom-elements.json, so the README
// says what the JSDoc says. `npx tsx test/packaging/readme-api.ts --write` updates the README (after
// `npm run build`); test/node/readme.test.ts fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const README = fileURLToPath(
  new URL('../../packages/components/README.md', import.meta.url),
);
export const MANIFEST = fileURLToPath(
  new URL('../../packages/components/custom-elements.json', import.meta.url),
);
export const START =
  '<!-- api:start (generated from custom-elements.json by test/packaging/readme-api.ts) -->';
export const END = '<!-- api:end -->';

/** The tags the README introduces first, in this order; every other tag in the manifest follows. */
export const TAGS = [
  'pearl-metric-card',
  'pearl-target-progress',
  'pearl-sector-comparison',
  'pearl-rank',
  'pearl-trend',
  'pearl-share',
];

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration extends Described {
  tagName?: string;
  summary?: string;
  attributes?: (Described & { fieldName?: string })[];
  members?: (Described & {
    kind: string;
    privacy?: string;
    static?: boolean;
    attribute?: string;
    readonly?: boolean;
  })[];
  events?: Partial<Described>[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}
export interface CustomElementsManifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

/** Text safe inside a Markdown table cell. */
const cell = (s: string | undefined) =>
  (s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || ' ';
const code = (s: string | undefined) => (s ? `\`${s.replace(/\|/g, '\\|')}\`` : ' ');

function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function declarations(manifest: CustomElementsManifest): Map<string, Declaration> {
  const found = new Map<string, Declaration>();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.tagName) found.set(d.tagName, d);
  return found;
}

/** The Markdown between the markers: one section per element. */
export function renderApi(manifest: CustomElementsManifest): string {
  const byTag = declarations(manifest);
  const parts: string[] = [];
  const order = [...TAGS, ...[...byTag.keys()].filter((t) => !TAGS.includes(t)).sort()];
  for (const tag of order) {
    const d = byTag.get(tag);
    if (!d) throw new Error(`${tag} is missing from custom-elements.json`);
    const attributes = d.attributes ?? [];
    const withAttribute = new Set(attributes.map((a) => a.fieldName ?? a.name));
    const propertiesOnly = (d.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        !m.privacy &&
        !m.name.startsWith('_') &&
        !withAttribute.has(m.name),
    );
    const events = new Map<string, string>();
    for (const e of d.events ?? [])
      if (e.name && (!events.has(e.name) || e.description)) events.set(e.name, e.description ?? '');
    const section = [
      `### \`<${tag}>\``,
      '',
      (d.summary ?? '').trim(),
      '',
      (d.description ?? '').trim(),
      '',
      '#### Attributes and properties',
      '',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => [
          code(a.name),
          code(a.fieldName ?? a.name),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
      propertiesOnly.length
        ? '\n' +
          table(
            ['Property (no attribute)', 'Type', 'Default', 'Description'],
            propertiesOnly.map((m) => [
              code(m.name),
              code(m.type?.text),
              code(m.default),
              cell(m.description),
            ]),
          )
        : '',
      '',
      '#### Events',
      '',
      table(
        ['Event', 'Description'],
        [...events].map(([name, description]) => [code(name), cell(description)]),
      ) || 'None.',
      '',
      '#### CSS parts',
      '',
      table(
        ['Part', 'Description'],
        (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ) || 'None.',
      '',
      '#### CSS custom properties',
      '',
      table(
        ['Property', 'Default', 'Description'],
        (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ) || 'None.',
    ];
    if (d.slots?.length)
      section.push(
        '',
        '#### Slots',
        '',
        table(
          ['Slot', 'Description'],
          d.slots.map((s) => [code(s.name || '(default)'), cell(s.description)]),
        ),
      );
    parts.push(section.join('\n').replace(/\n{3,}/g, '\n\n'));
  }
  return parts.join('\n\n');
}

/** The README with its generated section replaced. */
export function withApi(readme: string, api: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, a + START.length)}\n\n${api}\n\n${readme.slice(b)}`;
}

export function readManifest(): CustomElementsManifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as CustomElementsManifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const next = withApi(readFileSync(README, 'utf8'), renderApi(readManifest()));
  if (process.argv.includes('--write')) writeFileSync(README, next);
  else process.stdout.write(next);
}
