/** Reads `data/` and `seeds/` from the repository root. Shared by the build and the tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
};

export function loadRaw(root = ROOT) {
  const seedDir = join(root, 'seeds');
  const seeds = Object.fromEntries(
    readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(seedDir, f), 'utf8')]),
  );
  const indicatorDir = join(root, 'data', 'indicators');
  const indicators = readdirSync(indicatorDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const rows = readJson(join(indicatorDir, f));
      if (!Array.isArray(rows))
        throw new Error(`data/indicators/${f}: must hold an array of records`);
      return rows as unknown[];
    });
  return {
    seeds,
    sources: readJson(join(root, 'data', 'sources.json')),
    indicators,
    aliases: readJson(join(root, 'data', 'aliases.json')),
    glossary: readJson(join(root, 'data', 'glossary.json')),
  };
}
