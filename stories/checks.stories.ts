/**
 * Checks of Storybook itself, run by the story tests (`vitest --project storybook`), not shown in
 * the sidebar. Each reads every story as Storybook prepares it (composeStory over the project's
 * annotations: the same argTypes enhancers, decorators and globals as the canvas):
 * - every attribute of every widget story has a control and a docs row with its description, filed
 *   under "attributes"; no private field or property mirroring an attribute is listed;
 * - a URL with text args restores them: Storybook's own URL (de)serialisation (`buildArgsParam`, the
 *   preview's UrlStore, the args store's `updateFromPersisted`) round-trips a text for every text
 *   attribute of every widget, and the story's render sets it. The manager URL itself is opened by
 *   the Node test on the built Storybook (test/storybook/storybook.test.ts);
 * - the toolbar's language and theme reach every story that does not say in its name that it pins
 *   one: every story is drawn with the toolbar on English and dark (not the defaults), and each
 *   widget must resolve to them; a story that pins one (parameters or story globals) says so.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { composeStory, StoryStore, UrlStore } from 'storybook/preview-api';
import { buildArgsParam } from 'storybook/internal/router';
import { expect } from 'storybook/test';
import manifest from '../packages/components/custom-elements.json';
import { endPrint } from '../.storybook/print-preview.js';

type Module = Record<string, unknown> & { default: Meta };

/** Every story file but this one, by file name. */
const FILES = Object.fromEntries(
  Object.entries(
    import.meta.glob<Module>(['./*.stories.ts', '!./checks.stories.ts'], { eager: true }),
  ).map(([path, m]) => [path.slice(2), m]),
);

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  attribute?: string;
}
interface Attribute {
  name: string;
  description?: string;
  fieldName?: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
}
const ELEMENTS = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);

type Composed = ReturnType<typeof composeStory> & { globals: Record<string, unknown> };

/** Every story of every file, composed with the project's annotations (and `project` on top). */
function stories(project: Record<string, unknown> = {}) {
  return Object.entries(FILES).flatMap(([file, m]) =>
    Object.entries(m)
      .filter(
        ([name, s]) =>
          name !== 'default' &&
          name !== '__namedExportsOrder' &&
          !((m.default.excludeStories ?? []) as string[]).includes(name) &&
          !!s,
      )
      .map(([name, s]) => ({
        file,
        name,
        // As written: the globals a story or its file pins.
        pinned: {
          ...(m.default.globals ?? {}),
          ...((s as { globals?: Record<string, unknown> }).globals ?? {}),
        },
        component: typeof m.default.component === 'string' ? m.default.component : '',
        story: composeStory(
          s as Parameters<typeof composeStory>[0],
          m.default,
          project,
          undefined,
          name,
        ) as Composed,
      })),
  );
}

/** The widget stories: those of a file whose component is a pearl element. */
const widgetStories = () => stories().filter((s) => s.component.startsWith('pearl-'));

const meta: Meta = {
  title: 'Checks/Storybook',
  // Run by the story tests only: not in the sidebar, no docs page, no axe (nothing is drawn).
  tags: ['!dev', '!autodocs'],
  parameters: { a11y: { test: 'off' } },
  render: () => document.createElement('div'),
};
export default meta;
type Story = StoryObj;

