// A smaller stand-in for Vite's dynamic-import preload helper in the script-tag loader's build.
// Vite wraps each `import()` of a chunk in `__vitePreload(load, deps, importerUrl)` so the chunk's
// own imports are fetched in parallel with it, not one level after another. Its helper (1.3 KB gzip,
// a third of the loader every page pays for) also preloads CSS, reads a CSP nonce from a meta tag,
// scans the page's <link>s and fires `vite:preloadError`; the loader imports no CSS, needs no nonce
// (module preloads obey script-src like the imports themselves), and reports its own errors. This
// one only adds a <link rel="modulepreload"> per dependency, once each (Vite lists the imported chunk
// itself among them), and imports the chunk when the result is first awaited, not before: the loader
// asks for an element's chunk as soon as it sees the element, so it downloads alongside the data,
// and awaits it (which defines the element) once the data is registered.
const HELPER = '\0vite/preload-helper.js';

const CODE = `const seen = new Set();
export const __vitePreload = (load, deps, importerUrl) => {
  for (const dep of deps ?? []) {
    const href = new URL(dep, importerUrl).href;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  let started;
  const run = () => (started ??= load());
  return { then: (ok, fail) => run().then(ok, fail), catch: (fail) => run().catch(fail) };
};
`;

/** Replaces Vite's preload helper with the one above. */
export function smallPreloadHelper() {
  return {
    name: 'pearl-small-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? HELPER : null),
    load: (id) => (id === HELPER ? CODE : null),
  };
}
