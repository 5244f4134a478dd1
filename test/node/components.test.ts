// A widget is its folder: the lists of widgets in src/index.ts, define/all.ts, catalog-views.ts and
// components.ts are generated from the folders (packages/components/scripts/widgets.mjs, run before
// every build), so adding a widget edits none of them by hand. These tests keep the lists in step
// and show that a new folder is picked up.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENTS } from '../../packages/components/src/components.js';
// @ts-expect-error -- a plain ES module script without declarations
import { generate, regions } from '../../packages/components/scripts/widgets.mjs';

const SRC = fileURLToPath(new URL('../../packages/components/src/', import.meta.url));

interface Generated {
  file: string;
  text: string;
  next: string;
}

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

  it('the generated lists are what the folders say (run scripts/widgets.mjs when this fails)', () => {
    const stale = (generate(SRC) as Generated[])
      .filter((g) => g.text !== g.next)
      .map((g) => g.file);
    assert.deepEqual(stale, []);
  });

  it('a new widget folder with a define entry joins every list without editing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pearl-widgets-'));
    try {
      cpSync(SRC, dir, { recursive: true });
      const src = `${dir}/`;
      cpSync(`${SRC}rank`, `${src}gauge`, { recursive: true });
      writeFileSync(
        `${src}gauge/gauge.ts`,
        "import { PearlElement } from '../shared/pearl-element.js';\nexport class PearlGauge extends PearlElement {}\n",
      );
      writeFileSync(`${src}gauge/gauge.catalog.ts`, 'export {};\n');
      writeFileSync(`${src}define/gauge.ts`, 'export {};\n');
      const lists = regions(src) as Record<string, string[]>;
      assert.ok(lists['index.ts']!.includes("export { PearlGauge } from './gauge/gauge.js';"));
      assert.ok(lists['define/all.ts']!.includes("import './gauge.js';"));
      assert.ok(lists['catalog-views.ts']!.includes("import './gauge/gauge.catalog.js';"));
      assert.ok(lists['components.ts']!.includes("  'gauge',"));
      // A folder without its define entry is an error naming the file to add.
      rmSync(`${src}define/gauge.ts`);
      assert.throws(() => regions(src), /add src\/define\/gauge\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
