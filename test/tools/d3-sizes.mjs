#!/usr/bin/env node
// What the d3 functions our elements import cost on their own: each set is built as sizes.mjs
// builds an entry (inlined, minified, tree-shaken) from a one-line module that re-exports them,
// then gzipped. Run after `npm install`; prints a Markdown table for packages/components/README.md.
import { build } from 'vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each element's d3 imports (see the `from 'd3-…'` lines of its layout), then single functions. */
export const SETS = {
  'trend: scaleLinear, line, area':
    "export { scaleLinear } from 'd3-scale'; export { line, area } from 'd3-shape';",
  'share: pie, arc': "export { pie, arc } from 'd3-shape';",
  'rank: scaleBand': "export { scaleBand } from 'd3-scale';",
  'all three elements together':
    "export { scaleLinear, scaleBand } from 'd3-scale'; export { line, area, pie, arc } from 'd3-shape';",
  'scaleLinear alone': "export { scaleLinear } from 'd3-scale';",
  'line and area alone': "export { line, area } from 'd3-shape';",
  'pie alone': "export { pie } from 'd3-shape';",
  'arc alone': "export { arc } from 'd3-shape';",
};

/** Builds one set from a throwaway entry file in the repository (so d3 resolves as ours does). */
async function measure(code) {
  const dir = mkdtempSync(join(fileURLToPath(new URL('.', import.meta.url)), '.d3-set-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, code);
  let result;
  try {
    result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: 'entry' },
        rolldownOptions: { treeshake: true, output: { minify: true } },
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const chunk = (Array.isArray(result) ? result[0] : result).output.find((o) => o.type === 'chunk');
  const bytes = Buffer.from(chunk.code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => (n / 1024).toFixed(1);
console.log('| d3 functions | min KB | gzip KB | brotli KB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, code] of Object.entries(SETS)) {
  const m = await measure(code);
  console.log(`| ${name} | ${kb(m.min)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`);
}
