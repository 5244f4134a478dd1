// The list of elements (src/components.ts) and the folders agree: each name has its folder, its
// element module and its define entry, and no define entry is missing from the list.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPONENTS } from '../../packages/components/src/components.js';

const SRC = fileURLToPath(new URL('../../packages/components/src/', import.meta.url));

describe('the list of elements', () => {
  it('names every define entry, and nothing else', () => {
    const defined = readdirSync(`${SRC}define`)
      .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    assert.deepEqual([...COMPONENTS].sort(), defined);
  });

  for (const name of COMPONENTS)
    it(`${name}: its folder holds the element and its catalogue adapter`, () => {
      assert.ok(existsSync(`${SRC}${name}/${name}.ts`));
      assert.ok(existsSync(`${SRC}${name}/${name}.catalog.ts`));
    });
});
