import { css } from 'lit';

/**
 * The data table a chart shows on demand, and the button that shows it (`tableToggle` in
 * figure.ts): the same look on every chart that has one. An element adds it to its styles and keeps
 * only its own column alignments.
 */
export const tableStyles = css`
  .toggle {
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

  .toggle:hover {
    background: var(--_surface-muted);
  }

  /* Rendered only when shown: scrolls sideways rather than widening the page. */
  .table {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-size: 0.875rem;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }

  th,
  td {
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  td {
    white-space: nowrap;
  }

  tbody th {
    font-weight: 400;
  }
`;
