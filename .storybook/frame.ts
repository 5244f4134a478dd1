import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { localizeArgs } from '../stories/phrases.js';
import { DEFAULT_LOCALE, DEFAULT_THEME } from './snippets/defaults.js';
import { customPropertyStyle } from './arg-types.js';

/**
 * Every story's frame: the widgets take language and theme from an ancestor, as they would from an
 * article page (a story's `locale`/`theme` parameters, else the toolbar), and the story's own
 * headings and labels are handed to it in that language (stories/phrases.ts). `debug` is on, so
 * error stories show the problem; `parameters: { debug: false }` shows the reader's quiet line.
 */
export const storyFrame: Decorator = (story, { args, globals, parameters }) => {
  const locale = String(parameters.locale ?? globals.locale ?? DEFAULT_LOCALE);
  const theme = String(parameters.theme ?? globals.theme ?? DEFAULT_THEME);
  return html`<div
    class="pearl-story"
    lang=${locale}
    theme=${theme}
    ?debug=${parameters.debug ?? true}
    style="padding: 1rem; color-scheme: ${theme}; background: ${
      theme === 'dark' ? '#15171b' : '#ffffff'
    }; max-width: ${parameters.width ?? 'none'}; ${customPropertyStyle(args)}"
  >
    ${story({ args: localizeArgs(args, locale) })}
  </div>`;
};
