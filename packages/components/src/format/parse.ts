/**
 * Reading host input strictly, the same way in every component. DOM-free.
 */
import { UNITS, type UnitId } from '@pearl-charts/data/vocab';

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

/** True for a unit id of the data vocabulary (`enterprises`, `cny`, `percent`). */
export function isUnitId(unit: unknown): unit is UnitId {
  return typeof unit === 'string' && Object.hasOwn(UNITS, unit);
}
