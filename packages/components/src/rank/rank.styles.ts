import { css } from 'lit';

/**
 * Marks arrive as custom properties in percent of their row (`--_x`, `--_w`, from d3's band
 * scale), so the rows follow the container's width with no measuring (and render on the server).
 * The place held is filled, taller and pointed at by a triangle; other places are outlines; the
 * places of a bounded rank are hatched under one bracket: shape and pattern say it, not colour
 * alone. The tooltip is the shared one (shared/tooltip.ts), placed inside the widget.
 */
export const styles = css`
  :host {
    --_held: var(--pearl-rank-held-color, var(--_accent));
    --_peer: var(--pearl-rank-peer-color, var(--_muted));
    --_mark-h: var(--pearl-rank-mark-height, 1.25rem);
  }

  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .where,
  .level,
  .caption {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    text-wrap: pretty;
  }
  .headline {
    margin: 0;
    font-size: clamp(1.375rem, 0.5rem + 3cqi, 2.25rem);
    font-weight: 700;
    line-height: 1.2;
    text-wrap: pretty;
  }
  .position {
    color: var(--_fg);
  }
  .streak {
    color: var(--_held);
    white-space: nowrap;
  }
  .sep {
    color: var(--_muted);
    font-weight: 400;
  }
  .badge {
    flex: none;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .row-wrap {
    position: relative;
    display: grid;
    gap: var(--_space);
  }
  /* Room above the marks for the triangle over the place held and the bracket. */
  .track {
    position: relative;
    margin-block-start: 0.625rem;
  }
  /* A short row (a 5-year streak) keeps marks about 1.75rem apart instead of stretching them. */
  .track,
  .ends {
    max-width: calc(var(--_n) * 1.75rem);
  }
  .marks {
    position: relative;
    height: var(--_mark-h);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .mark {
    position: absolute;
    inset-block: 0;
    left: calc(var(--_x) * 1%);
    width: calc(var(--_w) * 1%);
    min-width: 1px;
    border: 1px solid var(--_peer);
    border-radius: 1px;
    cursor: default;
  }
  .mark-held {
    inset-block-start: -0.375rem;
    border-color: var(--_held);
    background: var(--_held);
  }
  /* A triangle over the place held: its shape says "this one" without colour. */
  .mark-held::before {
    content: '';
    position: absolute;
    inset-block-end: calc(100% + 2px);
    left: 50%;
    width: 0.5rem;
    height: 0.375rem;
    translate: -50% 0;
    background: var(--_fg);
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .mark-bracket {
    border-color: var(--_held);
    background: repeating-linear-gradient(-45deg, var(--_held) 0 2px, transparent 2px 5px);
  }
  .bracket {
    position: absolute;
    inset-block-start: -0.5rem;
    left: calc(var(--_x) * 1%);
    width: calc(var(--_w) * 1%);
    height: 0.375rem;
    border: 2px solid var(--_fg);
    border-block-end: 0;
  }
  .mark-year {
    border-color: var(--_held);
    background: var(--_held);
  }
  .estimate .mark-year,
  .estimate .mark-held {
    background: repeating-linear-gradient(-45deg, var(--_held) 0 2px, transparent 2px 5px);
  }
  .mark:hover,
  .mark:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    z-index: 1;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .table-box summary {
    color: var(--_muted);
    font-size: 0.875rem;
    cursor: pointer;
  }
  table {
    margin-block-start: var(--_space);
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: var(--_space) calc(var(--_space) * 3) var(--_space) 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    font-weight: 400;
  }
  thead th {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .mark {
      border-color: CanvasText;
    }
    .mark-held,
    .mark-year {
      background: Highlight;
      border-color: Highlight;
    }
    .mark-bracket {
      background: repeating-linear-gradient(-45deg, CanvasText 0 2px, transparent 2px 5px);
    }
    .mark-held::before,
    .bracket {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
