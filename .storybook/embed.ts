/**
 * "Embed this story" under every component story's canvas (the docs page has its own block,
 * snippets/SnippetsBlock.ts): the script tag, the static-HTML command and the iframe, built from the
 * story's current args, language and theme, so an edited control is in the snippet. Static HTML for
 * edited args comes from the CLI (`npx pearl-charts render …`); the docs page pre-renders the
 * default. The snippet names the version it points at and says whether npm has it.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import manifest from '../packages/components/custom-elements.json';
import pkg from '../packages/components/package.json';
import { localizeArgs } from '../stories/phrases.js';
import { DEFAULT_LOCALE, DEFAULT_THEME } from './snippets/defaults.js';
import {
  argsToAttributes,
  cliCommand,
  iframeSnippet,
  scriptSnippet,
  type SnippetRequest,
} from './snippets/snippet.js';

let published: Promise<string> | null = null;

/** Whether npm has this version: checked once, only by a person's browser (not in tests). */
function versionNote(): Promise<string> | string {
  const name = `@pearl-charts/components@${pkg.version}`;
  if (navigator.webdriver) return `Points at ${name}.`;
  published ??= fetch(`https://registry.npmjs.org/@pearl-charts/components/${pkg.version}`, {
    signal: AbortSignal.timeout(4000),
  })
    .then((r) =>
      r.ok
        ? `Points at ${name}, published on npm.`
        : `Points at ${name}, which is not on npm yet: serve packages/components/dist yourself until it is.`,
    )
    .catch(() => `Points at ${name} (npm could not be reached to check it is published).`);
  return published;
}

const block = (title: string, code: string) =>
  html`<h4 style="margin: 0.75rem 0 0.25rem; font: 600 0.85rem system-ui">${title}</h4>
    <pre
      style="margin: 0; padding: 0.6rem; background: #1b1c1f; color: #eceef2; border-radius: 4px; overflow-x: auto; font-size: 0.75rem; white-space: pre-wrap; word-break: break-all"
    ><code>${code}</code></pre>`;

export const embedBlock: Decorator = (
  story,
  { args, globals, parameters, component, viewMode },
) => {
  const tag = typeof component === 'string' ? component : '';
  if (viewMode !== 'story' || !tag.startsWith('pearl-') || parameters.embed === false)
    return story();
  const locale = String(parameters.locale ?? globals.locale ?? DEFAULT_LOCALE);
  const request: SnippetRequest = {
    component: tag.slice('pearl-'.length),
    attributes: argsToAttributes(tag, localizeArgs(args, locale), manifest),
    locale,
    theme: (parameters.theme ?? globals.theme ?? DEFAULT_THEME) === 'dark' ? 'dark' : 'light',
  };
  return html`${story()}
    <details
      class="pearl-embed"
      style="margin: 1rem; font: 0.85rem system-ui; color: #1b1c1f; background: #f4f5f7; padding: 0.5rem 0.75rem; border-radius: 6px"
    >
      <summary style="cursor: pointer; font-weight: 600">Embed this story</summary>
      <p style="margin: 0.5rem 0">${until(versionNote(), nothing)}</p>
      ${block('Script tag', scriptSnippet(request, pkg.version))}
      ${block('Static HTML (no JavaScript): run, and paste what it prints', cliCommand(request))}
      ${block('iframe', iframeSnippet(request, pkg.version, `Pearl Charts ${request.component}`))}
    </details>`;
};
