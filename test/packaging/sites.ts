// The framework sites of test/node/packaging.test.ts: each folder here (react-app, vue-app, svelte)
// is copied into its own throwaway project, which installs the packed tarballs and that framework
// from the registry. The tools (TypeScript, vue-tsc, svelte-check, Vite, @vitejs/plugin-vue) are the
// repository's: they are how a site checks and builds, not what is being tested.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bin = (path: string) => join(ROOT, 'node_modules', path);

export interface Site {
  /** The folder under test/packaging/ with the site's sources. */
  folder: string;
  /** What the site installs beside the tarballs, at the repository's versions (the npm cache has them). */
  dependencies: string[];
  /** The type checker: its command line, and how to read `file line` pairs from its output. */
  check: { args: string[]; errors: (output: string) => { file: string; line: number }[] };
}

/** `file.tsx(12,5): error TS2322: …`, as tsc and vue-tsc print them. */
const tscErrors = (output: string) =>
  [...output.matchAll(/^([^\s(]+)\((\d+),\d+\): error TS\d+/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
  }));

export const SITES = {
  react: {
    folder: 'react-app',
    dependencies: [
      'react@19.3.1',
      'react-dom@19.3.1',
      '@types/react@19.3.0',
      '@types/react-dom@19.3.0',
    ],
    check: { args: [bin('typescript/bin/tsc'), '-p', 'tsconfig.json'], errors: tscErrors },
  },
  vue: {
    folder: 'vue-app',
    dependencies: ['vue@3.5.45'],
    check: { args: [bin('vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.json'], errors: tscErrors },
  },
  svelte: {
    folder: 'svelte',
    dependencies: ['svelte@5.57.3'],
    check: {
      args: [
        bin('svelte-check/bin/svelte-check'),
        '--workspace',
        '.',
        '--tsconfig',
        './tsconfig.json',
        '--output',
        'machine',
        '--threshold',
        'error',
      ],
      // `1796282177708 ERROR "Bad.svelte" 7:20 "message"`
      errors: (output: string) =>
        [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ /gm)].map((m) => ({
          file: m[1]!,
          line: Number(m[2]),
        })),
    },
  },
} satisfies Record<string, Site>;

/** Copies the site into `dir` and installs the tarballs and its framework there. */
export async function installSite(site: Site, dir: string, tarballs: string[]): Promise<void> {
  await cp(fileURLToPath(new URL(`./${site.folder}/`, import.meta.url)), dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: `pearl-${site.folder}`, private: true, type: 'module' }),
  );
  await npmInstall(dir, [...tarballs, ...site.dependencies]);
}

/** `npm install` of `packages` in a throwaway project: no lock file, no scripts, the cache first. */
export function npmInstall(dir: string, packages: string[]) {
  return run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-package-lock',
      ...packages,
    ],
    { cwd: dir, timeout: 240_000 },
  );
}

/**
 * Runs the site's type checker. Returns the errors it reported as `file:line`, and the lines of
 * its files marked `type error` (in a `//` or `<!-- -->` comment), which must be the same.
 */
export async function typeCheck(
  site: Site,
  dir: string,
  files: string[],
): Promise<{ reported: string[]; marked: string[]; output: string }> {
  let output = '';
  try {
    const r = await run(process.execPath, site.check.args, { cwd: dir, timeout: 240_000 });
    output = r.stdout + r.stderr;
  } catch (e) {
    output = (e as Error).message;
  }
  const reported = [
    ...new Set(site.check.errors(output).map(({ file, line }) => `${file}:${line}`)),
  ].sort();
  const marked: string[] = [];
  for (const file of files) {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    lines.forEach((text, i) => {
      if (/(\/\/|<!--) type error/.test(text)) marked.push(`${file}:${i + 1}`);
    });
  }
  return { reported, marked: marked.sort(), output };
}
