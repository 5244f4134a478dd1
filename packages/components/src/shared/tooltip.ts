import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { placeTooltip } from './tooltip.layout.js';

export { placeTooltip, type Rect, type Size, type TooltipPlacement } from './tooltip.layout.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a tooltip says, as text (never markup), in the reader's script. */
export interface TooltipContent {
  /** The first line, in bold: the value as the mark shows it (2024年：5500家). */
  heading: string;
  /** Lines under it: period, status (预计, target)… */
  details?: readonly string[];
  /** The source's verbatim sentence, quiet and cut after four lines. */
  quote?: string;
}

const linesOf = (c: TooltipContent) =>
  [c.heading, ...(c.details ?? [])].filter((l) => l.trim() !== '');

/**
 * One tooltip per widget, for the marks that carry a value: shown when a mark is focused (keyboard),
 * hovered or tapped, beside the mark and inside the widget (placeTooltip), as text only.
 *
 * The element puts `render()` in its template, adds `tooltipStyles` to its styles, and binds
 * `showFor(event, content)` to each mark's `@focus`, `@pointerenter` and `@click`. The controller
 * hides the tooltip when the mark loses focus, the pointer leaves the widget, a tap lands outside
 * it, or Escape is pressed (WCAG 1.4.13: dismissible, and it stays while the pointer is over the
 * widget). While shown, the mark's `aria-describedby` names it, so a screen reader hears its text
 * as the mark's description. Nothing is measured in `render()`: under SSR it is a hidden element.
 */
export class TooltipController implements ReactiveController {
  readonly #host: Host;
  /** The id of the tooltip element in the host's shadow root. */
  readonly id: string;
  #anchor: Element | null = null;
  #content: TooltipContent | null = null;

  constructor(host: Host, id = 'tooltip') {
    this.#host = host;
    this.id = id;
    host.addController(this);
  }

  /** The mark the tooltip explains, or null when it is hidden. */
  get anchor(): Element | null {
    return this.#anchor;
  }

  /** What the shown tooltip says, or null. */
  get content(): TooltipContent | null {
    return this.#content;
  }

  /** Shows `content` beside `anchor`; empty lines are left out, and no text at all hides it. */
  show(anchor: Element, content: TooltipContent) {
    if (!linesOf(content).length) return this.hide();
    this.#anchor?.removeAttribute('aria-describedby');
    this.#anchor = anchor;
    this.#content = content;
    anchor.setAttribute('aria-describedby', this.id);
    document.addEventListener('pointerdown', this.#onOutside, true);
    this.#host.requestUpdate();
  }

  /** For a mark's `@focus`, `@pointerenter` and `@click`: the tooltip of `event.currentTarget`. */
  showFor(event: Event, content: TooltipContent) {
    if (event.currentTarget instanceof Element) this.show(event.currentTarget, content);
  }

  hide() {
    if (!this.#anchor) return;
    this.#anchor.removeAttribute('aria-describedby');
    this.#anchor = null;
    this.#content = null;
    document.removeEventListener('pointerdown', this.#onOutside, true);
    this.#host.requestUpdate();
  }

  /** The tooltip element: part `tooltip`, role `tooltip`, hidden until a mark shows it. */
  render() {
    const c = this.#content;
    const quote = c?.quote?.trim();
    // A tooltip is named from its contents (WAI-ARIA 1.2), which the rule does not know.
    // eslint-disable-next-line lit-a11y/accessible-name
    return html`<div part="tooltip" class="tooltip" role="tooltip" id=${this.id} ?hidden=${!c}>
      ${c ? linesOf(c).map((l) => html`<span class="tooltip-line">${l}</span>`) : ''}
      ${quote ? html`<span class="tooltip-line tooltip-quote">${quote}</span>` : ''}
    </div>`;
  }

  hostConnected() {
    this.#host.addEventListener('keydown', this.#onKey);
    this.#host.addEventListener('pointerleave', this.#onLeave);
    this.#host.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected() {
    this.#host.removeEventListener('keydown', this.#onKey);
    this.#host.removeEventListener('pointerleave', this.#onLeave);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.hide();
  }

  /** Places the shown tooltip after each render, from the boxes the browser laid out. */
  hostUpdated() {
    const anchor = this.#anchor;
    const tip = this.#host.shadowRoot?.querySelector<HTMLElement>(`#${this.id}`);
    if (!anchor || !tip) return;
    if (!anchor.isConnected) return this.hide();
    const host = this.#host.getBoundingClientRect();
    // The tooltip is positioned in the host's padding box (tooltipStyles makes the host relative).
    const left = host.left + this.#host.clientLeft;
    const top = host.top + this.#host.clientTop;
    const a = anchor.getBoundingClientRect();
    const place = placeTooltip(
      { x: a.left - left, y: a.top - top, width: a.width, height: a.height },
      // offsetWidth ignores the transform, so the size is the laid-out one wherever it was put.
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: this.#host.clientWidth, height: this.#host.clientHeight },
    );
    tip.style.transform = `translate(${place.x}px, ${place.y}px)`;
    tip.dataset['side'] = place.side;
  }

  readonly #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.#anchor) {
      this.hide();
      e.stopPropagation();
    }
  };

  readonly #onLeave = (e: PointerEvent) => {
    // A pen or mouse leaving the widget; a finger's tap stays until a tap elsewhere.
    if (e.pointerType !== 'touch') this.hide();
  };

  readonly #onFocusOut = (e: FocusEvent) => {
    if (e.composedPath()[0] === this.#anchor) this.hide();
  };

  readonly #onOutside = (e: PointerEvent) => {
    if (!e.composedPath().includes(this.#host)) this.hide();
  };
}

/**
 * The tooltip's styles, for an element's `static styles`: a quiet box in the surface colour with
 * a hairline border, text only, never in print. `--pearl-tooltip-background` and
 * `--pearl-tooltip-color` restyle it. It takes no pointer events, so it never hides the next mark.
 */
export const tooltipStyles = css`
  :host {
    position: relative;
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    width: max-content;
    /* Never wider than the widget, so placeTooltip can always keep it inside at 320 px. */
    max-width: min(18rem, 100%);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--pearl-tooltip-background, var(--_bg));
    color: var(--pearl-tooltip-color, var(--_fg));
    box-shadow: 0 2px 8px color-mix(in srgb, var(--_fg) 18%, transparent);
    font-size: 0.8125rem;
    font-weight: 400;
    line-height: 1.4;
    text-align: start;
    overflow-wrap: anywhere;
    white-space: normal;
    pointer-events: none;
  }
  .tooltip-line {
    display: block;
  }
  .tooltip-line:first-child {
    font-weight: 600;
  }
  /* The source's sentence: at most four lines, so a long quote does not outgrow a small widget. */
  .tooltip-quote {
    display: -webkit-box;
    overflow: hidden;
    color: var(--_muted);
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .tooltip {
      display: none !important;
    }
  }
`;