/** Every attribute has a control and a docs row with its description; no internals are listed. */
export const ControlsAndDocsRows: Story = {
  play: async () => {
    const checked = widgetStories();
    expect(checked.length).toBeGreaterThan(50);
    // Problems are collected and asserted once: an instrumented expect per row is slow.
    const problems: string[] = [];
    const fail = (ok: unknown, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const { file, name, component, story } of checked) {
      const where = `${file} ${name}`;
      const el = ELEMENTS.find((d) => d.tagName === component);
      if (!el) {
        problems.push(`${where}: ${component} is not in custom-elements.json`);
        continue;
      }
      const rows = story.argTypes as Record<
        string,
        {
          description?: string;
          control?: false | { type?: string };
          options?: unknown[];
          table?: { category?: string; disable?: boolean };
        }
      >;
      for (const a of el.attributes ?? []) {
        const row = rows[a.name];
        if (!row) {
          problems.push(`${where}: ${a.name} has no row`);
          continue;
        }
        const control = row.control;
        fail(row.table?.category === 'attributes', `${where}: ${a.name} is not under attributes`);
        fail(row.table?.disable !== true, `${where}: ${a.name} is hidden`);
        fail((a.description?.length ?? 0) > 10, `${where}: ${a.name} has no JSDoc description`);
        fail(row.description === a.description, `${where}: ${a.name} row lacks its description`);
        fail(control && control.type, `${where}: ${a.name} has no control`);
        if (control && control.type === 'object')
          fail(/\[\]/.test(a.type?.text ?? ''), `${where}: ${a.name} is a JSON box but no list`);
        if (control && control.type === 'select')
          fail((row.options?.length ?? 0) > 1, `${where}: ${a.name} is a select without options`);
      }
      // No private field, no internal member, no property that mirrors an attribute.
      const attributes = new Set((el.attributes ?? []).map((a) => a.name));
      const internal = new Set(
        (el.members ?? [])
          .filter(
            (m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'),
          )
          .map((m) => m.name),
      );
      const mirrors = new Set(
        (el.attributes ?? []).flatMap((a) =>
          a.fieldName && a.fieldName !== a.name ? [a.fieldName] : [],
        ),
      );
      for (const [k, r] of Object.entries(rows))
        if (
          r.table?.disable !== true &&
          (k.startsWith('#') ||
            k.startsWith('_') ||
            internal.has(k) ||
            (mirrors.has(k) && !attributes.has(k)))
        )
          problems.push(`${where}: internal ${k} is listed`);
    }
    expect(problems).toEqual([]);
  },
};

/** Storybook's URL (de)serialisation restores a text for every text attribute of every widget. */
export const UrlTextArgsRestore: Story = {
  play: async () => {
    const defaults = widgetStories().filter((s) => s.name === 'Default');
    expect(defaults.length).toBe(ELEMENTS.length);
    const store = new StoryStore(
      { v: 5, entries: {} },
      () => Promise.resolve({}),
      {},
    ) as unknown as {
      args: {
        setInitial(story: unknown): void;
        updateFromPersisted(story: unknown, persisted: Record<string, unknown>): void;
        get(id: string): Record<string, unknown>;
      };
    };
    const here = location.href;
    const problems: string[] = [];
    try {
      for (const { component, story } of defaults) {
        const rows = story.argTypes as Record<string, { control?: false | { type?: string } }>;
        const texts = Object.entries(rows)
          .filter(([k, r]) => r.control && r.control.type === 'text' && !k.startsWith('--'))
          .map(([k]) => k);
        if (!texts.length) problems.push(`${component}: no text attributes`);
        for (const name of texts) {
          const typed = `Robots made 2025 ${name}`;
          const initial = story.args as Record<string, unknown>;
          // What the manager writes into the URL when a designer types into the control…
          const param = buildArgsParam(initial, { ...initial, [name]: typed });
          if (!param) problems.push(`${component} ${name}: not written to the URL`);
          // …what the preview reads back from it…
          history.replaceState(null, '', `?id=${story.id}&viewMode=story&args=${param}`);
          const read = new UrlStore().selectionSpecifier?.args ?? {};
          if (read[name] !== typed) problems.push(`${component} ${name}: read ${read[name]}`);
          // …the args it restores (typed by the argTypes, unknown names dropped)…
          const prepared = { id: story.id, initialArgs: initial, argTypes: rows };
          store.args.setInitial(prepared);
          store.args.updateFromPersisted(prepared, read);
          const args = store.args.get(story.id);
          if (args[name] !== typed) problems.push(`${component} ${name}: restored ${args[name]}`);
          // …and the widget the story draws with them.
          const drawn = story(args) as TemplateResult | HTMLElement;
          const box = document.createElement('div');
          if (drawn instanceof HTMLElement) box.append(drawn);
          else render(drawn, box);
          const widget = box.querySelector(component);
          const set = widget?.getAttribute(name);
          if (set !== typed) problems.push(`${component} ${name}: the widget has ${set}`);
        }
      }
    } finally {
      history.replaceState(null, '', here);
    }
    expect(problems).toEqual([]);
  },
};

/** Stories that pin a language or a theme say so in their name. */
const PINS = {
  locale: /Simplified|Traditional|English|Scripts|Everywhere/,
  theme: /Dark|Light|Everywhere/,
};

/** Every pearl element under `root`, in shadow roots too. */
function widgets(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.localName.startsWith('pearl-') ? [el] : []),
    ...(el.shadowRoot ? widgets(el.shadowRoot) : []),
  ]);
}

/** The toolbar's language and theme (here English and dark) reach every story that does not pin one. */
export const ToolbarReachesEveryStory: Story = {
  play: async () => {
    const toolbar = { locale: 'en', theme: 'dark' };
    const all = stories({ initialGlobals: toolbar });
    expect(all.length).toBeGreaterThan(100);
    const box = document.createElement('div');
    document.body.append(box);
    const problems: string[] = [];
    try {
      for (const { file, name, pinned, story } of all) {
        const where = `${file} ${name}`;
        const pins = {
          locale: story.parameters.locale !== undefined || pinned.locale !== undefined,
          theme: story.parameters.theme !== undefined || pinned.theme !== undefined,
        };
        for (const k of ['locale', 'theme'] as const)
          if (pins[k] && !PINS[k].test(name)) problems.push(`${where} pins its ${k} unnamed`);
        const follows = { locale: !PINS.locale.test(name), theme: !PINS.theme.test(name) };
        if (!follows.locale && !follows.theme) continue;
        await story.load(); // loaders (the proofreading data)
        render(story() as TemplateResult, box);
        const found = widgets(box);
        await Promise.all(
          found.map((w) => (w as Element & { updateComplete?: Promise<unknown> }).updateComplete),
        );
        for (const w of found) {
          const locale = (w as Element & { locale?: string }).locale;
          const theme = w.getAttribute('data-pearl-theme');
          if (follows.locale && locale !== 'en')
            problems.push(`${where} <${w.localName}>: ${locale}, not the toolbar's en`);
          if (follows.theme && theme !== 'dark')
            problems.push(`${where} <${w.localName}>: ${theme}, not the toolbar's dark`);
        }
        render(null, box);
        endPrint(); // the print preview told the widgets the page prints
      }
    } finally {
      render(null, box);
      box.remove();
    }
    expect(problems).toEqual([]);
  },
};
