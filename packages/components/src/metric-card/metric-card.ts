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
  type MetricQuote,
} from './metric-card.layout.js';
import { META_SEPARATOR } from '../format/source.js';
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
 * shows a quiet placeholder (图表暂不可用 / Chart unavailable) instead of a number; `debug` names
 * the problem.
 *
 * A change is coloured by whether it is good news (`better-when`): green for good, red for bad,
 * grey when neither. `rise-color="red"` colours by direction in the Chinese market convention
 * (a rise red, a fall green), `rise-color="green"` in the Western one. The arrow (▲▼) and the sign
 * always say the direction too, so colour is never the only signal.
 *
 * @csspart base - The card around everything (also `frame`).
 * @csspart frame - The figure: title, chart, notes and source, as on every widget.
 * @csspart title - What the figure measures (also `label`).
 * @csspart label - What the figure measures.
 * @csspart description - The `description` under the title.
 * @csspart notes - Caveats from the data and the host's `notes`, footnote style.
 * @csspart badge - The status word for an estimate or a target. Also `badge-estimate` / `badge-target`.
 * @csspart badge-estimate - Added to the badge of an estimate.
 * @csspart badge-target - Added to the badge of a target.
 * @csspart value - The big figure: bound word, number and unit, exactly as formatted.
 * @csspart bound - The bound word before the number (超, about).
 * @csspart number - The digits and scale word (20万亿, 20 trillion).
 * @csspart unit - The unit after the number (元, %, yuan).
 * @csspart delta - The change: caption, arrow and signed value. Also `delta-positive|negative|neutral` and `delta-up|down|flat`.
 * @csspart delta-positive - Added to a change that is good news (per `betterWhen`).
 * @csspart delta-negative - Added to a change that is bad news.
 * @csspart delta-neutral - Added to a change with no better direction, or of zero.
 * @csspart delta-up - Added to a rise.
 * @csspart delta-down - Added to a fall.
 * @csspart delta-flat - Added to a change of zero.
 * @csspart region - Where the figure applies (indicators only).
 * @csspart period - When the figure applies.
 * @csspart context - The context line (占全国1/7).
 * @csspart source - The source line (来源：南方日报，2025年1月17日); a `<details>` when there is a quote to expand.
 * @csspart summary - The clickable source line of the `<details>`.
 * @csspart quote - The verbatim quote, between the reader's quotation marks (「」 in zh-Hant).
 * @csspart figure - The figure as written in the quote, marked.
 * @csspart link - A link to the article.
 * @csspart error - The placeholder shown instead of the card: one quiet line (the developer's box with `debug`).
 * @csspart error-heading - With `debug`: the box's heading, in the reader's language.
 * @csspart error-detail - With `debug`: the problem, in English (`lang="en"`).
 * @cssprop [--pearl-metric-card-min-height=11rem] - Height tokens.css reserves before the script runs.
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
    sourceText: { attribute: 'source-text' },
    sourceLang: { attribute: 'source-lang' },
    riseColor: { attribute: 'rise-color', reflect: true },
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

  /** The verbatim passage the host figure was read from, as text. */
  declare sourceText?: string;

  /** BCP 47 language of `source-text` and `source-name` (`zh-Hans`, `zh-Hant`). */
  declare sourceLang?: string;

  /**
   * Colours a change by direction instead of by `better-when`: `red` for the Chinese market
   * convention (a rise red, a fall green), `green` for the Western one. Unset: good news green.
   */
  declare riseColor?: 'red' | 'green';

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
        sourceDate: this.sourceDate,
        description: this.description,
        notes: this.notes,
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

  /** The card's one figure, as shown (none in the error state). */
  protected override dataRows() {
    return this.#model?.ok ? [this.#model.card.row] : [];
  }

  override render() {
    const model = this.#model;
    if (!model) return nothing;
    if (!model.ok) return this.renderError(model.code, model.message);
    const { badge, figure, quote } = model.card;
    const aside = badge
      ? html`<span part="badge badge-${badge.status}" class="badge">${badge.text}</span>`
      : nothing;
    return this.figure(figure, this.#renderBody(model.card, this.counting), {
      parts: 'base',
      titleParts: 'label',
      aside,
      ...(quote ? { sourceDetail: this.#renderQuote(quote) } : {}),
    });
  }

  /* One template for the pieces most cards have (unit, region, period): one that is missing is
     left empty and hidden rather than made a template of its own, so a card is cloned in a few
     goes instead of a dozen (npm run bench). Rarer pieces (bound word, change, context) keep their
     own templates: absent, they cost one marker instead of hidden elements. No whitespace inside
     the value: its text is the figure's. Region and period read 广东 · 2024年. */
  #renderBody(card: MetricCard, counting: boolean) {
    const { parts, delta, region, period, context } = card;
    // prettier-ignore
    return html`<p part="value" class="value" aria-hidden=${ifDefined(counting ? 'true' : undefined)}
        >${parts.bound ? html`<span part="bound" class="bound">${parts.bound}</span>` : nothing}<span
          part="number"
          class=${counting ? 'number counter' : 'number'}
          >${counting ? this.#renderCounter(card) : parts.number}</span
        ><span part="unit" class="unit" ?hidden=${!parts.unit}>${parts.unit}</span></p
      >
      ${counting ? html`<span class="visually-hidden">${card.valueText}</span>` : nothing}
      <p class="meta" ?hidden=${!delta && !region && !period}>
        ${
          delta
            ? html`<span part="delta delta-${delta.tone} delta-${delta.direction}" class="delta ${delta.direction}"
                ><span class="delta-caption">${delta.caption}</span
                ><wbr /><span class="delta-value"><span class="arrow" aria-hidden="true">${delta.arrow}</span>${delta.text}</span></span
              >`
            : nothing
        }
        <span class="where" ?hidden=${!region && !period}><span part="region" class="region" ?hidden=${!region}>${region}</span><span class="dot" aria-hidden="true" ?hidden=${!region || !period}>${META_SEPARATOR}</span><span part="period" class="period" ?hidden=${!period}>${period}</span></span>
      </p>
      ${context ? html`<p part="context" class="context">${context}</p>` : nothing}`;
  }

  /** While counting: the ticker over an invisible copy of the final number, which fixes the width. */
  #renderCounter(card: MetricCard) {
    const start = countUpNumber(card, 0, this.locale);
    return html`<span class="sizer">${card.parts.number}</span
      ><span class="ticker" .textContent=${start}></span>`;
  }

  /** The verbatim passage, in its article's script between the reader's quotation marks. */
  #renderQuote(q: MetricQuote) {
    // prettier-ignore
    return html`<blockquote part="quote" class="quote" lang=${ifDefined(q.lang ?? undefined)}
      >${q.open}${q.before}<mark part="figure" class="figure" ?hidden=${!q.figure}>${q.figure}</mark>${q.after}${q.close}</blockquote
    >`;
  }
}
