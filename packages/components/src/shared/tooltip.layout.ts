/**
 * Where a tooltip goes: pure and DOM-free, so it is tested on any anchor and widget size. All
 * boxes are in CSS pixels, relative to the widget's own box (its top-left corner is 0, 0).
 */

/** A rectangle: the mark a tooltip explains, in the widget's coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The tooltip's top-left corner in the widget's coordinates, and the side of the mark it is on. */
export interface TooltipPlacement {
  x: number;
  y: number;
  side: 'above' | 'below';
  /** Where the mark's centre is, from the tooltip's left edge (for a pointer), within the tooltip. */
  pointerX: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * Places a tooltip of `tip` size beside `anchor` inside a widget of `box` size: above the mark
 * when there is room, else below it, else on the side with more room, pushed inside the widget;
 * centred on the mark across, clamped to the widget's left and right edges. A tooltip larger than
 * the widget starts at its top-left edge (its CSS max-width keeps it from being wider).
 * `gap` is the space between mark and tooltip.
 */
export function placeTooltip(anchor: Rect, tip: Size, box: Size, gap = 6): TooltipPlacement {
  const above = anchor.y - gap - tip.height;
  const below = anchor.y + anchor.height + gap;
  let side: 'above' | 'below';
  let y: number;
  if (above >= 0) [side, y] = ['above', above];
  else if (below + tip.height <= box.height) [side, y] = ['below', below];
  else {
    // Neither side has room: the roomier one, with the tooltip pushed inside the widget (it may
    // cover part of the mark, never leave the widget).
    side = anchor.y >= box.height - (anchor.y + anchor.height) ? 'above' : 'below';
    y = clamp(side === 'above' ? above : below, 0, box.height - tip.height);
  }
  const centre = anchor.x + anchor.width / 2;
  const x = clamp(centre - tip.width / 2, 0, box.width - tip.width);
  return { x, y, side, pointerX: clamp(centre - x, 0, tip.width) };
}
