/**
 * Where an arrow key moves the focus in a row of `count` marks with one tab stop (trend points, rank
 * places): →/↓ the next, ←/↑ the previous (stopping at the ends), Home the first, End the last;
 * null for any other key, which the element leaves to the page.
 */
export function stepIndex(key: string, from: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
