// Every CDN address in the READMEs and stories points at the version the package is now, so a
// snippet copied from the docs loads the code the docs describe.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const version = (name: string) =>
  (JSON.parse(readFileSync(`${ROOT}packages/${name}/package.json`, 'utf8')) as { version: string })
    .version;
const VERSIONS: Record<string, string> = {
  '@pearl-charts/components': version('components'),
  '@pearl-charts/data': version('data'),
};

const FILES = [
  'README.md',
  'packages/components/README.md',
  'packages/data/README.md',
  ...readdirSync(`${ROOT}stories`, { recursive: true })
    .map(String)
    .filter((f) => /\.(mdx|ts)$/.test(f))
    .map((f) => `stories/${f}`),
];

describe('documented CDN addresses', () => {
  it('name the current version of their package', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const file of FILES) {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      for (const m of text.matchAll(
        /(@pearl-charts\/(?:components|data))@(\d+\.\d+\.\d+[\w.-]*)/g,
      )) {
        seen++;
        if (m[2] !== VERSIONS[m[1]!]) wrong.push(`${file}: ${m[0]} (now ${VERSIONS[m[1]!]})`);
      }
    }
    assert.ok(seen > 0, 'the READMEs show versioned addresses');
    assert.deepEqual(wrong, []);
  });
});
