/**
 * A clamped linear map from a two-number domain onto a range: the one piece of a linear scale our
 * charts use, since every position is a percentage of the track and CSS does the rest. d3-scale's
 * `scaleLinear` computes the same (a test compares the two) but brings interpolators for colours
 * and strings and a tick formatter, 10 KB gzip that these widgets would never run.
 */
export function linearMap(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  return (value) => {
    // An empty domain maps everything to the middle, as d3 does.
    const t = span ? Math.min(1, Math.max(0, (value - d0) / span)) : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}
