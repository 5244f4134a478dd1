/**
 * Every element, by its name without `pearl-`: its folder (`src/<name>/`), its define entry
 * (`define/<name>.ts`), its name on the CLI (`pearl-charts render <name>`) and in the iframe page's
 * `component=` parameter. test/node/components.test.ts checks it against the folders.
 */
export const COMPONENTS = [
  'metric-card',
  'target-progress',
  'sector-comparison',
  'trend',
  'share',
  'rank',
] as const;

export type ComponentName = (typeof COMPONENTS)[number];
