// Worker thread for the Storybook snippet plugin (ssr-plugin.ts). It runs in its own thread because
// the SSR entry installs Lit's DOM shim (customElements, HTMLElement…) on globalThis, which must not
// leak into the Storybook/Vite process. Messages:
//   { id, type: 'render', request: { component, attributes, locale, theme } }
//     → { id, ok: true, html, styleHashes, error } | { id, ok: false, message }
//   { id, type: 'stories', files: [absolute paths], defaultLocale }
//     → { id, ok: true, stories: [{ file, name, component, args, locale, theme }] }
//     (args with the stories' phrases in the story's language, else defaultLocale's, as the
//     preview's decorator shows them)
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @type {Promise<typeof import('@pearl-charts/components/ssr')> | undefined} */
let ssr;

async function render(request) {
  ssr ??= import('@pearl-charts/components/ssr');
  const { renderStatic } = await ssr;
  return renderStatic(request.component, {
    attributes: request.attributes,
    locale: request.locale,
    theme: request.theme,
  });
}

/** Each story of each CSF file with a `pearl-*` component: its initial args and language/theme. */
async function stories(files, defaultLocale) {
  const { tsImport } = await import('tsx/esm/api');
  const { localizeArgs } = await tsImport('../../stories/phrases.ts', import.meta.url);
  const found = [];
  for (const file of files) {
    // Only the widgets' stories (a `component` each): the overview pages import CSS and Vite globs.
    if (!/\bcomponent: '/.test(readFileSync(file, 'utf8'))) continue;
    const mod = await tsImport(pathToFileURL(file).href, import.meta.url);
    const meta = mod.default ?? {};
    if (typeof meta.component !== 'string' || !meta.component.startsWith('pearl-')) continue;
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default' || !story || typeof story !== 'object') continue;
      const parameters = { ...meta.parameters, ...story.parameters };
      const locale = typeof parameters.locale === 'string' ? parameters.locale : null;
      found.push({
        file,
        name,
        component: meta.component,
        // Only plain values cross the thread boundary (args here are strings, numbers, booleans).
        args: JSON.parse(
          JSON.stringify(localizeArgs({ ...meta.args, ...story.args }, locale ?? defaultLocale)),
        ),
        locale,
        theme: typeof parameters.theme === 'string' ? parameters.theme : null,
      });
    }
  }
  return found;
}

parentPort.on('message', async (message) => {
  try {
    if (message.type === 'render') {
      const result = await render(message.request);
      parentPort.postMessage({ id: message.id, ok: true, ...result });
    } else if (message.type === 'stories') {
      parentPort.postMessage({
        id: message.id,
        ok: true,
        stories: await stories(message.files, message.defaultLocale),
      });
    } else throw new Error(`unknown message type ${message.type}`);
  } catch (e) {
    const error = /** @type {Error} */ (e);
    parentPort.postMessage({ id: message.id, ok: false, message: error.message, code: error.code });
  }
});
