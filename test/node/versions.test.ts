// What a clean install relies on: versions that agree with their changelogs and the code, a
// licence and an engines field in every package, and no dependency that nothing imports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../packages/components/src/shared/catalog.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['data', 'components'];

interface Manifest {
  version: string;
  license: string;
  engines?: { node?: string };
  files: string[];
  dependencies?: Record<string, string>;
}
const manifest = (pkg: string) =>
  JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8')) as Manifest;

/** Every .ts source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|mjs|js)$/.test(f) ? [p] : [];
  });
}

describe('package versions, licence and dependencies', () => {
  for (const pkg of PACKAGES) {
    it(`@pearl-charts/${pkg}: its version is the newest in its CHANGELOG`, () => {
      const changelog = readFileSync(join(ROOT, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
      const newest = /^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1];
      assert.equal(manifest(pkg).version, newest);
    });

    it(`@pearl-charts/${pkg}: ships an MIT LICENSE and says which Node it needs`, () => {
      const m = manifest(pkg);
      assert.equal(m.license, 'MIT');
      assert.match(readFileSync(join(ROOT, 'packages', pkg, 'LICENSE'), 'utf8'), /^MIT License/);
      assert.ok(m.files.includes('LICENSE'));
      assert.match(m.engines?.node ?? '', /^>=\d+/);
    });

    it(`@pearl-charts/${pkg}: every dependency is imported by its code`, () => {
      const dir = join(ROOT, 'packages', pkg);
      const code = ['src', 'scripts', 'bin']
        .filter((d) => existsSync(join(dir, d)))
        .flatMap((d) => sources(join(dir, d)))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      for (const dep of Object.keys(manifest(pkg).dependencies ?? {}))
        assert.ok(code.includes(`'${dep}`), `${dep} is a dependency nothing imports`);
    });
  }

  it('a browser install pulls no server-rendering code: @lit-labs/ssr is an optional peer', () => {
    const m = manifest('components') as Manifest & {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    assert.equal(m.dependencies?.['@lit-labs/ssr'], undefined);
    assert.ok(m.peerDependencies?.['@lit-labs/ssr']);
    assert.equal(m.peerDependenciesMeta?.['@lit-labs/ssr']?.optional, true);
  });

  it('the components report their own version at run time (VERSION)', () => {
    assert.equal(VERSION, manifest('components').version);
  });

  it('the components depend on the data package of the same release', () => {
    assert.equal(
      manifest('components').dependencies?.['@pearl-charts/data'],
      manifest('data').version,
    );
  });
});
