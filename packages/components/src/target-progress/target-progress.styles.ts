import { css } from 'lit';

/**
 * Positions arrive as custom properties in percent of the track (`--_at: 62.5`), so the bar follows
 * the container's width with no measuring. Label rows place their label with two flexible spacers
 * whose grow factors are `--_at` and `100 - --_at`: a label sits under its mark, and at either end
 * it aligns with the track's edge instead of overflowing it.
 */
export const styles = css`
  :host {
    --_track: var(--pearl-target-progress-track-color, var(--_surface-muted));
    --_fill: var(--pearl-target-progress-fill-color, var(--_accent));
    --_marker: var(--pearl-target-progress-marker-color, var(--_fg));
    --_baseline: var(--pearl-target-progress-baseline-color, var(--_muted));
    --_over: var(--pearl-target-progress-overshoot-color, var(--_positive));
    --_track-height: var(--pearl-target-progress-track-height, 0.75rem);
  }

  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  .header {
    display: grid;
    gap: var(--_space);
  }
  .label {
    font-size: 0.9375rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: calc(var(--_space) * 2);
  }
  .percent {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.1;
  }
  .caption,
  .status {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .note {
    color: var(--_over);
    font-size: 0.875rem;
    font-weight: 700;
  }
  /* What remains gets a line of its own, so it never reads as the caption of the big figure. */
  .remaining {
    flex-basis: 100%;
    font-size: 0.875rem;
    text-wrap: pretty;
  }

  .chart {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    /* Room for half a marker glyph at either end of the track. */
    padding-inline: 7px;
  }

  .row {
    display: flex;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .row::before,
  .row::after {
    content: '';
  }
  .row::before {
    flex: var(--_at) 1 0;
  }
  .row::after {
    flex: calc(100 - var(--_at)) 1 0;
  }
  .row > span {
    flex: 0 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .row.below {
    /* The target triangle hangs under the track. */
    padding-block-start: 6px;
  }
  .value-label {
    color: var(--_fg);
    font-weight: 600;
  }
  .target-label {
    color: var(--_fg);
  }

  .glyph {
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
    overflow: visible;
  }
  .target-label .glyph {
    fill: var(--_marker);
  }
  .baseline-label .glyph {
    fill: var(--_baseline);
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
    border-radius: 2px;
    background: var(--_fill);
  }

  .track {
    position: relative;
    height: var(--_track-height);
    border-radius: calc(var(--_track-height) / 2);
    background: var(--_track);
  }
  .bars {
    position: absolute;
    inset: 0;
    border-radius: inherit;
    overflow: hidden;
  }
  .fill,
  .overshoot {
    position: absolute;
    inset-block: 0;
    left: calc(var(--_from) * 1%);
    width: calc((var(--_to) - var(--_from)) * 1%);
  }
  .fill {
    background: var(--_fill);
  }
  /* Past the target the fill is striped: an overshoot reads without colour. */
  .overshoot {
    background: repeating-linear-gradient(-45deg, transparent 0 3px, var(--_bg) 3px 5px);
    opacity: 0.7;
  }

  .zero,
  .marker,
  .baseline {
    position: absolute;
    left: calc(var(--_at) * 1%);
    inset-block: -4px;
    width: 0;
  }
  .zero {
    border-inline-start: 1px solid var(--_muted);
  }
  .marker::before,
  .baseline::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    inset-block: 0;
    left: -1px;
    width: 2px;
    background: var(--_marker);
  }
  .marker .glyph {
    position: absolute;
    top: calc(100% + 1px);
    left: -6px;
    width: 12px;
    height: 12px;
    margin: 0;
    fill: var(--_marker);
  }
  .baseline::before {
    background: none;
    border-inline-start: 2px dotted var(--_baseline);
  }
  .baseline .glyph {
    position: absolute;
    top: calc(50% - 6px);
    left: -6px;
    width: 12px;
    height: 12px;
    margin: 0;
    fill: var(--_baseline);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }

  /* An estimate is hollow in the mark itself, not only in its label (预计). */
  .estimate .fill {
    background: color-mix(in srgb, var(--_fill) 30%, transparent);
    box-shadow: inset 0 0 0 2px var(--_fill);
  }
  .estimate .swatch {
    background: none;
    box-shadow: inset 0 0 0 2px var(--_fill);
  }

  /* A dot on a thin line through 0: positions to compare, not a bar that fills up. */
  .positions .track {
    background: none;
  }
  .positions .track::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: calc(50% - 1px);
    height: 2px;
    background: var(--_border);
  }
  .positions .swatch {
    border-radius: 50%;
  }
  .positions .row.below {
    /* Room for the 0 label under the line. */
    padding-block-start: 1.125rem;
  }
  .point {
    position: absolute;
    left: calc(var(--_at) * 1%);
    top: 50%;
    width: 14px;
    height: 14px;
    margin: -7px 0 0 -7px;
    border-radius: 50%;
    background: var(--_fill);
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .estimate .point {
    background: var(--_bg);
    border: 3px solid var(--_fill);
  }
  .positions .zero {
    inset-block: -6px;
    border-inline-start-width: 2px;
    margin-inline-start: -1px;
  }
  .zero-label {
    position: absolute;
    top: calc(100% + 2px);
    left: 0;
    transform: translateX(-50%);
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 1;
  }

  @container (min-width: 480px) {
    /* The title keeps at least 12em: a long status (no percent, and why) wraps instead of
       squeezing the title into a column one character wide. */
    .header {
      grid-template-columns: minmax(min(100%, 12em), 1fr) minmax(0, auto);
      align-items: baseline;
      column-gap: calc(var(--_space) * 4);
    }
    .header .fig-description {
      grid-column: 1 / -1;
    }
    .summary {
      justify-content: flex-end;
    }
    .remaining {
      text-align: end;
    }
    .percent {
      font-size: 2rem;
    }
    .row {
      font-size: 0.875rem;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    /* The bars grow out of 0; every text is final from the start, so nothing counts up. */
    :host([animate]) .bars {
      animation: pearl-target-progress-grow 700ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
    }
  }
  @keyframes pearl-target-progress-grow {
    from {
      clip-path: inset(0 calc(100% - var(--_zero) * 1%) 0 calc(var(--_zero) * 1%));
    }
    to {
      clip-path: inset(0);
    }
  }

  /* Forced colours: the marks take system colours through the same private tokens, and opt out
     of forcing inside the track, where the browser would otherwise paint every background Canvas. */
  @media (forced-colors: active) {
    :host {
      --_track: Canvas;
      --_fill: Highlight;
      --_marker: CanvasText;
      --_baseline: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
    }
    .track,
    .swatch {
      forced-color-adjust: none;
    }
    .track {
      outline: 1px solid CanvasText;
    }
    .positions .track {
      outline: none;
    }
    .positions .track::before {
      background: CanvasText;
    }
    .overshoot {
      opacity: 1;
    }
  }
`;
