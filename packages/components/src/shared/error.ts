import { html } from 'lit';
import type { FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';

/**
 * What a component shows instead of a chart it cannot draw. A reader gets one quiet line in their
 * script (图表暂不可用 / Chart unavailable), a status rather than an alert: nothing they can act on.
 * With `debug` (on the element or an ancestor, as Storybook sets it) the developer's box follows:
 * a heading in the reader's script, then the problem in English (see `ERRORS`), marked `lang="en"`
 * so a screen reader on a Chinese page switches voice. The problem is rendered as text (Lit
 * escapes it), so an id or JSON from an attribute cannot inject HTML.
 */
export const errorState = (problem: string, locale: FormatLocale, debug = false) =>
  debug
    ? html`<div part="error" class="error error-debug" role="status">
        <span class="error-icon" aria-hidden="true">!</span>
        <span
          ><strong part="error-heading" class="error-heading"
            >${message('error.heading', locale)}</strong
          >
          <span part="error-detail" lang="en">${problem}</span></span
        >
      </div>`
    : html`<p part="error" class="error" role="status">${message('error.unavailable', locale)}</p>`;
