/**
 * Storybook's print preview (stories/print.stories.ts): widgets on a sheet of paper as a print
 * lays them out, with the components' own print rules, never a copy of them. A print differs from
 * the screen in three ways, and the preview does each:
 * - the `@media print` rules apply: each widget's shadow root gets, in place of each of its
 *   adopted style sheets, a copy in which every `@media print` rule is unconditional and every
 *   `@media screen` / `@media not print` rule is gone (cached per sheet; the widget's own sheets,
 *   shared by every instance of the element, are left alone, so other stories are untouched);
 * - the widgets are told the page prints (`beforeprint`, once they are in the page: the first one
 *   connected starts listening), so they draw what paper cannot open (a chart's data table instead
 *   of its toggle); `endPrint()` (`afterprint`) tells them it is over;
 * - backgrounds go, as a default print drops them, except where `print-color-adjust: exact` keeps
 *   them (the widgets' marks).
 */

/** Media that a print matches (`print`) and media it never does (`screen`, `not print`). */
const PRINT = /^print$/i;
const NOT_PRINT = /^(screen|not print)$/i;

const copies = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

/** `sheet` as a print reads it: its print rules unconditional, its screen-only rules gone. */
export function asPrinted(sheet: CSSStyleSheet): CSSStyleSheet {
  let copy = copies.get(sheet);
  if (copy) return copy;
  const text = [...sheet.cssRules].map((rule) => {
    if (!(rule instanceof CSSMediaRule)) return rule.cssText;
    const media = rule.media.mediaText.trim();
    if (PRINT.test(media)) return [...rule.cssRules].map((r) => r.cssText).join('\n');
    return NOT_PRINT.test(media) ? '' : rule.cssText;
  });
  copy = new CSSStyleSheet();
  copy.replaceSync(text.join('\n'));
  copies.set(sheet, copy);
  return copy;
}

/** Drops backgrounds a default print drops: those not kept by `print-color-adjust: exact`. */
const DROP = new CSSStyleSheet();
DROP.replaceSync(
  '[data-print-dropped] { background-color: transparent !important; background-image: none !important; }',
);

/** Every shadow root in `root`'s tree, nested ones too. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : [],
  );
}

function dropBackgrounds(root: ShadowRoot) {
  for (const el of root.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    const painted = s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none';
    if (painted && s.printColorAdjust !== 'exact') el.setAttribute('data-print-dropped', '');
  }
}

/** Lit elements expose `updateComplete`; anything else is taken as drawn. */
const drawn = (el: Element) =>
  (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve();

/**
 * Lays out every widget inside `paper` as printed; sets `data-print-ready` on `paper` when done.
 * Call it once the widgets are in the page (their shadow roots exist from connection).
 */
export async function applyPrint(paper: Element): Promise<void> {
  dispatchEvent(new Event('beforeprint'));
  const hosts = [...paper.querySelectorAll('*')].filter((el) => el.shadowRoot);
  await Promise.all(hosts.map(drawn));
  for (const root of shadowRoots(paper)) {
    if (root.adoptedStyleSheets.includes(DROP)) continue;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.map(asPrinted), DROP];
  }
  // Computed styles now follow the print rules: what a default print would leave out is known.
  for (const root of shadowRoots(paper)) dropBackgrounds(root);
  paper.setAttribute('data-print-ready', '');
}

/** Tells the page's widgets the print is over (they draw their toggles again). */
export function endPrint(): void {
  dispatchEvent(new Event('afterprint'));
}
