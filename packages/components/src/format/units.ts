/**
 * Every unit a component can show: the data vocabulary's (`cny`, `percent`, `enterprises`…) and
 * those a host site registers with {@link registerUnit} (`eur`, `tonnes`, `km`). One validator for
 * every element and the CLI: an unknown unit is refused with the closest known id, and a value
 * outside its unit's sane range is refused rather than written as a 400-digit number. DOM-free.
 */
import { UNITS, type Labels, type Unit, type UnitKind } from '@pearl-charts/data/vocab';
import { pageRegistry } from '../shared/catalog.js';

/** What a registered unit measures; decides scale words and the sane range. */
export type RegisteredUnitKind = 'money' | 'count' | 'measure' | 'percent';

/** How a host site describes a unit of its own to {@link registerUnit}. */
export interface UnitDefinition {
  /** money (scale words, 万元 / million euros), count (scale words, measure word), measure, percent. */
  kind: RegisteredUnitKind;
  /**
   * What follows the number in each script: `{ 'zh-Hans': '欧元', 'zh-Hant': '歐元', en: 'euros' }`;
   * for a count, the Chinese measure word (吨, 公里). English is the plural.
   */
  labels: Labels;
  /** English singular where it differs from `labels.en` (euro, tonne). */
  enOne?: string;
  /**
   * The power of ten one unit of `value` stands for: 0 (default) when values are in euros, 4 when
   * the host writes 万元-style values (7.39 means 73,900). The number shown is value × 10^scale.
   */
  scale?: number;
  /**
   * A symbol written before the number instead of the words, outside Chinese: `€` gives €1.5 million,
   * while Chinese keeps the label (150万欧元).
   */
  prefix?: string;
}

/** A unit as the formatter reads it: the vocabulary's shape, with what a registration adds. */
export interface UnitSpec extends Unit {
  /** Power of ten one unit of a value stands for (registered units only; 0 otherwise). */
  readonly scale?: number;
  /** Symbol before the number outside Chinese (registered units only). */
  readonly prefix?: string;
}

const KINDS: Readonly<Record<RegisteredUnitKind, UnitKind>> = {
  money: 'currency',
  count: 'count',
  measure: 'quantity',
  percent: 'percent',
};

/** The page-wide map of registered units (shared by every copy of Pearl Charts on the page). */
function registered(): Map<string, UnitSpec> {
  return pageRegistry().units as Map<string, UnitSpec>;
}

const ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Registers a unit of the host site's, for every component on the page:
 * `registerUnit('eur', { kind: 'money', labels: { 'zh-Hans': '欧元', 'zh-Hant': '歐元', en: 'euros' }, enOne: 'euro', prefix: '€' })`.
 * Ids are lower-case letters, digits and hyphens; a vocabulary id (`cny`) cannot be replaced.
 * Widgets already on the page re-render. Throws a TypeError for a malformed definition.
 */
export function registerUnit(id: string, definition: UnitDefinition): void {
  if (typeof id !== 'string' || !ID.test(id))
    throw new TypeError(`registerUnit: "${String(id)}" is not a unit id (a-z, 0-9 and -).`);
  if (Object.hasOwn(UNITS, id))
    throw new TypeError(`registerUnit: "${id}" is a unit of the data vocabulary already.`);
  const d = definition as Partial<UnitDefinition> | null;
  const kind = d && typeof d.kind === 'string' ? KINDS[d.kind] : undefined;
  if (!d || !kind || !Object.hasOwn(KINDS, d.kind!))
    throw new TypeError(`registerUnit: "${id}" needs kind money, count, measure or percent.`);
  const labels = d.labels;
  const scripts = ['zh-Hans', 'zh-Hant', 'en'] as const;
  if (!labels || scripts.some((s) => typeof labels[s] !== 'string'))
    throw new TypeError(`registerUnit: "${id}" needs labels in zh-Hans, zh-Hant and en.`);
  const scale = d.scale ?? 0;
  if (!Number.isInteger(scale) || scale < -12 || scale > 12)
    throw new TypeError(`registerUnit: "${id}" scale must be an integer power of ten (−12…12).`);
  const spec: UnitSpec = Object.freeze({
    kind,
    label: Object.freeze({
      'zh-Hans': labels['zh-Hans'],
      'zh-Hant': labels['zh-Hant'],
      en: labels.en,
    }),
    ...(typeof d.enOne === 'string' ? { enOne: d.enOne } : {}),
    ...(scale ? { scale } : {}),
    ...(typeof d.prefix === 'string' && d.prefix ? { prefix: d.prefix } : {}),
  });
  registered().set(id, spec);
  const registry = pageRegistry();
  registry.listeners.forEach((listener) => listener());
}

