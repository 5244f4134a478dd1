/**
 * Which of our four ways of writing numbers a BCP 47 tag asks for. DOM-free: imported in Node too.
 */
import type { Script } from '@pearl-charts/data/vocab';

/**
 * The locales the format layer writes in. Three of them are the data's scripts; `zh-TW` is
 * Traditional Chinese with Taiwan usage, which differs only in writing 10^12 as 兆 (not 萬億).
 */
export const FORMAT_LOCALES = ['zh-Hans', 'zh-Hant', 'zh-TW', 'en'] as const;
export type FormatLocale = (typeof FORMAT_LOCALES)[number];

/** Regions whose Chinese is written in Traditional script when the tag names no script. */
const HANT_REGIONS = new Set(['HK', 'MO', 'TW']);

/** resolveLocale's answers by tag (null and undefined resolve as '' does, to `en`). */
const resolved = new Map<string, FormatLocale>();

/**
 * Maps any BCP 47 tag onto a {@link FormatLocale}. Never throws.
 *
 * - `zh`, `zh-CN`, `zh-SG`, `zh-MY`, `zh-Hans`, `zh-Hans-*` → `zh-Hans`
 * - `zh-HK`, `zh-MO`, `zh-Hant`, `zh-Hant-HK`, `zh-Hant-MO` → `zh-Hant`
 * - `zh-TW`, `zh-Hant-TW` → `zh-TW`
 * - `en`, `en-GB`, any other language, `''`, `null`, `undefined` and invalid tags → `en`
 *
 * POSIX names as Node sees them in `LANG` (`zh_TW.UTF-8`) are accepted too, and case is ignored.
 */
export function resolveLocale(tag: string | null | undefined): FormatLocale {
  // Every element resolves its language on each update, from a handful of distinct tags: remember them.
  const key = typeof tag === 'string' ? tag : '';
  let locale = resolved.get(key);
  if (locale === undefined) {
    locale = resolveUncached(tag);
    if (resolved.size < 256) resolved.set(key, locale);
  }
  return locale;
}

function resolveUncached(tag: string | null | undefined): FormatLocale {
  const canonical = canonicalTag(tag);
  if (!canonical) return 'en';
  const [language, ...rest] = canonical.split('-');
  if (language !== 'zh') return 'en';
  // After canonicalisation a script subtag is 4 letters in title case, a region 2 letters or 3 digits.
  const script = rest.find((s) => /^[A-Z][a-z]{3}$/.test(s));
  const region = rest.find((s) => /^(?:[A-Z]{2}|\d{3})$/.test(s));
  // An explicit script wins over the region: zh-Hans-HK is Simplified, zh-Hant-CN Traditional.
  if (script === 'Hans') return 'zh-Hans';
  if (script === 'Hant' || (!script && region && HANT_REGIONS.has(region))) {
    return region === 'TW' ? 'zh-TW' : 'zh-Hant';
  }
  return 'zh-Hans';
}

/** The canonical form of a tag (`ZH-hk` → `zh-HK`), or null when it is empty or not a valid tag. */
function canonicalTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  // POSIX locale names: drop the encoding and modifier, and use hyphens (zh_TW.UTF-8 → zh-TW).
  const cleaned = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (!cleaned) return null;
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? null;
  } catch {
    return null; // RangeError for an invalid tag; we fall back rather than throw.
  }
}

/** The script whose labels a locale uses: `zh-TW` reads the `zh-Hant` labels. */
export function scriptOf(locale: FormatLocale): Script {
  return locale === 'zh-TW' ? 'zh-Hant' : locale;
}

/** True for the Chinese locales, which share 万-based scale words and write no spaces or separators. */
export function isChinese(locale: FormatLocale): boolean {
  return locale !== 'en';
}
