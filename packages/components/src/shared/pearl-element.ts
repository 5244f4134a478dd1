import {
  adoptStyles,
  LitElement,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyValues,
  type PropertyDeclarations,
} from 'lit';
import type { IndicatorData } from '@pearl-charts/data';
import { resolveLocale, type FormatLocale } from '../format/locale.js';
import { parseNumberAttribute, parseStrictNumber } from '../format/parse.js';
import { baseStyles } from './base.styles.js';
import { PearlErrorEvent, type PearlErrorCode } from './events.js';
import { errorState } from './error.js';
import { onRegistryChange } from './catalog.js';
import { buildCsv, csvFileName, saveCsv } from './csv.js';
import type { DataRow } from './data-rows.js';
import { figureStyles, renderDescription, renderFigure, type FrameOptions } from './figure.js';
import { layoutFigure, type FigureAnatomy } from './figure.layout.js';

/** Elements whose language or theme may come from an ancestor, re-resolved when one changes. */
const live = new Set<PearlElement>();
let observer: MutationObserver | null = null;

function watchAncestors() {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: an article switching <html lang> or theme updates every widget.
  observer = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'theme', 'debug'],
    subtree: true,
  });
}

/** The nearest `attr` on the element or an ancestor, crossing shadow roots. */
function inherited(el: Element, attr: string): string | null {
  // The element's own attribute first: under SSR the DOM shim has no closest() or getRootNode().
  const own = el.getAttribute?.(attr);
  if (own !== null && own !== undefined) return own;
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest?.(`[${attr}]`) ?? null;
    if (found) return found.getAttribute(attr);
    const root = node.getRootNode?.() as ShadowRoot | Document | undefined;
    node = root && 'host' in root ? root.host : null;
  }
  return null;
}

// A catalogue or adapter registered later (another bundle, a lazy import) re-renders this copy's widgets.
onRegistryChange(() => live.forEach((el) => el.requestUpdate()));

/** Errors already written to the console on this page, once each (`tag code message`). */
const warned = new Set<string>();

/**
 * The converter of every number attribute: strict, so "abc" becomes NaN and the element shows an
 * error. No number property reflects, so there is no way back to an attribute.
 */
export const numberAttribute = { fromAttribute: parseNumberAttribute };

/**
 * What every Pearl component shares: the language (its own `lang`, else the nearest ancestor's, else
 * English), the theme (its own `theme`, else an ancestor's, else the OS), base styles, the frame of
 * a news graphic around the chart (title, description, notes, source line: `shared/figure.ts`) and
 * the error state (a quiet line for readers; the problem with `debug`).
 *
 * @fires pearl-error - The error state is shown; `detail` has the code and message.
 */
export class PearlElement extends LitElement {
  /**
   * Reactive properties are declared here and in each element's `static properties`, with `declare`d
   * fields for their types and docs, rather than with Lit's decorators: the decorator helpers cost
   * 0.4 KB gzip in every component's bundle (test/tools/budgets.mjs). Lit merges the subclasses' own.
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    description: {},
    notes: {},
    sourceName: { attribute: 'source-name' },
    sourceUrl: { attribute: 'source-url' },
    sourceDate: { attribute: 'source-date' },
    debug: { type: Boolean },
  };

  static override styles = [baseStyles];

  /** The frame's styles come after each element's own, so its `:host` rule wins (see figureStyles). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [...super.finalizeStyles(styles), figureStyles];
  }

  /** `light` or `dark`; when unset, an ancestor's `theme` attribute applies, then the OS setting. */
  declare theme?: 'light' | 'dark';

  /**
   * A line under the title: the unit or definition a reader needs (按现价计算 / at current prices),
   * as text. Also the figure's accessible description.
   */
  declare description?: string;

  /** A note of the host's, as text, shown after the notes read from the data (footnote style). */
  declare notes?: string;

  /** The outlet the host's figures come from, as text; replaces the catalogue's source line. */
  declare sourceName?: string;

  /** The article's http(s) URL, which links `source-name`; any other scheme is shown as plain text. */
  declare sourceUrl?: string;

  /** The article's date, `YYYY-MM-DD` (written 2025年1月17日 / 17 Jan 2025), or free text. */
  declare sourceDate?: string;

  /**
   * Shows the problem behind the error placeholder (in English) instead of the reader's quiet
   * line. Also read from an ancestor's `debug` attribute, as Storybook sets it.
   */
  debug = false;

  /** The formatting locale resolved on each update from `lang` on the element or its ancestors. */
  protected locale: FormatLocale = 'en';