/** The unit `id` stands for (vocabulary first, then the page's registered units), or undefined. */
export function unitSpec(id: unknown): UnitSpec | undefined {
  if (typeof id !== 'string') return undefined;
  if (Object.hasOwn(UNITS, id)) return (UNITS as Record<string, Unit>)[id];
  return registered().get(id);
}

/** True for an id of the vocabulary or of a registered unit. */
export function isKnownUnit(id: unknown): id is string {
  return unitSpec(id) !== undefined;
}

/** Every unit id the page knows: the vocabulary's, then the registered ones. */
export function knownUnits(): string[] {
  return [...Object.keys(UNITS), ...registered().keys()];
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/** The known unit id closest to `text` (precent → percent), or undefined when none is close. */
export function closestUnit(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of knownUnits()) {
    const d = distance(wanted, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  // Further than half the word away is no longer a misspelling.
  return best !== undefined && bestDistance <= Math.max(2, wanted.length / 2) ? best : undefined;
}

export type UnitCheck = { ok: true; unit: string } | { ok: false; message: string };

/** How a value that is not text is named in a message, without calling its toString. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

/**
 * The one unit check of every element and the CLI: a known id passes; anything else is refused
 * naming it and, when close, the known id meant: `Unknown unit "precent" for value; did you mean
 * "percent"?`. A missing unit (undefined, null, '') is the caller's to handle.
 */
export function checkUnit(unit: unknown, field: string): UnitCheck {
  if (isKnownUnit(unit)) return { ok: true, unit };
  if (typeof unit !== 'string')
    return {
      ok: false,
      message: `Unknown unit ${describeValue(unit)} for ${field}: a unit is an id such as cny or percent.`,
    };
  const suggestion = closestUnit(unit);
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : ' (registerUnit() adds one of your own).';
  return { ok: false, message: `Unknown unit "${unit}" for ${field}${hint}` };
}

/**
 * The largest magnitude a value of each kind may have, in base units. Beyond it a figure is a
 * mistake (1e308 yuan), not news, and the element shows its error state rather than a number of
 * hundreds of digits: money 10^16 (亿亿, a hundred times China's GDP in yuan), counts 10^13, percent
 * and growth ±10,000% (beyond that news writes 100倍 / 100×), percentage points ±1,000, multiples and
 * ranks 10^6, durations 10^6, physical quantities 10^15, fractions ±100.
 */
const LIMITS: Readonly<Record<UnitKind, number>> = {
  currency: 1e16,
  count: 1e13,
  percent: 1e4,
  pp: 1e3,
  fraction: 100,
  times: 1e6,
  rank: 1e6,
  duration: 1e6,
  quantity: 1e15,
};

/** The largest magnitude of a value in `unit` (in the unit's own terms, before its scale). */
export function unitLimit(unit: string): number {
  const spec = unitSpec(unit);
  if (!spec) return Infinity;
  return LIMITS[spec.kind] / 10 ** (spec.scale ?? 0);
}

/** 1e16 → 10^16, 10000 → 10000: how a limit is written in a message. */
function writeLimit(n: number): string {
  return n >= 1e6 ? `10^${Math.round(Math.log10(n))}` : String(n);
}

/**
 * Null when `value` lies within the sane range of `unit` (see LIMITS), else the problem naming
 * the field and range: `value 1e+308 is out of range for cny: between −10^16 and 10^16.`
 */
export function rangeProblem(value: number, unit: string, field: string): string | null {
  const limit = unitLimit(unit);
  if (Math.abs(value) <= limit) return null;
  const max = writeLimit(limit);
  return `${field} ${value} is out of range for ${unit}: it must lie between \u2212${max} and ${max}.`;
}
