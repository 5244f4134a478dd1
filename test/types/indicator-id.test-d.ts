// Type-level test, checked by `npx tsc -p tsconfig.test.json` (never run): `IndicatorId` is the
// union of the ids in data/, so a known id compiles and a misspelt one is a compile error.
import {
  getIndicator,
  getSeries,
  queryIndicators,
  type Concept,
  type Indicator,
  type IndicatorId,
} from '../../packages/data/src/index.js';

const output: Indicator = getIndicator('gd-industrial-output-2024');
export const value: number = output.value;
export const known: IndicatorId = 'gd-gdp-rank-streak-2025';
export const concept: Concept = 'gd-gdp-rank-streak';

// @ts-expect-error: a misspelt id (2042 for 2024) is not an IndicatorId.
getIndicator('gd-industrial-output-2042');

// @ts-expect-error: a concept is not an indicator id.
getIndicator('gd-gdp');

// @ts-expect-error: nor is any string.
export const unknown: IndicatorId = 'gd-anything' as string;

// @ts-expect-error: an unknown concept name is not a Concept.
export const badConcept: Concept = 'gd-gpd';

// Relations, ids and tags of a record are typed too.
export const ofId: IndicatorId | undefined = getIndicator('gd-industrial-robot-output-growth-2024')
  .relations?.of;
// @ts-expect-error: `unit` is a closed vocabulary.
export const unit: Indicator['unit'] = 'furlongs';
// @ts-expect-error: so is a query's tag.
queryIndicators({ tag: 'astrology' });
// getSeries also takes strings from outside (attributes, URLs).
getSeries('any string');
