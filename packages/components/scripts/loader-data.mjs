// The script-tag loader's data (dist/loader/data/): one JSON file per source article, and an index
// saying which articles a page needs for each id, concept and tag it names. Built from
// @pearl-charts/data at build time, without the reviewers' notes (as the single-file bundle).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCatalog } from '@pearl-charts/data/catalog';

const require = createRequire(import.meta.url);

/** The dataset as @pearl-charts/data publishes it (dist/indicators.json). */
export function readDataset() {
  return JSON.parse(readFileSync(require.resolve('@pearl-charts/data/indicators.json'), 'utf8'));
}

const stem = (seed) => seed.replace(/\.[^.]+$/, '');
const RELATIONS = ['of', 'baseline', 'target', 'total'];

/**
 * The articles and records a widget naming `id` may read: the record, what it relates to
 * (`relations`), what describes it (its delta, share, rank), the target it is measured against,
 * and the same again from each of those, until nothing new comes.
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
 * The index and the per-article files.
 * @returns {{ index: object, files: { fileName: string, source: string }[] }}
 */
export function loaderData({ sources, indicators, aliases } = readDataset()) {
  const records = indicators.map(({ note: _note, ...r }) => r);
  const catalog = createCatalog(records, sources, aliases);
  const seeds = sources.map((s) => s.seed);
  const articlesOf = (list) =>
    [...new Set([...reach(catalog, list)].map((r) => seeds.indexOf(r.source.seed)))].sort(
      (a, b) => a - b,
    );
  const group = (key) => {
    const out = {};
    for (const r of records)
      for (const k of [r[key]].flat())
        out[k] ??= catalog.queryIndicators({ [key === 'tags' ? 'tag' : key]: k });
    return Object.fromEntries(Object.entries(out).map(([k, list]) => [k, articlesOf(list)]));
  };
  const files = seeds.map((seed) => {
    const own = records.filter((r) => r.source.seed === seed);
    // Sources of every quote in the article's records: corroboration can come from another article.
    const quoted = new Set(
      own.flatMap((r) => [r.source, ...(r.corroboration ?? [])].map((q) => q.seed)),
    );
    const source = JSON.stringify({
      records: own,
      sources: sources.filter((s) => quoted.has(s.seed)),
    });
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
    return { fileName: `${stem(seed)}-${hash}.json`, source };
  });
  const index = {
    files: files.map((f) => f.fileName),
    ids: Object.fromEntries(records.map((r) => [r.id, articlesOf([r])])),
    aliases,
    concepts: group('concept'),
    tags: group('tags'),
  };
  return { index, files };
}

const INDEX_MODULE = 'virtual:pearl-loader-index';

/**
 * Emits data/index-<hash>.json and data/<article>-<hash>.json into the loader build; the module
 * `virtual:pearl-loader-index` gives the index's file name, so every data URL can be cached for good.
 */
export function loaderDataFiles() {
  let built;
  const data = () => {
    if (built) return built;
    const { index, files } = loaderData();
    const source = JSON.stringify(index);
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
    built = { index: { fileName: `index-${hash}.json`, source }, files };
    return built;
  };
  return {
    name: 'pearl-loader-data',
    resolveId: (id) => (id === INDEX_MODULE ? `\0${INDEX_MODULE}` : null),
    load: (id) =>
      id === `\0${INDEX_MODULE}`
        ? `export default ${JSON.stringify(`data/${data().index.fileName}`)};`
        : null,
    generateBundle() {
      const { index, files } = data();
      for (const f of [index, ...files])
        this.emitFile({ type: 'asset', fileName: `data/${f.fileName}`, source: f.source });
    },
  };
}
