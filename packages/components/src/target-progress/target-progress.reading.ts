/**
 * What a progress bar may claim about its figures, decided before anything is drawn. The house
 * rule: a percent of target only when actual and target measure the same thing over the same
 * period. Pure and DOM-free, like the layout file that re-exports it.
 */
import type { Bound, Kind, Status, UnitId } from '@pearl-charts/data/vocab';

/** One figure as the element receives it: the number, its period and how the source qualifies it. */
export interface Figure {
  value: number;
  period?: string | undefined;
  bound?: Bound | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** `estimate` draws the actual hollow and labels it 预计 / estimate. */
  status?: Status | undefined;
  /** The catalogue's measure; two figures with different concepts measure different things. */
  concept?: string | undefined;
  /** The catalogue's kind: a `growth` or `change` reads as a rate. */
  kind?: Kind | undefined;
  /** The catalogue record's id; unset for the host's numbers. */
  id?: string | undefined;
}

/** Whether an actual's period and a target's period allow a percent of target. */
export type PeriodMatch = 'same' | 'different' | 'unknown';

/** Why a bar shows no percent of target although it has both figures. */
export type ApartReason = 'period' | 'period-unknown' | 'definition';

/** How a bar with both figures reads. */
export interface Reading {
  /** Figures in percent or percentage points, or a growth or change: positions against 0. */
  rate: boolean;
  /** Why actual and target are not progress toward each other; `null` when they are. */
  apart: ApartReason | null;
}

const normal = (p: string | null | undefined) =>
  p === undefined || p === null ? '' : String(p).trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Compares the period of an actual with the period of its target:
 *
 * - both absent: `same`. A host that gives no periods vouches that its two numbers go together
 *   (a dashboard's "84 of 100"); giving periods asks the element to check them.
 * - one absent: `unknown`, so no percent: a figure with a year beside one without is not known to
 *   be the same year.
 * - the same text, or a year against a target "by" that year (`2025`, `by 2025`): `same`.
 * - a stock counted "as of" a date against a target to reach "by" a year not before it
 *   (`as of 2024-12`, `by 2027`): `same`, as `getTargetFor` in the data package pairs them; the
 *   percent reads as progress so far toward a level.
 * - anything else, such as a 2024 count against a 2025 target of the same yearly flow: `different`.
 */
export function comparePeriods(
  valuePeriod: string | null | undefined,
  targetPeriod: string | null | undefined,
): PeriodMatch {
  const a = normal(valuePeriod);
  const b = normal(targetPeriod);
  if (!a && !b) return 'same';
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  const by = /^by (\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(b);
  if (by && a === b.slice(3)) return 'same';
  const asOf = /^as of (\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(a);
  if (by && asOf && asOf[1]! <= by[1]!) return 'same';
  return 'different';
}

/** Units in which a figure is a rate or a share: 5% is a position on a line, not an amount to fill. */
const RATE_UNITS: readonly UnitId[] = ['percent', 'pp'];

/**
 * How a bar with an actual and a target reads. A rate (unit `percent` or `pp`, or a catalogue
 * record of kind `growth` or `change`) is drawn as positions against 0 and compared in its own
 * unit, never as a percent of its target. Figures are apart when their periods do not match (see
 * {@link comparePeriods}) or when both come from the catalogue with different concepts.
 */
export function readFigures(value: Figure, target: Figure, unit: UnitId): Reading {
  const rate =
    RATE_UNITS.includes(unit) ||
    [value.kind, target.kind].some((k) => k === 'growth' || k === 'change');
  let apart: ApartReason | null = null;
  if (value.concept && target.concept && value.concept !== target.concept) apart = 'definition';
  else {
    const match = comparePeriods(value.period, target.period);
    if (match === 'different') apart = 'period';
    else if (match === 'unknown') apart = 'period-unknown';
  }
  return { rate, apart };
}

/**
 * Whether an actual meets its target, never claiming more than the source says:
 *
 * - a target of `over` (超5500) is met only when the actual is above it: 5500 does not meet 超5500;
 * - an `exact`, `about` or `nearly` target is met once the actual reaches its number (约200 is
 *   not met by 195: an approximate target is never met early);
 * - an actual qualified as `over` (超8400) is above its number, so it meets a target at or below it;
 *   a `range` counts by its low end; an actual qualified as `about`, `nearly` or `under` counts
 *   only when its number is above the target's.
 */
export function meetsTarget(
  value: number,
  target: number,
  valueBound: Bound = 'exact',
  targetBound: Bound = 'exact',
  valueMin?: number,
): boolean {
  const strict = targetBound === 'over';
  if (valueBound === 'over') return value >= target;
  if (valueBound === 'about' || valueBound === 'nearly' || valueBound === 'under')
    return value > target;
  const low = valueBound === 'range' && Number.isFinite(valueMin) ? valueMin! : value;
  return strict ? low > target : low >= target;
}

/**
 * The bound word a percent of target carries: 超 / over for an actual above its number, 约 /
 * about when either figure is approximate, so 8400 of 约10000 reads 约84%.
 */
export function percentBound(valueBound: Bound = 'exact', targetBound: Bound = 'exact'): Bound {
  if (targetBound === 'about' || targetBound === 'nearly') return 'about';
  if (valueBound === 'about' || valueBound === 'range') return 'about';
  return valueBound === 'over' || valueBound === 'nearly' || valueBound === 'under'
    ? valueBound
    : 'exact';
}

/**
 * The bound word of "what remains" (target − actual), or `null` when the sources leave it open.
 * 5000 against 超5500 leaves more than 500; 超8000 against 10000 leaves under 2000; 近8000 leaves
 * more than 2000; 超8000 against 超10000 could be anything, so nothing is said.
 */
export function remainingBound(
  valueBound: Bound = 'exact',
  targetBound: Bound = 'exact',
): Bound | null {
  if (valueBound === 'range' || targetBound === 'range' || targetBound === 'under') return null;
  if (targetBound === 'about' || targetBound === 'nearly' || valueBound === 'about') return 'about';
  if (valueBound === 'over') return targetBound === 'over' ? null : 'under';
  if (valueBound === 'nearly' || valueBound === 'under' || targetBound === 'over') return 'over';
  return 'exact';
}
