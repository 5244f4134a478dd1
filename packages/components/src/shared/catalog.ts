/**
 * Where components look up `indicator="…"` ids, and how each component turns a record into what
 * it shows (its catalogue adapter, `<component>/<component>.catalog.ts`).
 *
 * Nothing is registered by default, so a page that passes its own numbers never downloads the data;
 * `@pearl-charts/components/data` (and the script-tag bundle with data) registers the full catalogue
 * of `@pearl-charts/data` and every component's adapter.
 *
 * The registry is one per page, whichever copy of Pearl Charts registers first: it lives on
 * `globalThis` under a `Symbol.for` key, so a page that loads the bundle without data (say, from a
 * theme script) and then the bundle with data still finds the catalogue, and the elements of the
 * first copy re-render when the second registers it.
 */
import type { IndicatorData, SourceData } from '@pearl-charts/data';

export interface Catalog {
  find(id: string): IndicatorData | undefined;
  /** Why a record that once had this id was removed (ids are public API); undefined otherwise. */
  removed?(id: string): string | undefined;
  /** The ids closest to a misspelt one, best first. */
  closest(id: string, n?: number): string[];
  source(seed: string): SourceData | undefined;
  /** Records whose `relations.of` is this id: its growth, change, share, rank, streak. */
  describing(level: IndicatorData): IndicatorData[];
  /** The record a relation points at. */
  related(
    r: IndicatorData,
    relation: 'of' | 'baseline' | 'target' | 'total',
  ): IndicatorData | undefined;
  /** The target an actual is measured against. */
  targetFor(actual: IndicatorData): IndicatorData | undefined;
  /** Records matching a tag or concept query, for comparisons. */
  query(q: {
    tag?: string;
    concept?: string;
    region?: string;
    kind?: string;
    status?: string;
  }): IndicatorData[];
  /**
   * The points of a concept in time order (trend charts), each saying whether it may be joined to
   * the one before (`breakBefore`: why not); absent in catalogues without series.
   */
  series?(concept: string): readonly (IndicatorData & { readonly breakBefore?: string })[];
}

/** The version of this copy; a page holding two different versions is warned once. */
export const VERSION = '0.2.0';

interface PageRegistry {
  /** The version of the copy that created the registry. */
  readonly version: string;
  catalog: Catalog | null;
  /** Catalogue adapters by tag name (`pearl-metric-card` → its view functions). */
  readonly views: Map<string, unknown>;
  /** Units a host site registered (`registerUnit`, format/units.ts), by id. */
  readonly units: Map<string, unknown>;
  /** Called after a catalogue or an adapter is registered (each copy re-renders its elements). */
  readonly listeners: Set<() => void>;
  /** Versions already warned about. */
  readonly warned: Set<string>;
}

const KEY = Symbol.for('pearl-charts.registry');

/** The page's registry, created by the first copy that asks; later copies of another version warn once. */
export function pageRegistry(): PageRegistry {
  const g = globalThis as typeof globalThis & { [KEY]?: PageRegistry };
  let registry = g[KEY];
  if (!registry) {
    registry = {
      version: VERSION,
      catalog: null,
      views: new Map(),
      units: new Map(),
      listeners: new Set(),
      warned: new Set(),
    };
    Object.defineProperty(g, KEY, { value: registry, configurable: true });
  } else if (registry.version !== VERSION && !registry.warned.has(VERSION)) {
    registry.warned.add(VERSION);
    console.warn(
      `Pearl Charts ${VERSION} is loaded on a page that already has ${registry.version}; ` +
        'both share one catalogue. Load one version to be sure every widget reads alike.',
    );
  }
  // A registry made by an older copy has no units map: add one, shared from then on.
  if (!registry.units) Object.assign(registry, { units: new Map() });
  return registry;
}

const registry = pageRegistry();

function changed() {
  registry.listeners.forEach((listener) => listener());
}

/**
 * Makes `catalog` the source of `indicator` ids for every component on the page (null removes it).
 * Elements already on the page re-render.
 */
export function registerCatalog(catalog: Catalog | null): void {
  registry.catalog = catalog;
  changed();
}

export function getCatalog(): Catalog | null {
  return registry.catalog;
}

/**
 * Registers how the element `tag` shows catalogue records. Each component's adapter calls this when
 * imported (by `@pearl-charts/components/data`, or `/catalog-views` beside a catalogue of your own).
 */
export function registerViews(tag: string, views: object | null): void {
  if (views) registry.views.set(tag, views);
  else registry.views.delete(tag);
  changed();
}

/** The catalogue adapter of `tag`; null when none is registered. */
export function getViews<T>(tag: string): T | null {
  return (registry.views.get(tag) as T | undefined) ?? null;
}

/** Calls `listener` after every registration; returns the function that stops it. */
export function onRegistryChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

export type Lookup =
  | { ok: true; indicator: IndicatorData }
  | { ok: false; code: 'no-catalog' }
  | { ok: false; code: 'unknown-indicator'; suggestion: string | undefined };

/**
 * Resolves an id in `catalog` (by default the registered one), or says why not: no catalogue
 * loaded, or an unknown id with the closest known one.
 */
export function lookupIndicator(id: string, catalog: Catalog | null = getCatalog()): Lookup {
  if (!catalog) return { ok: false, code: 'no-catalog' };
  const indicator = catalog.find(id);
  if (indicator) return { ok: true, indicator };
  return { ok: false, code: 'unknown-indicator', suggestion: catalog.closest(id, 1)[0] };
}
