import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bound, Status, UnitId } from '@pearl-charts/data/vocab';
import { numberAttribute, PearlElement } from '../shared/pearl-element.js';
import {
  countUpNumber,
  easeOutCubic,
  layoutMetricCard,
  type MetricCard,
  type MetricCardModel,
  type MetricSource,
} from './metric-card.layout.js';
import { styles } from './metric-card.styles.js';

/** Length of the count-up, in milliseconds. */
const COUNT_MS = 900;

let reducedMotion: MediaQueryList | undefined;

/**
 * @tagname pearl-metric-card
 * @summary One headline figure: a big number with its unit, label, period, status, change and source.
 *
 * Give an `indicator` id from the catalogue, or the host's own numbers (`value` in base units of
 * `unit`, `label`, `period`, …). Bad input (unknown id, non-numeric text, missing or unknown unit)
 * shows the error state instead of a number.
 *
 * @csspart base - The card around everything.
 * @csspart label - What the figure measures.
 * @csspart badge - The status word for an estimate or a target. Also `badge-estimate` / `badge-target`.
 * @csspart badge-estimate - Added to the badge of an estimate.
 * @csspart badge-target - Added to the badge of a target.
 * @csspart value - The big figure: bound word, number and unit, exactly as formatted.
 * @csspart bound - The bound word before the number (超, about).
 * @csspart number - The digits and scale word (20万亿, 20 trillion).
 * @csspart unit - The unit after the number (元, %, yuan).
 * @csspart delta - The change: caption, arrow and signed value. Also `delta-positive|negative|neutral`.
 * @csspart delta-positive - Added to a change that is good news (per `betterWhen`).
 * @csspart delta-negative - Added to a change that is bad news.
 * @csspart delta-neutral - Added to a change with no better direction, or of zero.
 * @csspart region - Where the figure applies (indicators only).
 * @csspart period - When the figure applies.
 * @csspart context - The context line (占全国1/7).
 * @csspart source - The source line; a `<details>` when there is a quote to expand.
 * @csspart summary - The clickable source line of the `<details>`.
 * @csspart quote - The verbatim quote.
 * @csspart figure - The figure as written in the quote, marked.
 * @csspart link - The link to the article.
 * @csspart error - The error state.
 * @csspart error-heading - The error state's heading, in the reader's language.
 * @csspart error-detail - The problem, in English (`lang="en"`).
 * @cssprop [--pearl-metric-card-min-height=11rem] - Height reserved before data or script arrive.
 * @cssprop [--pearl-metric-card-padding=1rem] - Space inside the card border.
 * @cssprop [--pearl-metric-card-border-color=var(--pearl-color-border)] - Card, badge and quote borders.
 * @cssprop [--pearl-metric-card-value-color=var(--pearl-color-text)] - Colour of the big figure.
 * @cssprop [--pearl-metric-card-value-size=clamp(2rem, 0.75rem + 7cqi, 3.5rem)] - Size of the big figure.
 * @cssprop [--pearl-metric-card-badge-background=var(--pearl-color-surface-muted)] - Status badge fill.
 * @cssprop [--pearl-metric-card-positive-color=var(--pearl-color-positive)] - A change that is good news.
 * @cssprop [--pearl-metric-card-negative-color=var(--pearl-color-negative)] - A change that is bad news.
 * @cssprop [--pearl-metric-card-neutral-color=var(--pearl-color-neutral)] - A change with no better direction.
 * @cssprop [--pearl-metric-card-mark-color=var(--pearl-color-highlight)] - Tint behind the figure in the quote.
 * @fires pearl-error - The error state is shown; detail `{code, message}`.
 */
