import { css } from 'lit';

/**
 * The donut beside its legend from 360px of container width; under it, the donut is hidden and a
 * stacked bar takes its place above the legend. Both are in the markup (server HTML too), so the
 * container query alone chooses, with or without JavaScript. Hidden with display: none, the other
 * chart's marks leave the tab order and the accessibility tree.
 *
 * Each mark's colour is its series (`.s1`…`.s7`, `.s0` the rest) as `--_c`. An estimate is hatched
 * inside an outline, a target is a dashed outline without fill, and a bound is hatched the other way
 * with no outline (an open edge): the pattern, not the colour, says which.
 */
export const styles = css`
  :host {
    --_size: var(--pearl-share-size, 10rem);
    --_bar-height: var(--pearl-share-bar-height, 1.5rem);
    --_s0: var(--pearl-share-other-color, light-dark(#8a909a, #6b717b));
    --_s1: var(--_accent);
    --_s2: var(--pearl-series-2, light-dark(#c2571a, #ffb37a));
    --_s3: var(--pearl-series-3, light-dark(#2f7d45, #74d496));
    --_s4: var(--pearl-series-4, light-dark(#8a4baf, #d0a2f5));
    --_s5: var(--pearl-series-5, light-dark(#a8325e, #ff9ac0));
    --_s6: var(--pearl-series-6, light-dark(#177e89, #6fd3dd));
    --_s7: var(--pearl-series-7, light-dark(#7a6a12, #e3cf6b));
  }

  .s0 {
    --_c: var(--_s0);
  }
  .s1 {
    --_c: var(--_s1);
  }
  .s2 {
    --_c: var(--_s2);
  }
  .s3 {
    --_c: var(--_s3);
  }
  .s4 {
    --_c: var(--_s4);
  }
  .s5 {
    --_c: var(--_s5);
  }
  .s6 {
    --_c: var(--_s6);
  }
  .s7 {
    --_c: var(--_s7);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }

  .sentence {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    text-wrap: pretty;
  }

  .chart {
    display: grid;
    grid-template-columns: var(--_size) minmax(0, 1fr);
    align-items: center;
    gap: calc(var(--_space) * 4);
  }

  .donut {
    position: relative;
    inline-size: var(--_size);
  }

  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }

  path:not([fill]) {
    fill: var(--_c);
  }
  path {
    stroke: var(--_bg);
    stroke-width: 0.6;
  }
  path.estimate {
    stroke: var(--_c);
    stroke-width: 0.8;
  }
  path.target {
    fill: none;
    stroke: var(--_c);
    stroke-width: 1;
    stroke-dasharray: 2.5 1.5;
  }
  path.bound {
    stroke: none;
  }
  .hatch {
    stroke: var(--_c);
    stroke-width: 1.3;
  }
  .hatch-bg {
    fill: var(--_bg);
  }
  .num-bg {
    fill: var(--_bg);
  }
  text.num {
    fill: var(--_fg);
    font-size: 6.5px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }

  .mark {
    outline-offset: 1px;
  }
  .has-active .mark:not(.active) {
    opacity: 0.45;
  }
  g.mark:focus-visible {
    outline: none;
  }
  g.mark:focus-visible path {
    stroke: var(--_focus);
    stroke-width: 1.4;
  }

  .centre {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    margin: auto;
    max-inline-size: 58%;
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.15;
    text-align: center;
    text-wrap: balance;
    pointer-events: none;
  }
  .centre.long {
    font-size: 1rem;
  }

  .bar {
    display: none;
    position: relative;
    block-size: var(--_bar-height);
  }
  .bar > span {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_start);
    inline-size: var(--_size);
    display: flex;
  }
  .bar-num {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.25rem;
    transform: translateY(-50%);
    min-inline-size: 1.1rem;
    padding: 0 0.2rem;
    border-radius: 0.55rem;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.1rem;
    text-align: center;
  }
  .seg {
    flex: var(--_grow) 1 0;
    min-inline-size: 1px;
    background: var(--_c);
    border-inline-end: 1.5px solid var(--_bg);
  }
  .seg.estimate,
  .swatch.estimate {
    background: repeating-linear-gradient(45deg, var(--_c) 0 2px, transparent 2px 5px);
    box-shadow: inset 0 0 0 1.5px var(--_c);
  }
  .seg.target,
  .swatch.target {
    background: none;
    border: 2px dashed var(--_c);
  }
  .seg.bound {
    background: repeating-linear-gradient(-45deg, var(--_c) 0 2px, transparent 2px 5px);
  }

  .legend {
    max-inline-size: 32rem;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .row {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  .row.active .label,
  .row.active .value {
    font-weight: 700;
  }
  .swatch {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    align-self: center;
    background: var(--_c);
    border-radius: 2px;
  }
  .row .num {
    flex: none;
    font-weight: 700;
    min-inline-size: 1ch;
  }
  .label {
    flex: 1 1 auto;
    min-inline-size: 0;
    text-wrap: pretty;
  }
  .value {
    flex: none;
    font-weight: 600;
    white-space: nowrap;
  }
  .status {
    padding: 0 var(--_space);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }

  .key {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    text-wrap: pretty;
  }

  .table summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  table {
    inline-size: 100%;
    margin-block-start: calc(var(--_space) * 2);
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  .caption-meta {
    display: block;
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.75rem;
  }
  th,
  td {
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    text-align: end;
    white-space: nowrap;
  }

  /* Narrow containers: one stacked bar above the legend instead of the donut. */
  @container (max-width: 359.98px) {
    .chart {
      grid-template-columns: minmax(0, 1fr);
    }
    .donut {
      display: none;
    }
    .bar {
      display: block;
    }
  }

  @media (forced-colors: active) {
    path,
    .seg,
    .swatch,
    .hatch {
      forced-color-adjust: none;
      --_c: CanvasText;
    }
    .s0 {
      --_c: GrayText;
    }
  }
`;
