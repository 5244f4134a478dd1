// Chinese must render with real glyphs in the Chromium the tests use, or every screenshot of a
// Chinese widget would record boxes. Fails without a CJK font; try it with fonts but none for Chinese:
//   FONTCONFIG_FILE=$PWD/test/visual/no-cjk-fonts.conf npx tsx --test test/visual/cjk-font.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../packaging/harness.js';
import { chineseGlyphs, FONT_HINT, SAMPLES, tofuProblems, type SampleLocale } from './cjk.js';

describe('Chinese text in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const locale of Object.keys(SAMPLES) as SampleLocale[])
    it(`${locale}: every character has its own glyph, none is a tofu box or blank`, async () => {
      const report = await chineseGlyphs(browser, locale);
      const problems = tofuProblems(report);
      assert.deepEqual(
        problems,
        [],
        `${FONT_HINT}\nChromium drew ${SAMPLES[locale]} with: ${report.fonts.join(', ')}`,
      );
    });
});
