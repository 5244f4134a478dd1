import { html } from 'lit';

/**
 * The visible, accessible error state: a component shows this instead of a blank or a wrong number.
 * The message is rendered as text (Lit escapes it), so an id or JSON from an attribute cannot inject HTML.
 */
export const renderError = (message: string) =>
  html`<div part="error" role="alert">
    <span class="error-icon" aria-hidden="true">!</span><span>${message}</span>
  </div>`;
