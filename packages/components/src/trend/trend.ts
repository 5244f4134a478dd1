import { stepIndex } from '../shared/keys.js';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getCatalog } from '../shared/catalog.js';
import { cssProps } from '../shared/css-props.js';
import type { DataRow } from '../shared/data-rows.js';
import type { PearlErrorCode } from '../shared/events.js';
import { tableToggle } from '../shared/figure.js';
import { PearlElement, type InputKind } from '../shared/pearl-element.js';
import type { FigureAnatomy } from '../shared/figure.layout.js';
import { tableCaptionMeta } from '../shared/chart-figure.layout.js';
import {
  layoutTrend,
  nearestMark,
  parseSeries,
  resolveTrendConcept,
  resolveTrendIds,
  trendIds,
  trendMessage,
  trendProblemCode,
  trendRows,
  trendString,
  type TrendData,
  type TrendLayout,
  type TrendMark,
  type TrendPointInput,
  type TrendResult,
} from './trend.layout.js';
import { styles } from './trend.styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { TooltipController, tooltipStyles, type TooltipContent } from '../shared/tooltip.js';

type TrendModel =
  | { ok: true; data: TrendData; layout: TrendLayout; title: string }
  | { ok: false; code: PearlErrorCode; message: string };

/** The parts of a point's button: `point`, and `open`, `estimate`, `target`, `undated`, `active`. */
function pointPart(m: TrendMark, active: boolean): string {
  let part = 'point';
  if (m.open) part += ' open';
  if (m.status !== 'actual') part += ` ${m.status}`;
  if (m.undated) part += ' undated';
  if (active) part += ' active';
  return part;
}

/**
 * A line (or, with `area`, an area) over time from a catalogue concept, indicator ids, or host
 * numbers. The x axis is time as the periods write it; the y axis starts at zero (or shows where
 * zero is, for rates that fall below it) with one scale word, stated once with the unit.
 *
 * Honest by the data: a bound (超50%) is an open marker, an estimate or target is dashed, and two
 * points that cannot be compared (a bound beside an exact figure, other definitions, an undated
 * point, missing periods between) are not joined; a note says why. Two points make a slope chart
 * with both ends labelled. Every point is one arrow key away (one tab stop), with a tooltip giving
 * value, period, status and the source's own sentence.
 *
 * @tagname pearl-trend
 * @summary A line over time, with its gaps, bounds, estimates and target drawn as the data says.
 * @csspart base - The chart, table toggle and table (inside `frame`).
 * @csspart frame - The figure: title, description, chart, notes and source, as on every widget.
 * @csspart title - The title from `label`/`heading`, else the records' label.
 * @csspart description - The `description` under the title.
 * @csspart notes - What is not joined and why, what dashes and open dots mean, and the data's caveats.
 * @csspart source - The source line.
 * @csspart link - The outlet's link to its article.
 * @csspart unit - The y axis title stating the scale word and unit once (单位：万亿元).
 * @csspart chart - The plot with its axes.
 * @csspart axis - The y and x axis labels (also `y-axis`, `x-axis`).
 * @csspart grid - The gridlines behind the line.
 * @csspart line - A run of joined points. Also `estimate` or `target` (dashed).
 * @csspart area - The area under a run, with `area`.
 * @csspart target - The target line and its label.
 * @csspart point - A point's button. Also `open` (a bound), `estimate`, `target`, `undated`, `active`.
 * @csspart label - A point's value and period written beside it (the last point, both ends of two).
 * @csspart tooltip - The active point's value, period, status and source quote.
 * @csspart toggle - The button that shows or hides the data table; not printed.
 * @csspart table - The data table, once the toggle opens it, and in print instead of the toggle.
 * @csspart error - The placeholder shown instead of the chart.
 * @cssprop [--pearl-trend-line-color=var(--pearl-series-1)] - Line, area and point colour.
 * @cssprop [--pearl-trend-target-color=var(--pearl-color-highlight)] - Target line colour.
 * @cssprop [--pearl-trend-plot-height=12rem] - Height of the plot (10rem under 480 px of width).
 * @cssprop [--pearl-trend-min-height=20.25rem] - Height tokens.css reserves before the script runs (18.25rem under 480 px).
 * @fires pearl-error - The error state is shown; detail `{code, message}`.
 */
export class PearlTrend extends PearlElement {
  static override properties: PropertyDeclarations = {
    concept: {},
    indicators: {},
    series: {},
    unit: {},
    area: { type: Boolean, reflect: true },
    label: {},
    heading: {},
    active: { state: true, attribute: false },
    tableShown: { state: true, attribute: false },
  };

  static override styles = [...PearlElement.styles, tableStyles, styles, tooltipStyles];

  /** `series` takes an array as a property (JSON as an attribute); anything else is the wrong type. */
  protected static override inputKinds: Record<string, InputKind> = { series: 'items' };

  /** Catalogue concept (a record's `concept`) whose records, in time order, make the line. */
  declare concept?: string;

