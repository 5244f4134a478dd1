import { css } from 'lit';

/**
 * One grid for the whole chart (label | plot | value), shared by every row through subgrid, so the
 * label column fits the longest label (wrapping past `--pearl-sector-comparison-label-width`) and
 * the value column the longest value. Under 420px of container width the label goes above its bar.
 * Bars are positioned in percent of the plot (`--_start`, `--_size` from the layout).
 */
export const styles = css`
  :host {
    --_bar: var(--pearl-sector-comparison-bar-color, var(--_accent));
    --_bar-highlight: var(--pearl-sector-comparison-highlight-color, var(--_highlight));
    --_track: var(--pearl-sector-comparison-track-color, transparent);
    --_bar-height: var(--pearl-sector-comparison-bar-height, 1.25rem);
    --_label-width: var(--pearl-sector-comparison-label-width, 40%);
    --_min-height: var(--pearl-sector-comparison-min-height, 12rem);
    --_duration: var(--pearl-sector-comparison-duration, 600ms);

    min-block-size: var(--_min-height);
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }

  [part~='heading'] {
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
  }

  [part~='list'] {
    display: grid;
    grid-template-columns: fit-content(var(--_label-width)) minmax(0, 1fr) max-content;
    /* The band scale's padding: the gap is to the bar as (1 - thickness) is to thickness. */
    row-gap: calc(var(--_bar-height) * (1 / var(--_band, 0.7) - 1));
    column-gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='list'] > li,
  [part~='row'] {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }

  [part~='row'] {
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

  [part~='row']:hover [part~='label'] {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  [part~='label'] {
    grid-column: 1;
    min-inline-size: 0;
    font-size: 0.875rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  [part~='marker'] {
    color: var(--_bar-highlight);
    margin-inline-end: 0.25em;
  }

  [part~='status'] {
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

  [part~='track'] {
    position: relative;
    grid-column: 2;
    block-size: var(--_bar-height);
    background: var(--_track);
  }

  [part~='bar'] {
    position: absolute;
    inset-block: 0;
    /* Chart geometry does not mirror with writing direction: physical left and width. */
    left: var(--_start);
    width: var(--_size);
    background: var(--_bar);
    transform-origin: left center;
  }

  [part~='bar'][part~='negative'] {
    transform-origin: right center;
  }

  [part~='axis'] {
    position: absolute;
    inset-block: calc(var(--_space) * -1);
    left: var(--_zero);
    border-left: 1px solid var(--_muted);
  }

  [part~='value'] {
    grid-column: 3;
    font-size: 0.875rem;
    white-space: nowrap;
    text-align: end;
  }

  [part~='highlighted'] [part~='label'],
  [part~='highlighted'] [part~='value'] {
    font-weight: 700;
  }

  [part~='bar'][part~='highlighted'] {
    background: var(--_bar-highlight);
  }

  [part~='toggle'] {
    align-self: flex-start;
    padding: var(--_space) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: var(--_fg);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
  }

  [part~='toggle']:hover {
    background: var(--_surface-muted);
  }

  /* Shown: scrolls sideways rather than widening the page. Hidden: the 1px box clips it. */
  .table {
    overflow-x: auto;
  }

  [part~='table'] {
    border-collapse: collapse;
    font-size: 0.875rem;
  }

  [part~='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }

  [part~='table'] th,
  [part~='table'] td {
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  [part~='table'] td {
    text-align: end;
    white-space: nowrap;
  }

  [part~='table'] tbody th {
    font-weight: 400;
  }

  [part~='table'] .highlighted th,
  [part~='table'] .highlighted td {
    font-weight: 700;
  }

  /* Narrow containers: the label takes its own line above the bar and value. */
  @container (max-width: 419.98px) {
    [part~='list'] {
      grid-template-columns: minmax(0, 1fr) max-content;
      row-gap: calc(var(--_space) * 3);
    }
    [part~='row'] {
      row-gap: var(--_space);
    }
    [part~='label'] {
      grid-column: 1 / -1;
    }
    [part~='track'] {
      grid-column: 1;
    }
    [part~='value'] {
      grid-column: 2;
    }
  }

  @keyframes pearl-sector-grow {
    from {
      transform: scaleX(0);
    }
  }

  :host([animate]) [part~='bar'] {
    animation: pearl-sector-grow var(--_duration) cubic-bezier(0.2, 0.7, 0.2, 1) both;
  }

  @media (prefers-reduced-motion: reduce) {
    :host([animate]) [part~='bar'] {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    [part~='bar'] {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='bar'][part~='highlighted'] {
      background: Highlight;
    }
    [part~='marker'] {
      color: CanvasText;
    }
    [part~='axis'] {
      border-color: CanvasText;
    }
    [part~='toggle'] {
      border-color: ButtonText;
    }
  }
`;
