import {
  adoptStyles,
  LitElement,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyValues,
  type PropertyDeclaration,
  type PropertyDeclarations,
} from 'lit';
import type { IndicatorData } from '@pearl-charts/data';
import { resolveLocale, type FormatLocale } from '../format/locale.js';
import { parseNumberAttribute, parseStrictNumber } from '../format/parse.js';
import { foreignNumberLocale, setNumberLocale } from '../format/number.js';
import { describeValue } from '../format/units.js';
import { baseStyles } from './base.styles.js';
import { PearlErrorEvent, type PearlErrorCode } from './events.js';
import { errorState } from './error.js';
import { onRegistryChange } from './catalog.js';
import { buildCsv, csvFileName, saveCsv } from './csv.js';
import {
  connectContext,
  disconnectContext,
  eachLive,
  inherited,
  renderedContext,
} from './context.js';
import { firstRender, flushRenders } from './schedule.js';
import type { DataRow } from './data-rows.js';
import { figureStyles, renderDescription, renderFigure, type FrameOptions } from './figure.js';
import { layoutFigure, type FigureAnatomy } from './figure.layout.js';

// A catalogue or adapter registered later (another bundle, a lazy import) re-renders this copy's widgets.
onRegistryChange(() => eachLive((el) => el.requestUpdate()));

/** True while the page prints (or emulates print): widgets show what a reader cannot open on paper. */
let printing = false;
function setPrinting(on: boolean) {
  if (on) flushRenders();
  if (printing === on) return;
  printing = on;
  eachLive((el) => el.requestUpdate());
  // Before printing, draw now: the print is laid out right after this event.
  if (on)
    eachLive((el) => {
      const widget = el as unknown as { isUpdatePending: boolean; performUpdate(): void };
      if (widget.isUpdatePending) widget.performUpdate();
    });
}
let printWatched = false;
function watchPrint() {
  if (printWatched || typeof matchMedia !== 'function') return;
  printWatched = true;
  const query = matchMedia('print');
  query.addEventListener('change', () => setPrinting(query.matches));
  addEventListener('beforeprint', () => setPrinting(true));
  addEventListener('afterprint', () => setPrinting(query.matches));
}

/** Errors already written to the console on this page, once each (`tag code message`). */
const warned = new Set<string>();

/**
 * The converter of every number attribute: strict, so "abc" becomes NaN and the element shows an
 * error. No number property reflects, so there is no way back to an attribute.
 */
export const numberAttribute = { fromAttribute: parseNumberAttribute };

/**
 * What a property accepts, beyond its attribute: `number` (a number or numeric text), `text`
 * (text; a finite number is written as text), `text-or-number` (either, kept as given), `items`
 * (an array, or its JSON text). Anything else (an object, a symbol, a function) leaves the property
 * unset for the layout and shows the error state naming it. Booleans take any value.
 */
export type InputKind = 'number' | 'text' | 'text-or-number' | 'items';

/** The raw getter of each property declaration (before the type check), for the error message. */
const rawGetters = new WeakMap<PropertyDeclaration, (this: unknown) => unknown>();

/** Explicit direction controls (RLO, LRE, PDF, FSI, PDI, RLM, ALM…) that could reorder figures. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/**
 * Text with direction controls, isolated (FSI … PDI) so that an override in it (an RLO in
 * `value-period`) stops at its end instead of reversing the figures composed after it. Isolate
 * marks inside are dropped first: a stray PDI would otherwise close the isolate early.
 */
export function isolateText(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  return `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069`;
}

function inputKind(
  name: PropertyKey,
  options: PropertyDeclaration,
  kinds: Record<string, InputKind>,
) {
  if (options.state || options.type === Boolean) return null;
  if (typeof name === 'string' && Object.hasOwn(kinds, name)) return kinds[name]!;
  return options.converter === numberAttribute ? 'number' : 'text';
}

/** The value the layout reads: the input itself, text made safe, or undefined when of the wrong type. */
function accepted(kind: InputKind, v: unknown): { ok: boolean; value: unknown } {
  if (v === undefined || v === null) return { ok: true, value: v };
  // Only display text is isolated: numbers, JSON and the highlight (matched against labels) are not.
  if (typeof v === 'string') return { ok: true, value: kind === 'text' ? isolateText(v) : v };
  if (typeof v === 'number') {
    if (kind === 'number' || kind === 'text-or-number') return { ok: true, value: v };
    if (kind === 'text' && Number.isFinite(v)) return { ok: true, value: String(v) };
  }
  if (kind === 'items' && Array.isArray(v)) return { ok: true, value: v };
  return { ok: false, value: undefined };
}

