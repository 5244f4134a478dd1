// Whether Chromium draws Chinese with real glyphs. Without a CJK font every character comes out as
// the same "tofu" box (or as nothing), and a screenshot test would happily record the boxes. Each
// character is drawn in its own cell: real glyphs have ink and differ from one another and from the
// glyph of an unassigned code point, which no font has.
import type { Browser } from 'puppeteer-core';
import { decodePng, type Image } from './png.js';

export const SAMPLES = {
  'zh-Hans': '广东工业机器人产量增长亿万',
  'zh-Hant': '廣東工業機器人產量增長億萬',
} as const;
export type SampleLocale = keyof typeof SAMPLES;

/** U+0378 is unassigned: every font lacks it, so Chromium draws its missing-glyph box (or nothing). */
export const MISSING = '\u0378';

const CELL = 40;

export interface GlyphReport {
  locale: SampleLocale;
  /** The fonts Chromium says it drew the sample with (DevTools' "Rendered Fonts"). */
  fonts: string[];
  /** Characters that drew no ink. */
  blank: string[];
  /** Characters drawn exactly like the unassigned code point. */
  asMissing: string[];
  /** Groups of different characters drawn identically. */
  identical: string[][];
}

function cells(image: Image, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const rows: string[] = [];
    for (let y = 0; y < CELL; y++) {
      const start = (y * image.width + i * CELL) * 4;
      rows.push(Buffer.from(image.data.subarray(start, start + CELL * 4)).toString('base64'));
    }
    out.push(rows.join(''));
  }
  return out;
}

/** Draws the sample of `locale` and the unassigned code point, one per cell, and compares the cells. */
export async function chineseGlyphs(browser: Browser, locale: SampleLocale): Promise<GlyphReport> {
  const chars = [...SAMPLES[locale]];
  const page = await browser.newPage();
  try {
    await page.setViewport({
      width: CELL * (chars.length + 1),
      height: CELL,
      deviceScaleFactor: 1,
    });
    const cell = `display:inline-block;width:${CELL}px;height:${CELL}px;text-align:center;overflow:hidden`;
    await page.setContent(
      `<!doctype html><html lang="${locale}"><meta charset="utf-8"><body style="margin:0;background:#fff;color:#000">` +
        `<div id="grid" style="display:flex;font:28px/${CELL}px sans-serif">` +
        [...chars, MISSING].map((c) => `<span style="${cell}">${c}</span>`).join('') +
        `</div></body></html>`,
    );
    const png = await (await page.$('#grid'))!.screenshot({ type: 'png' });
    const drawn = cells(decodePng(png), chars.length + 1);
    const missing = drawn.pop()!;
    const blankCell = cells(
      { width: CELL, height: CELL, data: new Uint8Array(CELL * CELL * 4).fill(255) },
      1,
    )[0];

    const cdp = await page.createCDPSession();
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '#grid',
    });
    await cdp.send('CSS.enable');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });

    const byCell = new Map<string, string[]>();
    chars.forEach((c, i) => byCell.set(drawn[i]!, [...(byCell.get(drawn[i]!) ?? []), c]));
    return {
      locale,
      fonts: fonts.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`),
      blank: chars.filter((_, i) => drawn[i] === blankCell),
      asMissing: chars.filter((_, i) => drawn[i] === missing),
      identical: [...byCell.values()].filter((group) => group.length > 1),
    };
  } finally {
    await page.close();
  }
}

/** What is wrong with the glyphs, in words; empty when Chinese renders. */
export function tofuProblems(r: GlyphReport): string[] {
  const problems: string[] = [];
  if (r.blank.length) problems.push(`${r.locale}: no ink for ${r.blank.join('')}`);
  if (r.asMissing.length)
    problems.push(`${r.locale}: ${r.asMissing.join('')} drawn as the missing-glyph box`);
  for (const group of r.identical)
    problems.push(`${r.locale}: ${group.join('')} all drawn alike (tofu)`);
  return problems;
}

export const FONT_HINT =
  'Chinese renders as empty boxes: install a CJK font (Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk; check with fc-list :lang=zh).';
