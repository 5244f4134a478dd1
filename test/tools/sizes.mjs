// Builds each published entry as a browser would load it (dependencies inlined, minified) and
// measures it: minified, gzip and brotli bytes, with the modules that make it up. Used by the
// size budgets (npm test) and the benchmark report (npm run bench).
import { build } from 'vite';
import { minifyLitTemplates } from '../../packages/components/scripts/minify-templates.mjs';
import { widgetData } from '../../packages/components/scripts/widget-data.mjs';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const src = (p) => fileURLToPath(new URL(`../../packages/components/src/${p}`, import.meta.url));
const dataSrc = fileURLToPath(new URL('../../packages/data/dist/index.js', import.meta.url));

/** The script-tag bundles, built as vite.config.ts builds them (without the reviewers' notes). */
const BUNDLES = { noData: src('bundle/no-data.ts'), withData: src('bundle/with-data.ts') };

/** Every entry a page can load, by name. */
export const ENTRIES = {
  'metric-card': src('define/metric-card.ts'),
  'target-progress': src('define/target-progress.ts'),
  'sector-comparison': src('define/sector-comparison.ts'),
  trend: src('define/trend.ts'),
  share: src('define/share.ts'),
  rank: src('define/rank.ts'),
  'all components (no data)': src('define/all.ts'),
  'script-tag bundle (no data)': BUNDLES.noData,
  'data alone': dataSrc,
  'script-tag bundle (with data)': BUNDLES.withData,
};

/** Builds one entry in memory and returns its sizes and its modules' rendered lengths. */
export async function measure(name, entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: Object.values(BUNDLES).includes(entry)
      ? [minifyLitTemplates(), widgetData()]
      : [minifyLitTemplates()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // As the shipped bundles: library mode alone keeps the whitespace.
      rolldownOptions: { treeshake: true, output: { minify: true } },
    },
  });
  const chunk = (Array.isArray(result) ? result[0] : result).output.find((o) => o.type === 'chunk');
  const code = Buffer.from(chunk.code);
  const modules = Object.entries(chunk.modules)
    .map(([id, m]) => ({
      id: id.replace(/^.*node_modules\//, '').replace(process.cwd() + '/', ''),
      bytes: m.renderedLength,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    name,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    modules,
  };
}

export async function measureAll() {
  const out = [];
  for (const [name, entry] of Object.entries(ENTRIES)) out.push(await measure(name, entry));
  return out;
}