export class PearlMetricCard extends PearlElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    value: { converter: numberAttribute },
    unit: {},
    label: {},
    period: {},
    bound: {},
    status: {},
    delta: { converter: numberAttribute },
    deltaUnit: { attribute: 'delta-unit' },
    betterWhen: { attribute: 'better-when' },
    context: {},
    sourceName: { attribute: 'source-name' },
    sourceText: { attribute: 'source-text' },
    sourceUrl: { attribute: 'source-url' },
    sourceLang: { attribute: 'source-lang' },
    animated: { type: Boolean, reflect: true, attribute: 'animate' },
    counting: { state: true, attribute: false },
  };

  static override styles = [...PearlElement.styles, styles];

  /** Catalogue id (`gd-industrial-robot-output-2024`); supplies figure, period, status, source, delta and context. */
  declare indicator?: string;

  /** The figure in base units of `unit` (20万亿元 is 20000000000000; 57.1% is 57.1). */
  declare value?: number;

  /** Unit id of `value` from the data vocabulary: `cny`, `percent`, `pp`, `enterprises`… */
  declare unit?: UnitId;

  /** What the figure measures, as text; overrides the indicator's label. */
  declare label?: string;

  /** When the figure applies: `2024`, `2023-01/2023-09`, `as of 2024-12`, `by 2027`, or free text. */
  declare period?: string;

  /** How the source qualifies `value`: `exact`, `over` (超), `about` (约), `nearly` (近), `under` (不足). */
  declare bound?: Bound;

  /** `actual`, `estimate` or `target`; the last two show a text badge. */
  declare status?: Status;

  /** A change in units of `delta-unit` (11.5 with `percent` is +11.5% growth); overrides the catalogue's. */
  declare delta?: number;

  /** Unit id of `delta`: `percent` for growth, `pp` for a change in percentage points, or any unit id. */
  declare deltaUnit?: UnitId;

  /** `higher` or `lower`: which way is good news, for the delta's colour; overrides the data's. */
  declare betterWhen?: 'higher' | 'lower';

  /** A context line as text (占全国1/7); overrides the one derived from a share in the catalogue. */
  declare context?: string;

  /** The outlet the host figure comes from, as text. */
  declare sourceName?: string;

  /** The verbatim passage the host figure was read from, as text. */
  declare sourceText?: string;

  /** The article's http(s) URL; other schemes are ignored. */
  declare sourceUrl?: string;

  /** BCP 47 language of `source-text` and `source-name` (`zh-Hans`, `zh-Hant`). */
  declare sourceLang?: string;

  /**
   * Attribute `animate`: counts the number up on entrance (0.9 s; off under `prefers-reduced-motion`).
   * The property is `animated` because `animate()` is an HTMLElement method.
   */
  animated = false;

  /** True while the count-up runs: the visible number is aria-hidden then. */
  private counting = false;

  #model: MetricCardModel | null = null;
  #countedKey = '';
  #motionOk = false;
  #frame = 0;

  override connectedCallback() {
    super.connectedCallback();
    reducedMotion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    // A server-rendered card already shows its final number: counting up would change the text.
    this.#motionOk =
      !this.serverRendered &&
      typeof requestAnimationFrame === 'function' &&
      !(reducedMotion?.matches ?? true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopCount();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#model = layoutMetricCard(
      {
        indicator: this.indicator,
        value: this.numberInput('value'),
        unit: this.unit,
        label: this.label,
        period: this.period,
        bound: this.bound,
        status: this.status,
        delta: this.numberInput('delta'),
        deltaUnit: this.deltaUnit,
        betterWhen: this.betterWhen,
        context: this.context,
        sourceName: this.sourceName,
        sourceText: this.sourceText,
        sourceUrl: this.sourceUrl,
        sourceLang: this.sourceLang,
      },
      this.locale,
    );
    // Count once per figure (not per language switch); a new value counts again.
    const count = this.#model.ok ? this.#model.card.count : null;
    const key = count ? `${count.value}|${count.unit}` : '';
    if (key !== this.#countedKey) {
      this.#countedKey = key;
      this.counting = key !== '' && this.animated && this.#motionOk;
    }
    if (!this.animated || !count) this.counting = false;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.counting && !this.#frame) this.#startCount();
    if (!this.counting && this.#frame) this.#stopCount();
  }

  #startCount() {
    let start = -1;
    const tick = (now: number) => {
      if (start < 0) start = now;
      const t = (now - start) / COUNT_MS;
      const card = this.#model?.ok ? this.#model.card : null;
      if (!card || t >= 1) {
        this.#frame = 0;
        this.counting = false; // re-renders the final text, no longer aria-hidden
        return;
      }
      const ticker = this.renderRoot.querySelector('.ticker');
      if (ticker) ticker.textContent = countUpNumber(card, easeOutCubic(t), this.locale);
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  #stopCount() {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.counting = false;
  }

  override render() {
    const model = this.#model;
    if (!model) return nothing;
    if (!model.ok) return this.renderError(model.code, model.message);
    const { label, badge, parts, delta, region, period, context, source } = model.card;
    const counting = this.counting;
    /* One template for the pieces most cards have (label, unit, region, period): one that is
       missing is left empty and hidden rather than made a template of its own, so a card is cloned
       in a few goes instead of a dozen (npm run bench). Rarer pieces (badge, bound word, change,
       context, source) keep their own templates: absent, they cost one marker instead of hidden
       elements. No whitespace inside the value: its text is the figure's. */
    // prettier-ignore
    return html`<div part="base" class="base" role="group" aria-labelledby=${label ? 'label' : nothing}>
      <div class="head">
        <p part="label" class="label" id="label" ?hidden=${!label}>${label}</p>
        ${badge ? html`<span part="badge badge-${badge.status}" class="badge">${badge.text}</span>` : nothing}
      </div>
      <p part="value" class="value" aria-hidden=${ifDefined(counting ? 'true' : undefined)}
        >${parts.bound ? html`<span part="bound" class="bound">${parts.bound}</span>` : nothing}<span
          part="number"
          class=${counting ? 'number counter' : 'number'}
          >${counting ? this.#renderCounter(model.card) : parts.number}</span
        ><span part="unit" class="unit" ?hidden=${!parts.unit}>${parts.unit}</span></p
      >
      ${counting ? html`<span class="visually-hidden">${model.card.valueText}</span>` : nothing}
      <p class="meta" ?hidden=${!delta && !region && !period}>
        ${
          delta
            ? html`<span part="delta delta-${delta.tone}" class="delta"
                ><span class="delta-caption">${delta.caption}</span
                ><span class="arrow" aria-hidden="true">${delta.arrow}</span>${delta.text}</span
              >`
            : nothing
        }
        <span part="region" class="region" ?hidden=${!region}>${region}</span>
        <span part="period" class="period" ?hidden=${!period}>${period}</span>
      </p>
      ${context ? html`<p part="context" class="context">${context}</p>` : nothing}
      ${source ? this.#renderSource(source) : nothing}
    </div>`;
  }

  /** While counting: the ticker over an invisible copy of the final number, which fixes the width. */
  #renderCounter(card: MetricCard) {
    const start = countUpNumber(card, 0, this.locale);
    return html`<span class="sizer">${card.parts.number}</span
      ><span class="ticker" .textContent=${start}></span>`;
  }

  #renderSource(s: MetricSource) {
    const link = s.url
      ? html`<a part="link" class="link" href=${s.url}>${s.linkText}</a>`
      : nothing;
    const cite = s.outlet
      ? html`<cite lang=${ifDefined(s.lang ?? undefined)}>${s.outlet}</cite>`
      : nothing;
    const q = s.quote;
    // prettier-ignore
    if (!q) return html`<p part="source" class="source">${s.lead}${cite}${s.joiner}${s.date ?? nothing} ${link}</p>`;
    // prettier-ignore
    return html`<details part="source" class="source">
      <summary part="summary" class="summary">${s.lead}${cite}${s.joiner}${s.date ?? nothing}</summary>
      <blockquote part="quote" class="quote" lang=${ifDefined(s.lang ?? undefined)} cite=${s.url ?? nothing}>
        ${q.before}<mark part="figure" class="figure" ?hidden=${!q.figure}>${q.figure}</mark>${q.after}
      </blockquote>
      ${link}
    </details>`;
  }
}
