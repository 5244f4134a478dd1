import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import '../packages/components/src/define/all.js';
import '../packages/components/src/data.js';
import { DocsPage } from './snippets/DocsPage.js';
import { DEFAULT_LOCALE, DEFAULT_THEME } from './snippets/defaults.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    backgrounds: { disable: true },
    // The default docs page plus the embed snippets (script tag, static HTML, iframe).
    docs: { page: DocsPage },
  },
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: DEFAULT_LOCALE, theme: DEFAULT_THEME },
  // The widgets take language and theme from an ancestor, as they would from an article page, and
  // `debug` (error stories show the problem; `parameters: { debug: false }` shows the reader's line).
  decorators: [
    (story, { globals, parameters }) =>
      html`<div
        class="pearl-story"
        lang=${parameters.locale ?? globals.locale ?? 'zh-Hans'}
        theme=${parameters.theme ?? globals.theme ?? 'light'}
        ?debug=${parameters.debug ?? true}
        style="padding: 1rem; color-scheme: ${parameters.theme ?? globals.theme ?? 'light'}; background: ${
          (parameters.theme ?? globals.theme) === 'dark' ? '#15171b' : '#ffffff'
        }; max-width: ${parameters.width ?? 'none'}"
      >
        ${story()}
      </div>`,
  ],
};
export default preview;
