/**
 * Builds @pearl-charts/components.
 * - `vite build`: the npm package's ESM entries; lit, d3 and @pearl-charts/data stay imports.
 * - `vite build --mode embed` / `--mode embed-nodata`: the script-tag bundles, everything inlined,
 *   as an ES module and a classic script (IIFE), with and without the indicator data.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (p: string) =>
  fileURLToPath(new URL(`./packages/components/src/${p}`, import.meta.url));
const outDir = fileURLToPath(new URL('./packages/components/dist', import.meta.url));
const COMPONENTS = ['metric-card', 'target-progress', 'sector-comparison'];

export default defineConfig(({ mode }) => {
  if (mode.startsWith('embed')) {
    const withData = mode === 'embed';
    const name = withData ? 'pearl-charts' : 'pearl-charts.nodata';
    return {
      build: {
        outDir: `${outDir}/bundle`,
        emptyOutDir: false,
        sourcemap: true,
        minify: true, // library mode leaves ES output unminified; a script-tag bundle is final
        target: 'es2022',
        lib: {
          entry: src(withData ? 'bundle/with-data.ts' : 'bundle/no-data.ts'),
          name: 'PearlCharts',
          formats: ['es', 'iife'],
          fileName: (format) => `${name}${format === 'es' ? '.js' : '.iife.js'}`,
        },
      },
    };
  }
  return {
    build: {
      outDir,
      emptyOutDir: false, // tsc -b has already written dist/types
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: {
          index: src('index.ts'),
          format: src('format.ts'),
          data: src('data.ts'),
          'define/all': src('define/all.ts'),
          ...Object.fromEntries(COMPONENTS.map((c) => [`define/${c}`, src(`define/${c}.ts`)])),
        },
        formats: ['es'],
      },
      rollupOptions: { external: [/^lit(\/|$)/, /^@lit(-labs)?\//, /^d3-/, /^@pearl-charts\//] },
    },
  };
});
