import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--pearl-metric-card-min-height, 11rem);
    --_padding: var(--pearl-metric-card-padding, calc(var(--_space) * 4));
    --_card-border: var(--pearl-metric-card-border-color, var(--_border));
    --_value-color: var(--pearl-metric-card-value-color, var(--_fg));
    /* cqi is the card's own width (the host is the container): 2rem up to 280px, 3.5rem from about 620px. */
    --_value-size: var(--pearl-metric-card-value-size, clamp(2rem, 0.75rem + 7cqi, 3.5rem));
    --_badge-bg: var(--pearl-metric-card-badge-background, var(--_surface-muted));
    --_up: var(--pearl-metric-card-positive-color, var(--_positive));
    --_down: var(--pearl-metric-card-negative-color, var(--_negative));
    --_flat: var(--pearl-metric-card-neutral-color, var(--_neutral));
    --_mark: var(--pearl-metric-card-mark-color, var(--_highlight));

    /* Reserved before the catalogue or the element's script arrives, so the article does not jump. */
    min-height: var(--_min-height);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-height: inherit;
    padding: var(--_padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  [part~='error'] {
    min-height: inherit;
  }

  .head {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    justify-content: space-between;
  }
  .label {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .badge {
    flex: none;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_card-border);
    border-radius: 999px;
    background: var(--_badge-bg);
    font-size: 0.75rem;
    line-height: 1.6;
    white-space: nowrap;
  }
  /* A target is not yet a fact: the dashed outline says so even in greyscale. */
  .badge[part~='badge-target'] {
    border-style: dashed;
  }

  .value {
    margin: 0;
    color: var(--_value-color);
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.01em;
  }
  .bound,
  .unit {
    font-size: 0.45em;
    font-weight: 500;
    letter-spacing: 0;
  }
  /* The count-up draws over an invisible copy of the final number, which fixes the width. */
  .counter {
    display: inline-grid;
  }
  .counter > * {
    grid-area: 1 / 1;
    justify-self: end;
  }
  .sizer {
    visibility: hidden;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space)) calc(var(--_space) * 3);
    align-items: baseline;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .delta {
    color: var(--_flat);
    font-weight: 600;
    white-space: nowrap;
  }
  .delta[part~='delta-positive'] {
    color: var(--_up);
  }
  .delta[part~='delta-negative'] {
    color: var(--_down);
  }
  .delta-caption {
    margin-inline-end: calc(var(--_space));
    color: var(--_muted);
    font-weight: 400;
  }
  .arrow {
    margin-inline-end: 0.15em;
    font-size: 0.8em;
  }
  .context {
    margin: 0;
    font-size: 0.875rem;
  }

  .source {
    margin: auto 0 0;
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_card-border);
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  summary {
    cursor: pointer;
  }
  .quote {
    margin: calc(var(--_space) * 2) 0;
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_card-border);
    color: var(--_fg);
  }
  .figure {
    background: color-mix(in srgb, var(--_mark) 22%, transparent);
    color: inherit;
    font-weight: 600;
  }
  .link {
    color: var(--_accent);
  }
  cite {
    font-style: normal;
  }

  @container (max-width: 359px) {
    .base {
      padding: calc(var(--_space) * 3);
    }
    .head {
      flex-wrap: wrap;
    }
  }
  @container (min-width: 640px) {
    .label {
      font-size: 1rem;
    }
    .meta,
    .context {
      font-size: 0.9375rem;
    }
  }

  /* Forced colours: the browser sets text, border and link colours itself, and gives <mark> its
     Mark colour, but it keeps the alpha of the tinted background, which would leave the figure faint. */
  @media (forced-colors: active) {
    .figure {
      background: Mark;
    }
  }
`;