  /** Indicator ids, separated by spaces or commas, put in time order; used when `concept` is unset. */
  declare indicators?: string;

  /**
   * Host numbers: `[{period, value, bound?, status?}]`, values in base units of `unit`, periods of
   * the data grammar (`2024`, `2023-01/2023-09`, `as of 2024-12`). As an attribute, JSON. Wins
   * over `concept` and `indicators`.
   */
  declare series?: readonly TrendPointInput[] | string;

  /** Unit id of `series` (`cny`, `percent`, `enterprises`…); required with `series`. */
  declare unit?: string;

  /** Fills the area between the line and zero. */
  area = false;

  /** The title; else the catalogue records' label. */
  declare label?: string;

  /** Alias of `label`; `heading` wins when both are set. */
  declare heading?: string;

  /** The point that holds the tab stop (roving tabindex); -1 for the last. */
  private active = -1;

  /** The shared tooltip (shared/tooltip.ts): placed inside the widget from laid-out boxes. */
  #tip = new TooltipController(this);

  private tableShown = false;

  #model: TrendModel = { ok: false, code: 'missing-value', message: '' };

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#model = this.#layout();
  }

  #resolve(): TrendResult {
    if (this.series !== undefined && this.series !== null)
      return parseSeries(this.series, this.unit);
    if (this.concept?.trim())
      return resolveTrendConcept(this.concept.trim(), getCatalog(), this.locale);
    const ids = trendIds(this.indicators);
    if (ids.length) return resolveTrendIds(ids, getCatalog(), this.locale);
    return { ok: false, problem: { code: 'no-input' } };
  }

  #layout(): TrendModel {
    try {
      const result = this.#resolve();
      if (!result.ok)
        return {
          ok: false,
          code: trendProblemCode(result.problem),
          message: trendMessage(result.problem),
        };
      const layout = layoutTrend(result.data, { locale: this.locale, area: this.area });
      if (!layout)
        return { ok: false, code: 'not-finite', message: trendMessage({ code: 'too-large' }) };
      const points = result.data.points;
      const title = this.heading || this.label || points[points.length - 1]!.label || '';
      return { ok: true, data: result.data, layout, title };
    } catch (e) {
      // Defensive: a catalogue from outside could still throw; never let it escape the update.
      return {
        ok: false,
        code: 'malformed-json',
        message: trendMessage({ code: 'bad-data', detail: String(e) }),
      };
    }
  }

  protected override dataRows(): readonly DataRow[] {
    return this.#model.ok ? trendRows(this.#model.data, this.#model.title) : [];
  }

  /** The index holding the tab stop, within the points. */
  #activeIndex(count: number): number {
    return this.active >= 0 && this.active < count ? this.active : count - 1;
  }

  override render() {
    if (!this.#model.ok) return this.renderError(this.#model.code, this.#model.message);
    const { layout, data, title } = this.#model;
    const records = data.records ?? [];
    const base = this.anatomy(records, title || null);
    const anatomy = { ...base, notes: [...layout.notes, ...base.notes] };
    const active = this.#activeIndex(layout.marks.length);
    const gutter = Math.max(...layout.yTicks.map((t) => t.text.length), 1);
    const body = html`<div part="base" class="base">
      ${layout.unitTitle ? html`<p part="unit" class="unit">${layout.unitTitle}</p>` : nothing}
      ${this.#renderTarget(layout)}
      <div part="chart" class="chart" style=${cssProps({ '--_gutter': gutter })}>
        <div part="axis y-axis" class="y-axis" aria-hidden="true">
          ${layout.yTicks.map(
            (t) =>
              html`<span class="tick" style=${cssProps({ '--_at': `${t.at}%` })}>${t.text}</span>`,
          )}
        </div>
        <div class="plot" @pointermove=${this.#onPointer}>
          ${this.#renderSvg(layout)}
          ${layout.marks.filter((m) => m.labelled).map((m) => this.#renderLabel(m))}
          <div
            class="points"
            role="group"
            aria-label=${trendString('points', this.locale)}
            @keydown=${this.#onKey}
          >
            ${layout.marks.map((m) => this.#renderPoint(m, m.index === active))}
          </div>
        </div>
        <div part="axis x-axis" class="x-axis" aria-hidden="true">
          ${layout.xTicks.map(
            (t) =>
              html`<span
                class=${`tick ${t.align ?? ''}${t.minor ? ' minor' : ''}`}
                style=${cssProps({ '--_at': `${t.at}%` })}
                >${t.text}</span
              >`,
          )}
        </div>
      </div>
      ${tableToggle(
        this.tableShown,
        trendString(this.tableShown ? 'hide' : 'show', this.locale),
        () => this.#toggleTable(),
      )}
      ${this.tableShown || this.printing ? this.#renderTable(layout, anatomy) : nothing}
    </div>`;
    return html`${this.figure(anatomy, body, { titleParts: 'heading' })}${this.#tip.render()}`;
  }

  #renderSvg(layout: TrendLayout) {
    return html`<svg
      part="lines"
      class="lines"
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      ${layout.yTicks.map(
        (t) =>
          svg`<line part="grid" class=${t.at === layout.zero ? 'grid zero' : 'grid'} x1="0" x2="100" y1=${t.at} y2=${t.at}></line>`,
      )}
      ${layout.runs.map((r) =>
        r.area
          ? svg`<path part=${`area ${r.style}`} class=${`area ${r.style}`} d=${r.area}></path>`
          : nothing,
      )}
      ${layout.runs.map(
        (r) => svg`<path part=${`line ${r.style}`} class=${`line ${r.style}`} d=${r.line}></path>`,
      )}
      ${
        layout.target
          ? svg`<line part="target" class="target-line" x1="0" x2="100" y1=${layout.target.y} y2=${layout.target.y}></line>`
          : nothing
      }
    </svg>`;
  }

  /** The target's label, as a key above the plot (a dashed swatch and 目标：超5500家（2025年）), where no mark can cover it. */
  #renderTarget(layout: TrendLayout) {
    if (!layout.target) return nothing;
    return html`<p part="target target-label" class="target-label">
      <span class="swatch" aria-hidden="true"></span>${layout.target.text}
    </p>`;
  }

  #renderLabel(m: TrendMark) {
    return html`<span
      part="label"
      class=${`label ${m.align}${m.below ? ' below' : ''}`}
      aria-hidden="true"
      style=${cssProps({ '--_x': `${m.x}%`, '--_y': `${m.y}%` })}
      ><span class="label-value">${m.valueText}</span
      ><span class="label-period"
        >${m.periodText}${m.statusText ? ` · ${m.statusText}` : ''}</span
      ></span
    >`;
  }

  #renderPoint(m: TrendMark, active: boolean) {
    return html`<button
      part=${pointPart(m, active)}
      class="point"
      type="button"
      tabindex=${active ? '0' : '-1'}
      aria-label=${m.spoken}
      data-index=${m.index}
      style=${cssProps({ '--_x': `${m.x}%`, '--_y': `${m.y}%` })}
      @focus=${this.#onPoint}
      @pointerenter=${this.#onPoint}
      @click=${this.#onPoint}
    ></button>`;
  }

  #renderTable(layout: TrendLayout, anatomy: FigureAnatomy) {
    const caption = this.#model.ok ? this.#model.title : '';
    // Each cell writes its own unit (超50%, 43.1万个); the caption adds the source only.
    const meta = tableCaptionMeta([], null, anatomy, this.locale);
    return html`<div class="table" id="table">
      <table part="table">
        <caption>
          ${caption || trendString('caption', this.locale)}
          ${meta ? html`<span class="caption-meta">${meta}</span>` : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${trendString('period', this.locale)}</th>
            <th scope="col">${trendString('value', this.locale)}</th>
            <th scope="col">${trendString('status', this.locale)}</th>
          </tr>
        </thead>
        <tbody>
          ${layout.marks.map(
            (m) =>
              html`<tr>
                <th scope="row">${m.periodText}</th>
                <td>${m.valueText}</td>
                <td>${m.statusText}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** What the tooltip of a point says: value, period and status, source and quote. */
  #content(m: TrendMark): TooltipContent {
    const content: TooltipContent = {
      heading: m.valueText,
      details: [m.statusText ? `${m.periodText} · ${m.statusText}` : m.periodText, m.source],
    };
    if (m.quote) content.quote = m.quote;
    return content;
  }

  #point(index: number) {
    return this.renderRoot.querySelector<HTMLElement>(`.point[data-index="${index}"]`);
  }

  /** Focus, hover or tap on a point: it takes the tab stop and shows its tooltip. */
  #onPoint(e: Event) {
    if (!this.#model.ok) return;
    const index = Number((e.currentTarget as HTMLElement).dataset['index']);
    const mark = this.#model.layout.marks[index];
    if (!mark) return;
    this.active = index;
    this.#tip.showFor(e, this.#content(mark));
  }

  /** Hover and touch over the plot: the point nearest the pointer along the time axis. */
  #onPointer(e: PointerEvent) {
    if (!this.#model.ok) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (box.width <= 0) return;
    const index = nearestMark(this.#model.layout.marks, (e.clientX - box.left) / box.width);
    const point = this.#point(index);
    if (point && this.#tip.anchor !== point)
      this.#tip.show(point, this.#content(this.#model.layout.marks[index]!));
  }

  /** ←/→ step through the points, Home/End jump to the ends (Escape: the tooltip controller). */
  async #onKey(e: KeyboardEvent) {
    if (!this.#model.ok) return;
    const count = this.#model.layout.marks.length;
    const current = this.#activeIndex(count);
    const next = stepIndex(e.key, current, count);
    if (next === null) return;
    e.preventDefault();
    this.active = next;
    await this.updateComplete;
    this.#point(next)?.focus();
  }

  #toggleTable() {
    this.tableShown = !this.tableShown;
  }
}
