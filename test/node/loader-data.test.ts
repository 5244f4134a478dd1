// The loader's data (scripts/loader-data.mjs): for every id, old id, concept and tag, one file with
// every record a widget naming it reads, without reviewers' notes, and the sources their quotes cite;
// the loader asks for the file the same way the build names it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  KIND_DIRS,
  loaderData,
  readDataset,
} from '../../packages/components/scripts/loader-data.mjs';
import { filesFor } from '../../packages/components/src/loader/data-index.js';
import {
  createCatalog,
  type IndicatorData,
  type SourceData,
  type Alias,
} from '../../packages/data/src/index.js';

const dataset = readDataset() as {
  sources: SourceData[];
  indicators: IndicatorData[];
  aliases: Record<string, Alias>;
};
const { dir, files } = loaderData(dataset);
const all = createCatalog(dataset.indicators, dataset.sources, dataset.aliases);
type DataFile = { records: IndicatorData[]; sources: SourceData[]; aliases: Record<string, Alias> };
const byName = new Map(files.map((f) => [f.fileName, JSON.parse(f.source) as DataFile]));
/** The loader's file for one name, as the loader asks for it. */
const fileOf = (kind: 'ids' | 'concepts' | 'tags', name: string) => {
  const { files: paths } = filesFor({ ids: [], concepts: [], tags: [], [kind]: [name] });
  assert.equal(paths.length, 1, name);
  return byName.get(paths[0]!);
};

describe('loader data', () => {
  it('is one folder named by its content, with a file per name and no notes', () => {
    assert.match(dir, /^data\/[0-9a-f]{8}\/$/);
    assert.equal(loaderData(dataset).dir, dir);
    for (const [name, f] of byName)
      if (name !== 'names.json')
        for (const r of f.records) {
          assert.ok(!('note' in r), `${name}: ${r.id}`);
          for (const q of [r.source, ...(r.corroboration ?? [])])
            assert.ok(
              f.sources.some((s) => s.seed === q.seed),
              `${name}: ${r.id} cites ${q.seed}`,
            );
        }
    assert.deepEqual(KIND_DIRS, { ids: 'i', concepts: 'c', tags: 't' });
  });

  it('every id has a file with the records its widgets read: describers, relations, target, baseline', () => {
    for (const r of dataset.indicators) {
      const file = fileOf('ids', r.id);
      assert.ok(file, r.id);
      const has = new Set(file.records.map((x) => x.id));
      const needed = [
        r,
        ...all.describing(r),
        ...(['of', 'baseline', 'target', 'total'] as const).map((rel) => all.related(r, rel)),
        all.getTargetFor(r),
      ];
      const target = all.getTargetFor(r);
      if (target) needed.push(all.related(target, 'baseline'));
      for (const x of needed) if (x) assert.ok(has.has(x.id), `${r.id} needs ${x.id}`);
    }
  });

  it('every old id has a file with its alias and the record it now names', () => {
    for (const [id, alias] of Object.entries(dataset.aliases)) {
      const file = fileOf('ids', id)!;
      assert.deepEqual(file.aliases, { [id]: alias });
      if ('to' in alias)
        assert.ok(
          file.records.some((r) => r.id === alias.to),
          id,
        );
    }
  });

  it('every concept and tag has a file with every record it queries', () => {
    for (const r of dataset.indicators) {
      assert.ok(
        fileOf('concepts', r.concept)!.records.some((x) => x.id === r.id),
        r.concept,
      );
      for (const tag of r.tags)
        assert.ok(
          fileOf('tags', tag)!.records.some((x) => x.id === r.id),
          tag,
        );
    }
  });

  it('all.json holds every record and alias, names.json every id; a name the loader cannot ask for is unknown', () => {
    const everything = byName.get('all.json')!;
    assert.equal(everything.records.length, dataset.indicators.length);
    assert.deepEqual(everything.aliases, dataset.aliases);
    assert.deepEqual(
      JSON.parse(files.find((f) => f.fileName === 'names.json')!.source),
      dataset.indicators.map((r) => r.id),
    );
    assert.deepEqual(filesFor({ ids: ['../all', 'x y'], concepts: ['?'], tags: [] }), {
      files: [],
      unknownIds: ['../all', 'x y'],
    });
  });

  it('a catalogue over one id’s file answers as the full one for that record', () => {
    const id = 'gd-industrial-robot-output-2024';
    const part = fileOf('ids', id)!;
    const sub = createCatalog(part.records, part.sources, part.aliases);
    const full = all.findIndicator(id)!;
    const own = sub.findIndicator(id)!;
    assert.deepEqual(
      sub.describing(own).map((x) => x.id),
      all.describing(full).map((x) => x.id),
    );
    assert.equal(sub.getTargetFor(own)?.id, all.getTargetFor(full)?.id);
    assert.ok(sub.describing(own).length > 0);
    assert.ok(part.records.length < dataset.indicators.length / 10); // only what it reads
  });
});
