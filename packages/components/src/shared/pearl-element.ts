import { adoptStyles, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { resolveLocale, type FormatLocale } from '../format/locale.js';
import { parseNumberAttribute, parseStrictNumber } from '../format/parse.js';
import { baseStyles } from './base.styles.js';
import { PearlErrorEvent, type PearlErrorCode } from './events.js';
import { errorState } from './error.js';

/** Elements whose language or theme may come from an ancestor, re-resolved when one changes. */
const live = new Set<PearlElement>();
let observer: MutationObserver | null = null;

function watchAncestors() {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: an article switching <html lang> or theme updates every widget.
  observer = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'theme'],
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

/**
 * The converter of every number attribute: strict, so "abc" becomes NaN and the element shows an
 * error. No number property reflects, so there is no way back to an attribute.
 */
export const numberAttribute = { fromAttribute: parseNumberAttribute };

/**
 * What every Pearl component shares: the language (its own `lang`, else the nearest ancestor's, else
 * English), the theme (its own `theme`, else an ancestor's, else the OS), base styles and the error state.
 */
export class PearlElement extends LitElement {
  /**
   * Reactive properties are declared here and in each element's `static properties`, with `declare`d
   * fields for their types and docs, rather than with Lit's decorators: the decorator helpers cost
   * 0.4 KB gzip in every component's bundle (test/tools/budgets.mjs). Lit merges the subclasses' own.
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  static override styles = [baseStyles];

  /** `light` or `dark`; when unset, an ancestor's `theme` attribute applies, then the OS setting. */
  declare theme?: 'light' | 'dark';

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

  /** The error state, to return from `render()`; the problem is also reported once as `pearl-error`. */
  protected renderError(code: PearlErrorCode, message: string) {
    this.#pendingError = { code, message };
    return errorState(message, this.locale);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const key = this.#pendingError
      ? `${this.#pendingError.code}:${this.#pendingError.message}`
      : '';
    if (this.#pendingError && key !== this.#reportedError)
      this.dispatchEvent(new PearlErrorEvent(this.#pendingError));
    this.#reportedError = key;
  }
}
