import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';
import '../packages/components/src/define/all.js';
import '../packages/components/src/data.js';
import { slicing } from '../packages/components/src/shared/schedule.js';
import { DocsPage } from './snippets/DocsPage.js';
import { DEFAULT_LOCALE, DEFAULT_THEME } from './snippets/defaults.js';
import { storyFrame } from './frame.js';
import { embedBlock } from './embed.js';
import { withActions } from 'storybook/actions/decorator';
import {
  EVENT_NAMES,
  extractArgTypes,
  extractComponentDescription,
  renderElement,
} from './arg-types.js';

setCustomElementsManifest(manifest);

// A story draws every widget at once, never time-sliced: a widget that waited keeps
// `content-visibility: auto`, and off screen axe cannot read the colours behind its skipped text
// (it reports the page's white instead of the dark cell). Crowded pages are tested in the bench.
slicing.budgetMs = Number.POSITIVE_INFINITY;

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    backgrounds: { disable: true },
    // The default docs page plus the embed snippets (script tag, static HTML, iframe).
    docs: { page: DocsPage, extractArgTypes, extractComponentDescription },
    // Every event of every element reaches the Actions panel.
    actions: { handles: EVENT_NAMES },
  },
  // A story without a render of its own draws its element with each attribute arg as an attribute.
  render: (args, { component }) => renderElement(args, String(component)),
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
  decorators: [withActions, storyFrame, embedBlock],
};
export default preview;
