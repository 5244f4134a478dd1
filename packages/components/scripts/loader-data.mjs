// The script-tag loader's data (dist/loader/data/<hash>/): one small JSON file per name a page can
// give (an indicator id or old id, a concept, a tag) holding exactly the records a widget naming it
// reads, and the whole dataset in one file for pages naming many. Built from @pearl-charts/data at
// build time, without the reviewers' notes (as the single-file bundle). The folder is named by a
// hash of its content, so every file in it can be cached for good.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCatalog } from '@pearl-charts/data/catalog';

const require = createRequire(import.meta.url);

/** The dataset as @pearl-charts/data publishes it (dist/indicators.json). */
export function readDataset() {
  return JSON.parse(readFileSync(require.resolve('@pearl-charts/data/indicators.json'), 'utf8'));
}

const RELATIONS = ['of', 'baseline', 'target', 'total'];
/** Names that are safe as file names and URL paths as they are (the loader asks for no other). */
export const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
/** The folder of each kind of name (`ids` holds old ids too). */
export const KIND_DIRS = { ids: 'i', concepts: 'c', tags: 't' };

/**
 * The records a widget naming `start` may read: the records, what they relate to (`relations`),
 * what describes them (their delta, share, rank), the target they are measured against, and the
 * same again from each of those, until nothing new comes.
 */
function reach(catalog, start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const r = todo.pop();
    if (!r || seen.has(r)) continue;
    seen.add(r);
    for (const rel of RELATIONS) todo.push(catalog.related(r, rel));
    todo.push(...catalog.describing(r), catalog.getTargetFor(r));
  }
  return seen;
}

/**
 * Every data file, relative to the data folder: `i/<id>.json`, `c/<concept>.json`, `t/<tag>.json`
 * (`{ records, sources, aliases }`), `all.json` (the same over every record) and `names.json`
 * (every record id, for "did you mean" when a page names an unknown one).
 * @returns {{ dir: string, files: { fileName: string, source: string }[] }}
 */
export function loaderData({ sources, indicators, aliases } = readDataset()) {
  const records = indicators.map(({ note: _note, ...r }) => r);
  const catalog = createCatalog(records, sources, aliases);
  /** One file's content: the records in dataset order, the sources their quotes cite. */
  const content = (set, ownAliases = {}) => {
    const list = records.filter((r) => set.has(r));
    // Corroboration can come from another article: its source is needed too.
    const quoted = new Set(
      list.flatMap((r) => [r.source, ...(r.corroboration ?? [])].map((q) => q.seed)),
    );
    return JSON.stringify({
      records: list,
      sources: sources.filter((s) => quoted.has(s.seed)),
      aliases: ownAliases,
    });
  };
  const named = new Map(); // file name → content
  const add = (kind, name, source) => {
    if (!SAFE_NAME.test(name)) throw new Error(`loader data: "${name}" cannot be a file name`);
    named.set(`${KIND_DIRS[kind]}/${name}.json`, source);
  };
  for (const r of records) add('ids', r.id, content(reach(catalog, [r])));
  for (const [id, alias] of Object.entries(aliases)) {
    const target = 'to' in alias ? catalog.findIndicator(alias.to) : undefined;
    add('ids', id, content(reach(catalog, target ? [target] : []), { [id]: alias }));
  }
  for (const concept of new Set(records.map((r) => r.concept)))
    add('concepts', concept, content(reach(catalog, catalog.queryIndicators({ concept }))));
  for (const tag of new Set(records.flatMap((r) => r.tags)))
    add('tags', tag, content(reach(catalog, catalog.queryIndicators({ tag }))));
  named.set('all.json', content(new Set(records), aliases));
  named.set('names.json', JSON.stringify(records.map((r) => r.id)));
  const files = [...named].map(([fileName, source]) => ({ fileName, source }));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.fileName).update('\0').update(f.source).update('\0');
  return { dir: `data/${hash.digest('hex').slice(0, 8)}/`, files };
}

const DATA_MODULE = 'virtual:pearl-loader-data';

/**
 * Emits the data files into the loader build; the module `virtual:pearl-loader-data` gives their
 * folder relative to the loader (`data/<hash>/`).
 */
export function loaderDataFiles() {
  let built;
  const data = () => (built ??= loaderData());
  return {
    name: 'pearl-loader-data',
    resolveId: (id) => (id === DATA_MODULE ? `\0${DATA_MODULE}` : null),
    load: (id) =>
      id === `\0${DATA_MODULE}` ? `export default ${JSON.stringify(data().dir)};` : null,
    generateBundle() {
      const { dir, files } = data();
      for (const f of files)
        this.emitFile({ type: 'asset', fileName: dir + f.fileName, source: f.source });
    },
  };
}
