import { css } from 'lit';

/**
 * Shared by every component as one constructable stylesheet (adopted, not copied, per instance).
 * Public tokens are `--pearl-*`; the rules below read only the private `--_*` names they map to.
 * Defaults use `light-dark()`, so the OS scheme applies unless a `theme` attribute sets it.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--pearl-color-surface, light-dark(#ffffff, #15171b));
    --_fg: var(--pearl-color-text, light-dark(#1b1c1f, #eceef2));
    --_muted: var(--pearl-color-text-muted, light-dark(#575b63, #a9adb6));
    --_border: var(--pearl-color-border, light-dark(#d5d8de, #3a3e46));
    --_surface-muted: var(--pearl-color-surface-muted, light-dark(#eceef2, #262a31));
    --_accent: var(--pearl-series-1, light-dark(#1d5fa6, #82b5f0));
    --_highlight: var(--pearl-color-highlight, light-dark(#b4470b, #ffb37a));
    --_positive: var(--pearl-color-positive, light-dark(#1b7a3d, #74d496));
    --_negative: var(--pearl-color-negative, light-dark(#b3261e, #ff9a90));
    --_neutral: var(--pearl-color-neutral, light-dark(#575b63, #a9adb6));
    --_error: var(--pearl-color-error, light-dark(#a4161a, #ffb4ab));
    --_focus: var(--pearl-color-focus, light-dark(#1d5fa6, #82b5f0));
    --_font: var(
      --pearl-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      sans-serif
    );
    --_space: var(--pearl-space-unit, 0.25rem);
    --_radius: var(--pearl-radius, 0.375rem);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color-scheme: light dark;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-variant-numeric: tabular-nums;
    line-height: 1.45;
    min-width: 0;
  }
  :host(:lang(zh-Hant)),
  :host(:lang(zh-HK)),
  :host(:lang(zh-TW)) {
    --_font: var(
      --pearl-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang HK',
      'PingFang TC',
      'Microsoft JhengHei',
      'Noto Sans CJK TC',
      'Source Han Sans TC',
      sans-serif
    );
  }
  :host([data-pearl-theme='light']) {
    color-scheme: light;
  }
  :host([data-pearl-theme='dark']) {
    color-scheme: dark;
  }
  /* A widget that waited for its first render (shared/schedule.ts: a page of many widgets, past
     its first screenful) is not styled, laid out or painted while off screen; its text stays in
     the page for find-in-page, translation, screen readers and print. Until it has been on
     screen it is as tall as the page reserved while it waited (tokens.css), then as tall as it
     was. Not while something inside has focus: paint containment would clip a focus ring. */
  :host([data-pearl-deferred]) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_reserve, 12rem);
  }
  :host([data-pearl-deferred]:focus-within) {
    content-visibility: visible;
  }
  :host(pearl-metric-card) {
    --_reserve: var(--pearl-metric-card-min-height, 11.75rem);
  }
  :host(pearl-target-progress) {
    --_reserve: var(--pearl-target-progress-min-height, 10.5rem);
  }
  :host(pearl-sector-comparison) {
    --_reserve: var(--pearl-sector-comparison-min-height, 12rem);
  }
  @media (max-width: 479px) {
    :host(pearl-metric-card) {
      --_reserve: var(--pearl-metric-card-min-height, 10rem);
    }
    :host(pearl-target-progress) {
      --_reserve: var(--pearl-target-progress-min-height, 11.5rem);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* On paper every widget is light, whatever its theme, and keeps its bars, fills and tracks: a
     default print leaves backgrounds out, and most marks are backgrounds. print-color-adjust is
     inherited, so this holds for the whole shadow tree. */
  @media print {
    :host,
    :host([data-pearl-theme='dark']) {
      color-scheme: light;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
  /* Border-box inside as on the host. Not inherit: Chromium cannot take a style that inherits a
     non-inherited property explicitly from its matched-properties cache. Not on every ::before and
     ::after: a pseudo-element rule matching every element makes the engine resolve both
     pseudo-element styles of every element; the few pseudo-elements with a box set their own. */
  * {
    box-sizing: border-box;
  }
  /* Every named piece is a bidi isolate: host or data text holding a direction override (an RLO in
     a period or label) cannot reorder the figures beside it, nor a figure the text after it. Text
     with no right-to-left characters or controls renders the same either way. */
  [part] {
    unicode-bidi: isolate;
  }
  /* Pieces a widget leaves empty are hidden, whatever display a class or a page's ::part() gives them. */
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* What a reader sees instead of a chart: one quiet line, as tall as its text. */
  .error {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* The developer's box, with the debug attribute only. */
  .error-debug {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_fg);
  }
  .error-debug .error-icon {
    flex: none;
    color: var(--_error);
    font-weight: 700;
  }
  .error-heading {
    display: block;
  }
`;
