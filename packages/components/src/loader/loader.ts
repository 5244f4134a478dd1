/**
 * The script-tag loader (dist/loader/pearl-charts.js): finds the `pearl-*` elements on the page,
 * now and as they are added, and imports only their chunks; when they name indicator ids,
 * concepts or tags, it fetches one small data file per name (the records a widget naming it reads)
 * and registers a catalogue over them; a page naming many fetches the whole dataset in one file
 * instead. Later elements naming more load more. Only an unknown id makes it fetch the list of
 * every id, for "did you mean".
 *
 * Every URL is relative to this module's own, so the folder can be served from any path.
 */
import dataDir from 'virtual:pearl-loader-data';
import { filesFor, type DataFile } from './data-index.js';

/** Each element's chunk, by tag: `define/metric-card.ts` defines <pearl-metric-card>. */
const DEFINES = tagged(
  import.meta.glob(['../define/*.ts', '!../define/all.ts']),
  /define\/(.+)\.ts$/,
);
/** Each element's catalogue adapter (`metric-card/metric-card.catalog.ts`), by tag. */
const ADAPTERS = tagged(import.meta.glob('../*/*.catalog.ts'), /\/([^/]+)\.catalog\.ts$/);
/** The attributes that name catalogue records, and what each names. */
const NAMING = {
  indicator: 'ids',
  indicators: 'ids',
  'target-indicator': 'ids',
  concept: 'concepts',
  tag: 'tags',
} as const;

/**
 * Past this many names, one file of every record (about 21 KB gzip) costs less than a file per
 * name (0.9 KB each on average) and far fewer requests.
 */
const MANY = 16;

type Load = () => Promise<unknown>;

function tagged(modules: Record<string, Load>, name: RegExp): Map<string, Load> {
  return new Map(
    Object.entries(modules).map(([path, load]) => [`pearl-${name.exec(path)![1]}`, load]),
  );
}

const base = import.meta.url;
const seen = new WeakSet<Element>();
const requested = new Set<string>();
/** Tags of elements that name records: their adapters are loaded. */
const dataTags = new Set<string>();
const wanted = { ids: new Set<string>(), concepts: new Set<string>(), tags: new Set<string>() };
/** Each data file asked for, by path in the data folder; null when there is none (an unknown name). */
const files = new Map<string, Promise<DataFile | null>>();
let all: Promise<DataFile | null> | undefined;
let names: Promise<string[] | null> | undefined;
/** The data registered so far; a new catalogue replaces it when more is loaded. */
let registered: Promise<unknown> = Promise.resolve();
let registeredCount = -1;
let hydration: Promise<unknown> | undefined;

/** A file in the data folder; null when the server has none (404). */
const json = <T>(path: string): Promise<T | null> =>
  fetch(new URL(dataDir + path, base)).then((r) => {
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(`${r.status} ${r.url}`);
    return r.json() as Promise<T>;
  });

/**
 * Loads the chunks of the `pearl-*` elements in `elements`, and the data they name. An element that
 * names records is defined once the catalogue holding them is registered, so it never shows (and
 * reports) a missing catalogue first.
 */
function load(elements: Iterable<Element>): void {
  let more = false;
  const fresh: string[] = [];
  for (const el of elements) {
    const tag = el.localName;
    if (!DEFINES.has(tag)) continue;
    if (!requested.has(tag)) {
      requested.add(tag);
      fresh.push(tag);
      // Server-rendered markup (declarative shadow DOM) is hydrated, not drawn again: Lit's support
      // must run before the first element class is defined.
      if (el.shadowRoot && !customElements.get(tag))
        hydration ??= import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
    }
    for (const [attribute, kind] of Object.entries(NAMING)) {
      const value = el.getAttribute(attribute);
      if (!value) continue;
      if (!dataTags.has(tag)) {
        dataTags.add(tag);
        more = true; // its adapter
      }
      for (const name of value.split(/[\s,，]+/))
        if (name && !wanted[kind].has(name)) {
          wanted[kind].add(name);
          more = true;
        }
    }
  }
  if (more) registered = registered.then(loadData).catch(report);
  for (const tag of fresh) {
    // Downloads now (the build's preload helper) and runs, defining the element, when awaited: once
    // the catalogue holding its records is registered.
    const define = DEFINES.get(tag)!();
    void (dataTags.has(tag) ? registered : Promise.resolve())
      .then(() => hydration)
      .then(() => define)
      .catch(report);
  }
}

/**
 * Fetches the data files of the names the page gives (or every record, once it gives many) and
 * registers a catalogue over everything loaded.
 */
async function loadData(): Promise<void> {
  // The data files first, so they download alongside the catalogue code, not after it.
  const wantedFiles = filesFor(wanted);
  if (!all && wantedFiles.files.length > MANY) all = json<DataFile>('all.json');
  if (!all) for (const f of wantedFiles.files) if (!files.has(f)) files.set(f, json<DataFile>(f));
  // Asked for now (their chunks download), run after Lit's hydration support on a server-rendered
  // page: they import LitElement, which must find that support in place.
  const register = import('./register.js');
  const adapters = [...dataTags].map((tag) => ADAPTERS.get(tag)?.());
  await hydration;
  const [{ registerData }] = await Promise.all([register, ...adapters]);
  const loaded = all ? [await all] : await Promise.all(files.values());
  const found = loaded.filter((f): f is DataFile => f !== null);
  // An id with no file is unknown: the list of every id lets the element suggest the closest.
  const needNames = !all && (wantedFiles.unknownIds.length > 0 || loaded.includes(null));
  const count = all ? -2 : files.size;
  if (count === registeredCount && (!needNames || names)) return;
  registeredCount = count;
  if (needNames) names ??= json<string[]>('names.json');
  const ids = all ? found.flatMap((f) => f.records.map((r) => r.id)) : ((await names) ?? []);
  registerData(found, ids);
}

function report(error: unknown): void {
  console.error('Pearl Charts could not load', error);
}

/** Every `pearl-*` element at or under `node` not looked at yet. */
function* pearls(node: Node): Generator<Element> {
  if (!(node instanceof Element)) return;
  if (node.localName.startsWith('pearl-') && !seen.has(node)) {
    seen.add(node);
    yield node;
  }
  for (const el of node.querySelectorAll('*'))
    if (el.localName.startsWith('pearl-') && !seen.has(el)) {
      seen.add(el);
      yield el;
    }
}

function start(): void {
  load(pearls(document.documentElement));
  new MutationObserver((records) => {
    const found: Element[] = [];
    for (const r of records) {
      if (r.type === 'attributes') found.push(r.target as Element);
      else r.addedNodes.forEach((n) => found.push(...pearls(n)));
    }
    load(found);
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: Object.keys(NAMING),
  });
}

start();