const EXPECTED: Readonly<Record<InputKind, string>> = {
  number: 'a number or numeric text',
  text: 'text',
  'text-or-number': 'text or a number',
  items: 'an array or its JSON text',
};

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

  /** Properties that take something other than text or a number (see {@link InputKind}). */
  protected static inputKinds: Record<string, InputKind> = {};

  /**
   * Every property's accessor checks the type of what it is given: the layout reads only values of
   * the declared type (others read as unset), and the element shows the error state naming the
   * property. Host text with direction controls is isolated (see {@link isolateText}).
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration) {
    super.createProperty(name, options);
    // Wraps the accessor Lit just defined (overriding getPropertyDescriptor is deprecated in Lit 3).
    const declared = this.elementProperties.get(name);
    const descriptor = Object.getOwnPropertyDescriptor(this.prototype, name);
    const kind = declared && inputKind(name, declared, this.inputKinds);
    if (!declared || !kind || !descriptor?.get || !descriptor.set) return;
    const { get, set } = descriptor;
    rawGetters.set(declared, get);
    Object.defineProperty(this.prototype, name, {
      ...descriptor,
      get(this: PearlElement) {
        return accepted(kind, get.call(this)).value;
      },
      set(this: PearlElement, value: unknown) {
        set.call(this, value);
        // The accessor reads undefined for a value of the wrong type: still a change to show.
        if (!accepted(kind, value).ok) this.requestUpdate();
      },
    });
  }

  constructor() {
    super();
    // Every element's render(), here rather than in each: a property of the wrong type, or a
    // layout that threw on input no check foresaw, shows the error state instead of a blank.
    const willUpdate = this.willUpdate;
    this.willUpdate = (changed: PropertyValues) => {
      try {
        willUpdate.call(this, changed);
      } catch (e) {
        this.#inputProblem ||= `Unexpected input: ${String(e)}`;
      }
    };
    const render = this.render;
    this.render = () => {
      const problem = this.#inputProblem;
      if (problem) return this.renderError('wrong-type', problem);
      try {
        return render.call(this);
      } catch (e) {
        return this.renderError('wrong-type', `Unexpected input: ${String(e)}`);
      }
    };
  }

  /** The first property of the wrong type, as the error names it; '' when every one is fine. */
  #inputProblem = '';

  #checkInputs(): string {
    const ctor = this.constructor as typeof PearlElement;
    for (const [name, options] of ctor.elementProperties) {
      const raw = rawGetters.get(options);
      const kind = inputKind(name, options, ctor.inputKinds);
      if (!raw || !kind) continue;
      const value = raw.call(this);
      if (!accepted(kind, value).ok)
        return `${String(name)} must be ${EXPECTED[kind]}, not ${describeValue(value)}.`;
    }
    return '';
  }

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
    connectContext(this);
    watchPrint();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    disconnectContext(this);
  }

  /** The language, theme and debug the element would resolve now (shared/context.ts). @internal */
  contextKey(): string {
    // The language resolved (en and en-GB draw alike), and the digits of a language we have no
    // texts for (de and fr both read as English words, but write their own digits).
    const lang = inherited(this, 'lang');
    return `${resolveLocale(lang)} ${foreignNumberLocale(lang) ?? ''} ${this.#theme()} ${this.#debug()}`;
  }

  #theme() {
    const theme = this.theme ?? inherited(this, 'theme');
    return theme === 'dark' || theme === 'light' ? theme : null;
  }

  #debug() {
    return this.debug || inherited(this, 'debug') !== null;
  }

  /**
   * True while the page prints: a widget shows what paper cannot open (the sector comparison's
   * data table instead of its toggle).
   */
  protected get printing(): boolean {
    return printing;
  }

  /** The first update waits its turn among the page's widgets (shared/schedule.ts); later ones do not. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || typeof MessageChannel === 'undefined') return super.scheduleUpdate();
    return firstRender(this, () => super.scheduleUpdate(), !this.serverRendered);
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
    const lang = inherited(this, 'lang');
    this.locale = resolveLocale(lang);
    // A language we have no texts for (de, ja) writes its own digits around English words.
    setNumberLocale(foreignNumberLocale(lang));
    this.#inputProblem = this.#checkInputs();
    const resolved = this.#theme();
    renderedContext(this, this.contextKey());
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
    return errorState(message, this.locale, this.#debug());
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

  protected override performUpdate() {
    try {
      super.performUpdate();
    } finally {
      setNumberLocale(null);
    }
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
