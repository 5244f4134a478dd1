import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { pearlSnippets } from './snippets/ssr-plugin.js';
import { DEFAULT_LOCALE, DEFAULT_THEME } from './snippets/defaults.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (config) => {
    // Storybook's renderer imports lit/directive-helpers.js unbundled; pre-bundling both keeps one Lit.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/directive-helpers.js',
      // stories/checks.stories.ts: Storybook's URL args serialisation.
      'storybook/internal/router',
    ];
    // Static HTML for the docs' embed snippets: live in `storybook dev`, pre-rendered in the build.
    config.plugins = [
      ...(config.plugins ?? []),
      pearlSnippets({
        storiesDir: fileURLToPath(new URL('../stories', import.meta.url)),
        manifestPath: fileURLToPath(
          new URL('../packages/components/custom-elements.json', import.meta.url),
        ),
        defaults: { locale: DEFAULT_LOCALE, theme: DEFAULT_THEME },
      }),
    ];
    return config;
  },
};
export default config;
