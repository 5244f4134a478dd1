import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { cssProps } from '../shared/css-props.js';
import { PearlTargetReachedEvent } from '../shared/events.js';
import { numberAttribute, PearlElement } from '../shared/pearl-element.js';
import { progressRecords } from '../shared/figure.layout.js';
import {
  layoutTargetModel,
  type TargetProgressHost,
  type TargetProgressModel,
} from './target-progress.layout.js';
import { styles } from './target-progress.styles.js';

/**
 * @tagname pearl-target-progress
 * @summary An actual against its target: a fill, a target marker, an optional baseline marker and
 * the percent of the target, each end labelled with its year.
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
 * @csspart summary - Percent of target with its caption, or the status, and the overshoot note.
 * @csspart percent - The big figure: 84%.
 * @csspart caption - What the big figure is: 目标完成率 / of target.
 * @csspart status - Replaces the percent when there is none: no actual yet, a target of 0.
 * @csspart note - The overshoot note: 超出目标+12%.
 * @csspart chart - The track with its label rows.
 * @csspart track - Full-width background bar; carries `role="progressbar"` (or `role="img"` with no actual). Progressbar rather than meter: screen readers announce its value text more widely.
 * @csspart fill - Bar from 0 to the actual.
 * @csspart overshoot - The part of the fill past the target (striped).
 * @csspart zero - The 0 line, drawn when a figure is negative.
 * @csspart marker - The target marker: a line across the track and a triangle under it.
 * @csspart baseline - The baseline marker: a dashed line and a diamond.
 * @csspart value-label - Label at the fill: 2024: 7.39万家.
 * @csspart target-label - Label at the marker: 2027 目标: 超200亿元.
 * @csspart baseline-label - Label at the baseline marker.
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
 * @cssprop [--pearl-target-progress-min-height=8.5rem] - Height tokens.css reserves before the script runs.
 *
 * @fires pearl-target-reached - Once per target, when the value first meets or passes it.
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

  static override styles = [...PearlElement.styles, styles];

  /** Id of an actual in the catalogue (its target is looked up), or of a target (shown alone). */
  declare indicator?: string;
  /** Id of the target to measure `indicator` against, when the catalogue does not pair them. */
  declare targetIndicator?: string;
  /** The actual, in `unit` base units (yuan, %, enterprises); leave unset for none yet. */
  declare value?: number;
  /** The target, in `unit` base units; also the fallback target for an `indicator` without one. */
  declare target?: number;
  /** Where the effort started, in `unit` base units (optional). */
  declare baseline?: number;
  /** Unit id from the data vocabulary: `enterprises`, `cny`, `percent`. */
  declare unit?: string;
  /** What is measured (text); defaults to the indicator's label. */
  declare label?: string;
  /** Period of the value: `2024` (data period grammar). */
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
    };
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
    // A progress bar needs a value; with no actual the track is an image described by its text.
    const bar = l.fill !== null;
    /* One template for the pieces most bars have; when there is no actual, its fill and label are
       left hidden rather than each made a template of its own, so a bar is cloned in one go
       (npm run bench). The glyph paths are TARGET_GLYPH and BASELINE_GLYPH written out: a bound
       path would be one more part per glyph. Rarer pieces (baseline, overshoot, zero line, note)
       keep their own templates: absent, they cost one marker instead of hidden elements. */
    const anatomy = this.anatomy(progressRecords(this.indicator, this.targetIndicator), null);
    // prettier-ignore
    return this.figure(anatomy, html`<div part="base" class="base ${bar ? 'has-actual' : 'no-actual'}">
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
        </span>
        ${this.figureDescription(anatomy)}
      </div>
      <div part="chart" class="chart">
        <div class="row" ?hidden=${t.actual === null} style=${cssProps({ '--_at': l.valueAt })}>
          <span part="value-label" class="value-label"><span class="swatch" aria-hidden="true"></span>${t.actual}</span>
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
            <div part="fill" class="fill" ?hidden=${!bar} style=${cssProps({ '--_from': l.fill?.from, '--_to': l.fill?.to })}></div>
            ${l.beyond ? html`<div part="overshoot" class="overshoot" style=${cssProps({ '--_from': l.beyond.from, '--_to': l.beyond.to })}></div>` : nothing}
          </div>
          ${l.min < 0 ? html`<div part="zero" class="zero" style=${cssProps({ '--_at': l.zero })}></div>` : nothing}
          ${
            l.baseline === null
              ? nothing
              : html`<div part="baseline" class="baseline" style=${cssProps({ '--_at': l.baseline })}>
                  <svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-5.264L3.039,0L0,5.264L-3.039,0Z"></path></svg>
                </div>`
          }
          <div part="marker" class="marker" style=${cssProps({ '--_at': l.marker })}>
            <svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-6.079L5.264,3.039L-5.264,3.039Z"></path></svg>
          </div>
        </div>
        <div class="row below" style=${cssProps({ '--_at': l.marker })}>
          <span part="target-label" class="target-label"><svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-6.079L5.264,3.039L-5.264,3.039Z"></path></svg>${t.target}</span>
        </div>
        ${
          t.baseline === null || l.baseline === null
            ? nothing
            : html`<div class="row" style=${cssProps({ '--_at': l.baseline })}>
                <span part="baseline-label" class="baseline-label"><svg class="glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-5.264L3.039,0L0,5.264L-3.039,0Z"></path></svg>${t.baseline}</span>
              </div>`
        }
      </div>
    </div>`, { labelledBy: 'title', descriptionInBody: true });
  }
}
