// Standard Traditional Chinese for zh-Hant texts: OpenCC's cn→t conversion (its standard table,
// not a regional one), then the deliberate choices listed in data/hant.json, each with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { ROOT } from '../../packages/data/scripts/load.js';

interface HantChoice {
  opencc: string;
  use: string;
  reason: string;
}

export const HANT_CHOICES: HantChoice[] = JSON.parse(
  readFileSync(join(ROOT, 'data', 'hant.json'), 'utf8'),
);
const toStandard = OpenCC.Converter({ from: 'cn', to: 't' });

/** What a zh-Hant text must be, given its zh-Hans twin. */
export function toTraditional(hans: string): string {
  return HANT_CHOICES.reduce((text, c) => text.split(c.opencc).join(c.use), toStandard(hans));
}
