// Removes build outputs left over from earlier builds, so `npm pack` ships only this build's files.
// Vite writes into dist/ with emptyOutDir off (tsc has already written dist/types), so renamed chunks
// (metric-card-<hash>.js) would pile up. Instead of emptying dist/ first, which would leave it empty
// for the whole build while other processes read it, the root `prebuild` marks the start time
// (`--mark`) and `postbuild` deletes every Vite output older than the mark (`--prune`).
// dist/types (tsc, incremental: unchanged files are not rewritten) and dist/demo are left alone.
import {
  readdirSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
  mkdirSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const mark = join(dist, '.build-start');
const KEEP = new Set(['types', 'demo', '.tsbuildinfo', '.build-start']);

if (process.argv.includes('--mark')) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(mark, String(Date.now()));
} else if (process.argv.includes('--prune')) {
  if (!existsSync(mark)) {
    console.error('prune-dist: no build-start mark; run with --mark before the build');
    process.exit(1);
  }
  const since = statSync(mark).mtimeMs;
  const removed = [];
  const walk = (dir, top) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (top && KEEP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, false);
        if (readdirSync(path).length === 0) rmdirSync(path);
      } else if (statSync(path).mtimeMs < since) {
        rmSync(path);
        removed.push(relative(dist, path));
      }
    }
  };
  walk(dist, true);
  rmSync(mark);
  if (removed.length)
    console.log(`prune-dist: removed ${removed.length} stale files: ${removed.join(', ')}`);
} else {
  console.error('usage: prune-dist.mjs --mark | --prune');
  process.exit(2);
}