  /**
   * True when the element arrived with a declarative shadow root from server HTML (`@pearl-charts/components/ssr`):
   * its first update hydrates that markup, so it must not change what is shown (no count-up).
   */
  protected serverRendered = false;

  #pendingError: { code: PearlErrorCode; message: string } | null = null;
  #reportedError = '';

  override connectedCallback() {
    // renderRoot is set on the first connection; a shadow root before that came from the HTML.
    if (!this.hasUpdated && !this.renderRoot && this.shadowRoot) this.serverRendered = true;
    super.connectedCallback();
    live.add(this);
    watchAncestors();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    live.delete(this);
  }

  protected override createRenderRoot() {
    const declarative = this.shadowRoot;
    const root = super.createRenderRoot();
    // Lit's hydration support reuses a server-rendered root but keeps only its inline <style>, which
    // a page with a strict style-src (no hash for it) has blocked; adopted sheets are always allowed.
    if (declarative && root === declarative) {
      adoptStyles(declarative, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.locale = resolveLocale(inherited(this, 'lang'));
    const theme = this.theme ?? inherited(this, 'theme');
    const resolved = theme === 'dark' || theme === 'light' ? theme : null;
    if (this.getAttribute?.('data-pearl-theme') !== resolved) {
      if (resolved) this.setAttribute('data-pearl-theme', resolved);
      else this.removeAttribute?.('data-pearl-theme');
    }
    this.#pendingError = null;
  }

  /**
   * A number property as the layout should read it: its value, or, when its attribute failed to
   * parse (the property is NaN), the attribute's text, so the error can quote "abc" rather than NaN.
   */
  protected numberInput(name: string): unknown {
    const value: unknown = (this as unknown as Record<string, unknown>)[name];
    if (typeof value !== 'number' || !Number.isNaN(value)) return value;
    const text = this.getAttribute?.(name);
    return typeof text === 'string' && parseStrictNumber(text) === null ? text : value;
  }

  /**
   * The error state, to return from `render()`: a quiet line for readers, the problem with `debug`.
   * The problem is also reported once as `pearl-error` and written once to the console.
   */
  protected renderError(code: PearlErrorCode, message: string) {
    this.#pendingError = { code, message };
    const debug = this.debug || inherited(this, 'debug') !== null;
    return errorState(message, this.locale, debug);
  }

  /** The title, description, notes and source of `records`, with the host's attributes over them. */
  protected anatomy(records: readonly IndicatorData[], title?: string | null): FigureAnatomy {
    return layoutFigure(
      records,
      {
        title,
        description: this.description,
        notes: this.notes,
        sourceName: this.sourceName,
        sourceUrl: this.sourceUrl,
        sourceDate: this.sourceDate,
      },
      this.locale,
    );
  }

  /**
   * The description line, for a chart that draws its own title and places the description under
   * it (with `descriptionInBody` in the frame's options).
   */
  protected figureDescription(anatomy: FigureAnatomy) {
    return renderDescription(anatomy);
  }

  /**
   * The chart `body` in the frame of a news graphic: title above, notes and source below, and the
   * "Get the data" button when `dataRows()` has rows.
   */
  protected figure(
    anatomy: FigureAnatomy,
    body: unknown,
    options: Omit<FrameOptions, 'locale' | 'download'> = {},
  ) {
    const hasRows = this.dataRows().length > 0;
    const download = hasRows ? () => this.#download(anatomy.title) : undefined;
    return renderFigure(anatomy, body, { ...options, locale: this.locale, download });
  }

  /**
   * Saves the rows as shown now, named after the indicator id, else the title, else the first
   * row's label (a chart that draws its own title), else the tag.
   */
  #download(title: string | null) {
    const rows = this.dataRows();
    if (!rows.length) return;
    const id = this.getAttribute('indicator')?.trim();
    saveCsv(
      buildCsv(rows, this.locale),
      csvFileName(id || title || rows[0]!.label || this.localName),
    );
  }

  /**
   * What the widget shows, as rows for the "Get the data" CSV; empty in the error state. Each
   * element overrides it.
   */
  protected dataRows(): readonly DataRow[] {
    return [];
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const key = this.#pendingError
      ? `${this.#pendingError.code}:${this.#pendingError.message}`
      : '';
    if (this.#pendingError && key !== this.#reportedError) {
      this.dispatchEvent(new PearlErrorEvent(this.#pendingError));
      const line = `${this.localName} ${key}`;
      if (!warned.has(line)) {
        warned.add(line);
        console.warn(
          `<${this.localName}> ${this.#pendingError.code}: ${this.#pendingError.message}`,
        );
      }
    }
    this.#reportedError = key;
  }
}
