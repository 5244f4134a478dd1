// The loader's data (scripts/loader-data.mjs): the index names, for every id, concept and tag, every
// article a widget reads records from; the article files hold their records without reviewers' notes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loaderData, readDataset } from '../../packages/components/scripts/loader-data.mjs';
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
const { index, files } = loaderData(dataset);
const all = createCatalog(dataset.indicators, dataset.sources, dataset.aliases);
const articles = files.map(
  (f) => JSON.parse(f.source) as { records: IndicatorData[]; sources: SourceData[] },
);
const articleOf = (r: IndicatorData) => dataset.sources.findIndex((s) => s.seed === r.source.seed);

describe('loader data', () => {
  it('each article file holds its own records, without notes, and the sources its quotes cite', () => {
    assert.equal(articles.flatMap((a) => a.records).length, dataset.indicators.length);
    articles.forEach((a, n) => {
      for (const r of a.records) {
        assert.equal(articleOf(r), n, r.id);
        assert.ok(!('note' in r), r.id);
        for (const q of [r.source, ...(r.corroboration ?? [])])
          assert.ok(
            a.sources.some((s) => s.seed === q.seed),
            `${r.id} cites ${q.seed}`,
          );
      }
    });
  });

  it('every id lists the articles of the records its widgets read: describers, relations, target, baseline', () => {
    for (const r of dataset.indicators) {
      const needed = [
        r,
        ...all.describing(r),
        ...(['of', 'baseline', 'target', 'total'] as const).map((rel) => all.related(r, rel)),
        all.getTargetFor(r),
      ];
      const target = all.getTargetFor(r);
      if (target) needed.push(all.related(target, 'baseline'));
      for (const x of needed)
        if (x) assert.ok(index.ids[r.id]!.includes(articleOf(x)), `${r.id} needs ${x.id}`);
    }
  });

  it('every concept and tag lists the articles of every record it queries', () => {
    for (const r of dataset.indicators) {
      assert.ok(index.concepts[r.concept]!.includes(articleOf(r)), r.concept);
      for (const tag of r.tags) assert.ok(index.tags[tag]!.includes(articleOf(r)), tag);
    }
    assert.deepEqual(index.aliases, dataset.aliases);
  });

  it('a catalogue over one article answers as the full one for the records of that article', () => {
    const id = 'gd-industrial-robot-output-2024';
    const part = articles.filter((_, n) => index.ids[id]!.includes(n));
    const sub = createCatalog(
      part.flatMap((a) => a.records),
      part.flatMap((a) => a.sources),
      dataset.aliases,
    );
    const full = all.findIndicator(id)!;
    const own = sub.findIndicator(id)!;
    assert.deepEqual(
      sub.describing(own).map((x) => x.id),
      all.describing(full).map((x) => x.id),
    );
    assert.equal(sub.getTargetFor(own)?.id, all.getTargetFor(full)?.id);
    assert.ok(sub.describing(own).length > 0);
  });
});
