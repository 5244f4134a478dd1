import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { cssProps } from '../shared/css-props.js';
import { PearlTargetReachedEvent } from '../shared/events.js';
import { numberAttribute, PearlElement } from '../shared/pearl-element.js';
import { progressRecords } from '../shared/chart-figure.layout.js';
import {
  layoutTargetModel,
  type TargetProgressHost,
  type TargetProgressModel,
} from './target-progress.layout.js';
import { styles } from './target-progress.styles.js';
import { TooltipController, tooltipStyles } from '../shared/tooltip.js';

/**
 * @tagname pearl-target-progress
 * @summary An actual against its target, each labelled with its period. A percent of target and a
 * fill only when both measure the same thing over the same period; otherwise the actual is a dot
 * and the bar says why there is no percent. Rates (%, percentage points, growth) are positions
 * against a zero line, compared in their own unit: −3.2% against a target of 5%.
 *
 * Periods: with neither `value-period` nor `target-period` the host's numbers are taken as the same
 * period; with both, they must match (`2025` and `2025` or `by 2025`; a stock `as of 2024-12`
 * toward a target `by 2027`); with only one, there is no percent. A target qualified "over" (超5500)
 * is met only when exceeded; an "about" or "nearly" target (约200) once its number is reached,
 * and its percent reads 约.
 *
 * @csspart base - The chart: header, track and labels (inside `frame`).
 * @csspart frame - The figure: title, description, chart, notes and source, as on every widget.
 * @csspart title - The title: what is measured, the `label` part of the header.
 * @csspart description - The `description` under the title; also the figure's accessible description.
 * @csspart notes - Caveats from the data and the host's `notes`, footnote style.
 * @csspart source - The source line: 来源：南方日报，2025年1月17日, the outlet linked to the article.
 * @csspart link - The outlet's link to its article.
 * @csspart header - The label and the summary.
 * @csspart label - What is measured.
 * @csspart summary - Percent of target with its caption, or the status, the overshoot note and what remains.
 * @csspart percent - The big figure: 84% of target, or a rate's own value (−3.2%).
 * @csspart caption - What the big figure is: 目标完成率 / of target, or 目标为5% / against a target of 5%.
 * @csspart status - Replaces the percent when there is none: no actual yet, different periods or definitions, a target of 0.
 * @csspart note - Past the target: 超出目标+12%, or for a rate 比目标高1个百分点.
 * @csspart remaining - What remains: 距目标还差1.41万家 / 14,100 enterprises to go, 比目标低8.2个百分点, 目标比2024年多….
 * @csspart chart - The track with its label rows.
 * @csspart track - Full-width background bar (a thin line when the actual is a dot); carries `role="progressbar"` with a fill, else `role="img"`. Progressbar rather than meter: screen readers announce its value text more widely.
 * @csspart fill - Bar from 0 to the actual, as progress toward the target.
 * @csspart point - The actual as a dot, when it is not progress toward the target (a rate, a negative, another period); hollow for an estimate.
 * @csspart overshoot - The part of the fill past the target (striped).
 * @csspart zero - The 0 line, drawn with a dot or when a figure is negative; labelled 0 with a dot.
 * @csspart marker - The target marker: a line across the track and a triangle under it.
 * @csspart baseline - The baseline marker: a dashed line and a diamond.
 * @csspart value-label - Label at the fill or dot: 2024年：7.39万家, 2024年预计：5500家.
 * @csspart target-label - Label at the marker: 2027年目标：超200亿元.
 * @csspart baseline-label - Label at the baseline marker.
 * @csspart download - The "Get the data" button in the footer (下载数据 / 下載數據 / Get the data): saves what the widget shows as CSV; absent in the error state, hidden in print.
 * @csspart tooltip - The tooltip of the focused, hovered or tapped mark or label (fill, dot, target, baseline): value, period, status and the source's sentence, as text.
 * @csspart error - The placeholder shown instead of the chart: one quiet line (the developer's box with `debug`).
 * @csspart error-heading - With `debug`: the box's heading, in the reader's language.
 * @csspart error-detail - With `debug`: the problem, in English (`lang="en"`).
 *
 * @cssprop [--pearl-target-progress-track-color=var(--pearl-color-surface-muted)] - Track colour.
 * @cssprop [--pearl-target-progress-fill-color=var(--pearl-series-1)] - Fill colour.
 * @cssprop [--pearl-target-progress-marker-color=var(--pearl-color-text)] - Target marker colour.
 * @cssprop [--pearl-target-progress-baseline-color=var(--pearl-color-text-muted)] - Baseline marker colour.
 * @cssprop [--pearl-target-progress-overshoot-color=var(--pearl-color-positive)] - Overshoot note colour.
 * @cssprop [--pearl-target-progress-track-height=0.75rem] - Thickness of the track.
 * @cssprop [--pearl-target-progress-min-height=10.5rem] - Height tokens.css reserves before the script runs (11.5rem under 480px of viewport).
 *
 * @fires pearl-target-reached - Once per target, when a comparable value first meets it (passes an "over" target).
 * @fires pearl-error - The element shows its error state; `detail` has the code and message.
 */
