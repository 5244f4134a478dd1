import { html } from 'lit';
import type { FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';

/**
 * The visible, accessible error state: a component shows this instead of a blank or a wrong number.
 * A heading in the reader's script says the chart cannot be shown; the problem follows in English,
 * as `ERRORS` explains, marked `lang="en"` so a screen reader on a Chinese page switches voice.
 * The problem is rendered as text (Lit escapes it), so an id or JSON from an attribute cannot
 * inject HTML.
 */
export const errorState = (problem: string, locale: FormatLocale) =>
  html`<div part="error" role="alert">
    <span class="error-icon" aria-hidden="true">!</span>
    <span
      ><strong part="error-heading" class="error-heading"
        >${message('error.heading', locale)}</strong
      >
      <span part="error-detail" lang="en">${problem}</span></span
    >
  </div>`;
