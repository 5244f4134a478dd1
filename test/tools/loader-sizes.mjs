// What a page using the script-tag loader downloads, from the built dist/loader/ (its Vite
// manifest and data folder): the loader itself, and every file a page with given elements and ids
// needs. Used by the size budgets; `npm run bench -- --bytes` measures the same pages in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LOADER_DIR = fileURLToPath(
  new URL('../../packages/components/dist/loader/', import.meta.url),
);
const SRC = 'packages/components/src/';

const gzip = (file) => gzipSync(readFileSync(LOADER_DIR + file), { level: 9 }).length;

/**
 * The files (relative to dist/loader/) a page with elements `tags` naming indicator `ids` loads.
 * Throws when the loader is not built.
 */
export function loaderFiles(tags, ids = []) {
  if (!existsSync(`${LOADER_DIR}manifest.json`)) throw new Error('dist/loader is not built');
  const manifest = JSON.parse(readFileSync(`${LOADER_DIR}manifest.json`, 'utf8'));
  const files = new Set();
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in dist/loader/manifest.json`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) add(dep);
  };
  add(`${SRC}loader/loader.ts`);
  for (const tag of tags) add(`${SRC}define/${tag.replace(/^pearl-/, '')}.ts`);
  if (ids.length) {
    add(`${SRC}loader/register.ts`);
    for (const tag of tags) {
      const name = tag.replace(/^pearl-/, '');
      const adapter = `${SRC}${name}/${name}.catalog.ts`;
      if (manifest[adapter]) add(adapter);
    }
    const dir = readFileSync(`${LOADER_DIR}pearl-charts.js`, 'utf8').match(/data\/\w+\//)[0];
    for (const id of ids) files.add(`${dir}i/${id}.json`);
  }
  return [...files].map((file) => ({ file, gzip: gzip(file) }));
}

/** The loader alone, and the page of one metric card by id, in gzip bytes. */
export function measureLoader() {
  const page = loaderFiles(['pearl-metric-card'], ['gd-industrial-output-2024']);
  return [
    { name: 'script-tag loader', gzip: gzip('pearl-charts.js'), files: ['pearl-charts.js'] },
    {
      name: 'one card by id, with the loader (every file)',
      gzip: page.reduce((sum, f) => sum + f.gzip, 0),
      files: page,
    },
  ];
}
