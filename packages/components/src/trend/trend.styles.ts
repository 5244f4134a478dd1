import { css } from 'lit';

/**
 * The plot is a box of fixed height; the SVG stretches over it (its strokes keep their width with
 * `vector-effect: non-scaling-stroke`) and the labels, points and tooltip are HTML placed by
 * percentages (`--_x`, `--_y`), so text keeps its size at every width and nothing is measured.
 */
export const styles = css`
  :host {
    --_line: var(--pearl-trend-line-color, var(--_accent));
    --_target: var(--pearl-trend-target-color, var(--_highlight));
    --_plot-height: var(--pearl-trend-plot-height, 12rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }

  .unit {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .chart {
    display: grid;
    /* The y labels' column: --_gutter is the longest label's length in characters. */
    grid-template-columns: calc(var(--_gutter, 3) * 0.7em + 0.75rem) minmax(0, 1fr);
    grid-template-rows: var(--_plot-height) auto;
    font-size: 0.75rem;
    /* Room for the end markers and labels at the plot's edges. */
    padding-inline-end: 0.5rem;
    padding-block-start: 0.5rem;
  }

  .y-axis,
  .plot,
  .x-axis {
    position: relative;
  }

  .y-axis .tick {
    position: absolute;
    inset-inline-end: 0.5rem;
    top: var(--_at);
    transform: translateY(-50%);
    color: var(--_muted);
    white-space: nowrap;
  }

  .x-axis {
    grid-column: 2;
    height: 1.5rem;
  }

  .x-axis .tick {
    position: absolute;
    left: var(--_at);
    top: 0.25rem;
    transform: translateX(-50%);
    color: var(--_muted);
    white-space: nowrap;
  }

  .x-axis .start {
    transform: none;
  }

  .x-axis .end {
    transform: translateX(-100%);
  }

  .lines {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  .lines * {
    vector-effect: non-scaling-stroke;
    fill: none;
  }

  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .grid.zero {
    stroke: var(--_muted);
  }

  .line {
    stroke: var(--_line);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  /* An estimate or a target is dashed in the mark itself, not only in a label. */
  .line.estimate {
    stroke-dasharray: 6 4;
  }

  .line.target {
    stroke-dasharray: 2 4;
  }

  .lines .area {
    fill: var(--_line);
    fill-opacity: 0.15;
    stroke: none;
  }

  .lines .area.estimate,
  .lines .area.target {
    fill-opacity: 0.06;
  }

  .target-line {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .target-label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    color: var(--_fg);
    font-size: 0.75rem;
  }

  .swatch {
    flex: none;
    width: 1.5rem;
    border-top: 2px dashed var(--_target);
  }

  .point {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    width: 0.75rem;
    height: 0.75rem;
    padding: 0;
    margin: 0;
    transform: translate(-50%, -50%);
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--_line);
    cursor: pointer;
  }

  /* A larger hit area for touch, invisible. */
  .point::before {
    content: '';
    position: absolute;
    inset: -0.75rem;
    border-radius: 50%;
  }

  /* A bound (超50%) is an open marker: it never reads as an exact, measured dot. */
  .point[part~='open'] {
    background: var(--_bg);
  }

  .point[part~='undated'] {
    border-style: dotted;
  }

  .point[part~='active'] {
    width: 1rem;
    height: 1rem;
  }

  .point:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 3px;
  }

  .label {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    display: flex;
    flex-direction: column;
    transform: translate(-50%, calc(-100% - 0.6rem));
    width: max-content;
    white-space: nowrap;
    pointer-events: none;
    line-height: 1.25;
  }

  .label.start {
    transform: translate(0, calc(-100% - 0.6rem));
  }

  .label.end {
    transform: translate(calc(-100% + 0.4rem), calc(-100% - 0.6rem));
    text-align: end;
  }

  .label.below {
    transform: translate(-50%, 0.6rem);
  }

  .label.start.below {
    transform: translate(0, 0.6rem);
  }

  .label.end.below {
    transform: translate(calc(-100% + 0.4rem), 0.6rem);
  }

  .label-value {
    font-size: 0.875rem;
    font-weight: 700;
  }

  .label-period {
    color: var(--_muted);
  }

  .label-value,
  .label-period {
    background: color-mix(in srgb, var(--_bg) 80%, transparent);
  }

  /* The value column reads as numbers: right-aligned under its heading. */
  thead th:nth-child(2),
  tbody td:first-of-type {
    text-align: end;
  }

  @container (max-width: 479.98px) {
    .chart {
      --_plot-height: var(--pearl-trend-plot-height, 10rem);
    }
    .x-axis .minor {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .lines * {
      forced-color-adjust: none;
    }
    .line,
    .point {
      --_line: CanvasText;
    }
    .target-line {
      --_target: Highlight;
    }
  }
`;
