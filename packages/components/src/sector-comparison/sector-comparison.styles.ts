import { css } from 'lit';

/**
 * One grid for the whole chart (label | plot | value), shared by every row through subgrid, so the
 * label column fits the longest label (wrapping past `--pearl-sector-comparison-label-width`), the
 * value column its longest value (max-content: values never wrap), and the plot takes the rest.
 * Under 420px of container width the label goes above its bar. Bars are positioned in percent of
 * the plot (`--_start`, `--_size` from the layout).
 */
export const styles = css`
  :host {
    --_bar: var(--pearl-sector-comparison-bar-color, var(--_accent));
    --_bar-highlight: var(--pearl-sector-comparison-highlight-color, var(--_highlight));
    --_track: var(--pearl-sector-comparison-track-color, transparent);
    --_bar-height: var(--pearl-sector-comparison-bar-height, 1.25rem);
    --_label-width: var(--pearl-sector-comparison-label-width, 30%);
    --_duration: var(--pearl-sector-comparison-duration, 600ms);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }

  .heading {
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
  }

  /* The unit the values share, stated once at the top right, over the value column (单位：万亿元). */
  .unit {
    margin: 0 0 calc(var(--_space) * -1);
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 1.3;
    text-align: end;
    text-wrap: balance;
  }

  .nowrap {
    white-space: nowrap;
  }

  .list {
    display: grid;
    grid-template-columns: fit-content(var(--_label-width)) minmax(0, 1fr) max-content;
    /* The band scale's padding: the gap is to the bar as (1 - thickness) is to thickness. */
    row-gap: calc(var(--_bar-height) * (1 / var(--_band, 0.7) - 1));
    column-gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item,
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }

  .row {
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .row:hover .label {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .label {
    grid-column: 1;
    min-inline-size: 0;
    font-size: 0.875rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
    /* No one-character last line in Chinese, no lone word (or badge) in English. */
    text-wrap: pretty;
  }

  /* 广东 · 2024年 on its own line, never split. */
  .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }

  .marker {
    color: var(--_bar-highlight);
    margin-inline-end: 0.25em;
  }

  .status {
    display: inline-block;
    padding-inline: 0.3em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 400;
    line-height: 1.3;
    white-space: nowrap;
  }

  .track {
    position: relative;
    grid-column: 2;
    block-size: var(--_bar-height);
    background: var(--_track);
  }

  .bar {
    --_mark: var(--_bar);
    position: absolute;
    inset-block: 0;
    /* Chart geometry does not mirror with writing direction: physical left and width. */
    left: var(--_start);
    width: var(--_size);
    background: var(--_mark);
    transform-origin: left center;
  }

  .bar[part~='highlighted'] {
    --_mark: var(--_bar-highlight);
  }

  /* A range spans min to max: a light band between two end caps, so it never reads as a solid
     bar at its midpoint. The caps stand out of the band by a quarter of the bar's height. */
  .bar[part~='range'] {
    background: color-mix(in srgb, var(--_mark) 30%, transparent);
  }

  .bar[part~='range']::before,
  .bar[part~='range']::after {
    content: '';
    position: absolute;
    inset-block: calc(var(--_bar-height) * -0.25);
    inline-size: 2px;
    background: var(--_mark);
  }

  .bar[part~='range']::before {
    left: 0;
  }

  .bar[part~='range']::after {
    right: 0;
  }

  /* An estimate is hatched inside a thin outline; a target is a dashed outline with no fill. */
  .bar[part~='estimate'] {
    background: repeating-linear-gradient(-45deg, var(--_mark) 0 2px, transparent 2px 5px);
    box-shadow: inset 0 0 0 1.5px var(--_mark);
  }

  .bar[part~='target'] {
    background: none;
    border: 2px dashed var(--_mark);
  }

  .bar[part~='negative'] {
    transform-origin: right center;
  }

  .axis {
    position: absolute;
    inset-block: calc(var(--_space) * -1);
    left: var(--_zero);
    border-left: 1px solid var(--_muted);
  }

  .value {
    grid-column: 3;
    font-size: 0.875rem;
    white-space: nowrap;
    text-align: end;
  }

  .row[part~='highlighted'] .label,
  .row[part~='highlighted'] .value {
    font-weight: 700;
  }

  td {
    text-align: end;
  }

  /* Value (trillion yuan): the unit never breaks away from its heading. */
  thead th:last-child {
    text-align: end;
    white-space: nowrap;
  }

  .highlighted th,
  .highlighted td {
    font-weight: 700;
  }

  /* Narrow containers: the label takes its own line above the bar and value. */
  @container (max-width: 419.98px) {
    .list {
      grid-template-columns: minmax(0, 1fr) max-content;
      row-gap: calc(var(--_space) * 3);
    }
    .row {
      row-gap: var(--_space);
    }
    .label {
      grid-column: 1 / -1;
    }
    .track {
      grid-column: 1;
    }
    .value {
      grid-column: 2;
    }
  }

  @keyframes pearl-sector-grow {
    from {
      transform: scaleX(0);
    }
  }

  :host([animate]) .bar {
    animation: pearl-sector-grow var(--_duration) cubic-bezier(0.2, 0.7, 0.2, 1) both;
  }

  @media (prefers-reduced-motion: reduce) {
    :host([animate]) .bar {
      animation: none;
    }
  }

  /* Forced colours: bars keep their fill (the browser would paint backgrounds Canvas), in system colours. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      --_bar: CanvasText;
      --_bar-highlight: Highlight;
    }
  }
`;
