// custom-elements.json, written by `cem analyze` from the JSDoc in src/. The plugin below makes it
// describe the package as published: module paths are the dist/ files (dist mirrors src, see
// vite.config.ts), every event has a name, and each define entry says which tag it defines.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * src/metric-card/metric-card.ts → dist/metric-card/metric-card.js, wherever a module is named;
 * a relative reference (`./format/number.js` in src/index.ts) is resolved against its module first.
 */
function distPath(path, from) {
  const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  return resolved.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
}

function rewritePaths(node, from) {
  if (Array.isArray(node)) return node.forEach((n) => rewritePaths(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string')
      node[key] = distPath(value, from);
    else rewritePaths(value, from);
  }
}

const exists = (path) => existsSync(new URL(`./${path}`, import.meta.url));

const publishedManifest = () => ({
  name: 'pearl-published-manifest',
  packageLinkPhase({ customElementsManifest: manifest }) {
    // The iframe page's scripts are built into dist/embed/ as a page, not shipped as modules.
    manifest.modules = manifest.modules.filter((m) => !m.path.startsWith('src/embed/'));
    const classes = new Map();
    for (const m of manifest.modules) {
      for (const d of m.declarations ?? []) {
        if (d.kind === 'class') classes.set(d.name, m.path);
        // `dispatchEvent(new PearlErrorEvent(…))` is listed as an event with a type but no name;
        // the `@fires` tags name every event, so keep the named ones, once each.
        if (d.events) {
          const seen = new Set();
          d.events = d.events.filter((e) => e.name && !seen.has(e.name) && seen.add(e.name));
        }
      }
    }
    // `defineElement('pearl-x', PearlX)` in src/define/x.ts: a custom-element-definition export.
    for (const m of manifest.modules) {
      if (!m.path.startsWith('src/define/')) continue;
      const source = readFileSync(new URL(`./${m.path}`, import.meta.url), 'utf8');
      for (const [, tag, name] of source.matchAll(/defineElement\(\s*'([^']+)',\s*(\w+)\s*\)/g)) {
        const module = classes.get(name);
        if (!module) throw new Error(`${m.path}: ${name} is not a class in the manifest`);
        (m.exports ??= []).push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name, module },
        });
      }
    }
    for (const m of manifest.modules) rewritePaths(m, m.path);
    if (!exists('dist/index.js')) throw new Error('custom-elements.json: run the vite build first');
    // A module of types only (shared/data-rows.ts) has no JavaScript to point at.
    manifest.modules = manifest.modules.filter((m) => exists(m.path));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/bundle/**'],
  outdir: '.',
  litelement: true,
  plugins: [publishedManifest()],
};