export class PearlTargetProgress extends PearlElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    targetIndicator: { attribute: 'target-indicator' },
    value: { converter: numberAttribute },
    target: { converter: numberAttribute },
    baseline: { converter: numberAttribute },
    unit: {},
    label: {},
    valuePeriod: { attribute: 'value-period' },
    targetPeriod: { attribute: 'target-period' },
    baselinePeriod: { attribute: 'baseline-period' },
    animated: { type: Boolean, reflect: true, attribute: 'animate' },
  };

  static override styles = [...PearlElement.styles, styles, tooltipStyles];

  /** The tooltip of the mark or label focused, hovered or tapped: value, period, status, source. */
  #tip = new TooltipController(this);

  /** Id of an actual in the catalogue (its target is looked up), or of a target (shown alone). */
  declare indicator?: string;
  /**
   * Id of the target to measure `indicator` against, when the catalogue does not pair them. A
   * percent of target needs the same concept and period; otherwise both figures are shown apart.
   */
  declare targetIndicator?: string;
  /**
   * The actual, in `unit` base units (yuan, %, enterprises); leave unset for none yet. With an
   * `indicator` that is a target, the host's actual measured against it.
   */
  declare value?: number;
  /** The target, in `unit` base units; also the fallback target for an `indicator` without one. */
  declare target?: number;
  /** Where the effort started, in `unit` base units (optional). */
  declare baseline?: number;
  /** Unit id from the data vocabulary: `enterprises`, `cny`; `percent` and `pp` read as rates. */
  declare unit?: string;
  /** What is measured (text); defaults to the indicator's label. */
  declare label?: string;
  /** Period of the value: `2024`, `as of 2024-12` (data period grammar); see the periods rule above. */
  declare valuePeriod?: string;
  /** Period of the target: `2027` or `by 2027`. */
  declare targetPeriod?: string;
  /** Period of the baseline: `2020`. */
  declare baselinePeriod?: string;
  /**
   * Attribute `animate`: grows the fill in on first render (off under `prefers-reduced-motion`); no
   * number counts up. The property is `animated` because `animate()` is an HTMLElement method.
   */
  animated = false;

  #model: TargetProgressModel = { ok: false, code: 'missing-value', message: '' };
  /** The target the reached event last fired for: once per target. */
  #reachedFor: number | null = null;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    try {
      this.#model = layoutTargetModel(this.#inputs(), this.locale);
    } catch (e) {
      // Not expected; a bug must still leave a visible, named state rather than a blank.
      console.error(e);
      this.#model = { ok: false, code: 'not-finite', message: String(e) };
    }
  }

  #inputs(): TargetProgressHost {
    const { indicator, targetIndicator, unit, label } = this;
    const { valuePeriod, targetPeriod, baselinePeriod } = this;
    return {
      indicator,
      targetIndicator,
      unit,
      label,
      valuePeriod,
      targetPeriod,
      baselinePeriod,
      value: this.numberInput('value'),
      target: this.numberInput('target'),
      baseline: this.numberInput('baseline'),
      sourceName: this.sourceName,
      sourceDate: this.sourceDate,
    };
  }

  /** The actual, target and baseline shown (none in the error state). */
  protected override dataRows() {
    if (!this.#model.ok) return [];
    const { value, target, baseline } = this.#model.rows;
    return [value, target, baseline].filter((r) => r !== null);
  }

  /**
   * A mark or its label focused, hovered or tapped (`data-mark`: value, target, baseline): the
   * tooltip with what is measured, the label's words (2027年目标：8.8万家) and the source's sentence.
   */
  #onMark(e: Event) {
    const el = (e.target as Element).closest?.('[data-mark]');
    const m = this.#model;
    if (!el || !m.ok) return;
    const mark = el.getAttribute('data-mark') as 'value' | 'target' | 'baseline';
    const text = { value: m.texts.actual, target: m.texts.target, baseline: m.texts.baseline }[
      mark
    ];
    if (!text) return;
    this.#tip.show(el, { heading: m.label, details: [text], quote: m.rows[mark]?.quote ?? '' });
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const m = this.#model;
    if (m.ok && m.value !== null && m.layout.reached && this.#reachedFor !== m.target) {
      this.#reachedFor = m.target;
      this.dispatchEvent(new PearlTargetReachedEvent({ value: m.value, target: m.target }));
    }
  }

  override render() {
    const m = this.#model;
    if (!m.ok) return this.renderError(m.code, m.message);
    const { layout: l, texts: t } = m;
    // A progress bar needs a fill; a dot, or a target alone, is an image described by its text.
    const bar = l.fill !== null;
    const dot = l.point !== null;
    /* One template for the pieces most bars have; pieces a bar does not show (the fill or the dot,
       the value label) are left hidden rather than each made a template of its own, so a bar is
       cloned in one go (npm run bench). The glyph paths are TARGET_GLYPH and BASELINE_GLYPH
       written out: a bound path would be one more part per glyph. Rarer pieces (baseline,
       overshoot, zero line, note, remaining) keep their own templates: absent, they cost one
       marker instead of hidden elements. */
    const anatomy = this.anatomy(progressRecords(this.indicator, this.targetIndicator), null);
    /* The chart's click only shows a tapped mark's tooltip; the keyboard's way is focusin on the
       labels, so the rule about key listeners does not apply. */
    /* eslint-disable lit-a11y/click-events-have-key-events */
    // prettier-ignore
    return this.figure(anatomy, html`<div part="base" class="base ${bar ? 'has-actual' : dot ? 'has-actual positions' : 'no-actual'} ${m.estimate ? 'estimate' : ''}">
      <div part="header" class="header">
        <span part="label title" class="label" id="title">${m.label}</span>
        <span part="summary" class="summary">
          ${
            t.status === null
              ? html`<span part="percent" class="percent">${t.percent}</span>
                  <span part="caption" class="caption">${t.caption}</span>`
              : html`<span part="status" class="status">${t.status}</span>`
          }
          ${t.note === null ? nothing : html`<span part="note" class="note">${t.note}</span>`}
          ${t.remaining === null ? nothing : html`<span part="remaining" class="remaining">${t.remaining}</span>`}
        </span>
        ${this.figureDescription(anatomy)}
      </div>
      <div part="chart" class="chart" @focusin=${this.#onMark} @pointerover=${this.#onMark} @click=${this.#onMark}>
        <div class="row" ?hidden=${t.actual === null} style=${cssProps({ '--_at': l.valueAt })}>
          <span part="value-label" class="value-label" data-mark="value" tabindex="0"><span class="swatch" aria-hidden="true"></span>${t.actual}</span>
        </div>
        <div
          part="track"
          class="track"
          role=${bar ? 'progressbar' : 'img'}
          aria-label=${bar ? m.label || t.target : t.valueText}
          aria-valuenow=${bar ? (m.value ?? 0) : nothing}
          aria-valuemin=${bar ? l.min : nothing}
          aria-valuemax=${bar ? l.max : nothing}
          aria-valuetext=${bar ? t.valueText : nothing}
          style=${cssProps({ '--_zero': l.zero })}
        >
          <div class="bars">
            <div part="fill" class="fill" data-mark="value" ?hidden=${!bar} style=${cssProps({ '--_from': l.fill?.from, '--_to': l.fill?.to })}></div>
            ${l.beyond ? html`<div part="overshoot" class="overshoot" style=${cssProps({ '--_from': l.beyond.from, '--_to': l.beyond.to })}></div>` : nothing}
          </div>
          ${l.zeroLine ? html`<div part="zero" class="zero" style=${cssProps({ '--_at': l.zero })}>${dot ? html`<span class="zero-label">0</span>` : nothing}</div>` : nothing}
          ${
            l.baseline === null
              ? nothing
              : html`<div part="baseline" class="baseline" data-mark="baseline" style=${cssProps({ '--_at': l.baseline })}>
                  <svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-5.264L3.039,0L0,5.264L-3.039,0Z"></path></svg>
                </div>`
          }
          <div part="marker" class="marker" data-mark="target" style=${cssProps({ '--_at': l.marker })}>
            <svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-6.079L5.264,3.039L-5.264,3.039Z"></path></svg>
          </div>
          <div part="point" class="point" data-mark="value" ?hidden=${!dot} style=${cssProps({ '--_at': l.point })}></div>
        </div>
        <div class="row below" style=${cssProps({ '--_at': l.marker })}>
          <span part="target-label" class="target-label" data-mark="target" tabindex="0"><svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-6.079L5.264,3.039L-5.264,3.039Z"></path></svg>${t.target}</span>
        </div>
        ${
          t.baseline === null || l.baseline === null
            ? nothing
            : html`<div class="row" style=${cssProps({ '--_at': l.baseline })}>
                <span part="baseline-label" class="baseline-label" data-mark="baseline" tabindex="0"><svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-5.264L3.039,0L0,5.264L-3.039,0Z"></path></svg>${t.baseline}</span>
              </div>`
        }
      </div>
      ${this.#tip.render()}
    </div>`, { labelledBy: 'title', descriptionInBody: true });
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}
