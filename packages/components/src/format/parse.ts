/**
 * Reading host input strictly, the same way in every component. DOM-free.
 */
import type { UnitId } from '@pearl-charts/data/vocab';
import { isKnownUnit } from './units.js';

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/**
 * A number from attribute or JSON text, strictly: decimal or exponent notation with optional sign
 * and surrounding spaces. "", "abc", "12px", "1,000", "0x10", "NaN", "Infinity" and 1e400 (which
 * overflows) are refused, where `Number()` would turn "" into 0 and `parseFloat` "12px" into 12.
 */
export function parseStrictNumber(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Attribute text as a number, strictly: `1.5e12`, `-3`, `.5` parse; "", "abc", "NaN", "Infinity",
 * "1,000", "0x10" and "1e400" (overflow) give NaN (the error state), never a guess. Null (no
 * attribute) is undefined. The converter of every number attribute.
 */
export function parseNumberAttribute(value: string | null): number | undefined {
  return value === null ? undefined : (parseStrictNumber(value) ?? Number.NaN);
}

export type ResolvedNumber = { ok: true; value: number | undefined } | { ok: false; text: string };

/** A host number: undefined when absent, else a finite number or the text to quote in the error. */
export function resolveNumber(raw: unknown): ResolvedNumber {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (typeof raw === 'string') {
    const n = parseStrictNumber(raw);
    return n === null ? { ok: false, text: raw } : { ok: true, value: n };
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
  return { ok: false, text: String(raw) };
}

/**
 * True for a unit id of the data vocabulary (`enterprises`, `cny`, `percent`) or one the page
 * registered (`registerUnit`, format/units.ts); a registered id is typed as a UnitId for the formatter.
 */
export function isUnitId(unit: unknown): unit is UnitId {
  return isKnownUnit(unit);
}

export type ReadJson = { ok: true; value: unknown } | { ok: false; detail: string };

/**
 * A list input as the layout reads it: attribute text parsed as JSON, a property's value as it is;
 * when the text is not JSON, the parser's message (for the `malformed-json` error).
 */
export function readJson(raw: unknown): ReadJson {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
