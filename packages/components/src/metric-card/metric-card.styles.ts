import { css } from 'lit';

export const styles = css`
  :host {
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
    /* The height before the script runs is reserved by the page (tokens.css); once drawn, the card
       is as tall as what it shows. */
  }

  .fig {
    --_fig-gap: calc(var(--_space) * 2);
    padding: var(--_padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .fig-title {
    font-size: 0.9375rem;
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
    /* 165.8 billion yuan may wrap inside the number, never before the unit (see .unit). */
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
  /* The unit's leading space (" yuan") sits inside this no-wrap span, so the line cannot break
     there: no unit alone on a line. A Chinese unit (元) cannot be cut from its number either. */
  .unit {
    white-space: nowrap;
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
  }
  /* The caption may go on its own line at 320 px; the arrow and the signed value with its unit
     (+0.3 percentage points) stay together. */
  .delta-value {
    white-space: nowrap;
  }
  .delta[part~='delta-positive'] {
    color: var(--_up);
  }
  .delta[part~='delta-negative'] {
    color: var(--_down);
  }
  /* rise-color: colour by direction, not by good or bad news. The Chinese market convention
     (red) gives a rise the red of the negative token and a fall the green of the positive one. */
  :host([rise-color='red']) .delta.up,
  :host([rise-color='green']) .delta.down {
    color: var(--_down);
  }
  :host([rise-color='red']) .delta.down,
  :host([rise-color='green']) .delta.up {
    color: var(--_up);
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
  .where {
    white-space: nowrap;
  }
  .context {
    margin: 0;
    font-size: 0.875rem;
  }

  /* The rule above the source, or above the footer holding the source and the download button. */
  .fig > .fig-source,
  .fig-foot {
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_card-border);
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
  .fig-link {
    color: var(--_accent);
  }

  @container (max-width: 359px) {
    .fig {
      padding: calc(var(--_space) * 3);
    }
  }
  @container (min-width: 640px) {
    .fig-title {
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
