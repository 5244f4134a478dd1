import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { message } from '../format/messages.js';
import { getCatalog } from '../shared/catalog.js';
import { cssProps } from '../shared/css-props.js';
import type { DataRow } from '../shared/data-rows.js';
import type { PearlErrorCode } from '../shared/events.js';
import { tableCaptionMeta } from '../shared/chart-figure.layout.js';
import { numberAttribute, PearlElement, type InputKind } from '../shared/pearl-element.js';
import {
  shareFromHost,
  shareFromIndicator,
  layoutShare,
  shareProblemCode,
  shareMessage,
  shareString,
  type ShareData,
  type ShareLayout,
  type ShareMark,
  type SharePartInput,
  type ShareProblem,
  type ShareSegment,
} from './share.layout.js';
import { styles } from './share.styles.js';
import { TooltipController, tooltipStyles } from '../shared/tooltip.js';

type ShareModel =
  | { ok: true; data: ShareData; layout: ShareLayout }
  | { ok: false; code: PearlErrorCode; message: string };

/** Classes of a mark: its series colour, its kind (share, bound, other) and its status. */
const markClass = (s: { series: number; mark: ShareMark }, kind = 'share') =>
  `s${s.series} ${kind} ${s.mark}`;

/** Part names of a donut arc: `arc`, and `bound`, `other`, `estimate` or `target` as they apply. */
function arcPart(s: ShareSegment): string {
  let part = 'arc';
  if (s.kind !== 'share') part += ` ${s.kind}`;
  if (s.mark !== 'actual') part += ` ${s.mark}`;
  return part;
}

/**
 * A share of a whole (广东占全国1/4): a donut with the share in its centre and a sentence naming
 * the whole; under 360px of container width, one stacked bar instead (both are rendered, CSS
 * container queries show one, so server HTML and pages without JavaScript are right at any width).
 *
 * Data comes from `indicator` (a share record of the catalogue), else `parts` (several parts, JSON),
 * else `value`, each in `unit` (`percent` or `fraction`) of the `whole` named. Parts under 100 % leave
 * the rest as 其他 / Other. A bounded share (超五成) is drawn as a bound: a solid arc to what is sure
 * and a hatched, open-edged arc beyond it; an estimate is hatched and a target outlined. Every arc
 * is labelled beside the chart (numbered on the chart when there are several), so colour is never
 * the only signal. Each arc is focusable: focus, hover or a tap shows what it means in the shared
 * tooltip (shared/tooltip.ts), kept inside the widget. A data table follows in a `<details>`.
 *
 * @tagname pearl-share
 * @summary A share of a whole as a donut (or a stacked bar when narrow), with the whole named.
 * @csspart base - The chart and its texts (inside `frame`).
 * @csspart frame - The figure: title, description, chart, notes and source, as on every widget.
 * @csspart title - The title: `label`, else the record's label.
 * @csspart description - The `description` under the title.
 * @csspart notes - Caveats from the data and the host's `notes`.
 * @csspart source - The source line.
 * @csspart link - The outlet's link to its article.
 * @csspart sentence - The share as a sentence naming the whole: 广东工业机器人产量占全国44%.
 * @csspart whole - With several parts: the line naming the whole (占全国的比重); also the donut's centre.
 * @csspart chart - The donut or bar with its legend.
 * @csspart donut - The donut's SVG (shown from 360px of container width).
 * @csspart arc - One arc of the donut. Also `bound`, `other`, `estimate`, `target`.
 * @csspart bound - The hatched arc or segment where a bounded share (超50%) may really lie.
 * @csspart other - The rest of the whole (其他).
 * @csspart estimate - An estimate's arc or segment, hatched.
 * @csspart target - A target's arc or segment, outlined.
 * @csspart centre - The text in the donut's hole: the share, or the whole for several parts. Also `value`.
 * @csspart value - The share in the donut's centre.
 * @csspart bar - The stacked bar (shown under 360px of container width).
 * @csspart segment - One segment of the bar. Also `bound`, `other`, `estimate`, `target`.
 * @csspart legend - The labels of the parts beside (or under) the chart.
 * @csspart key - The line that explains the hatched edge of a bound.
 * @csspart tooltip - What the focused, hovered or tapped mark means (its sentence, status, bound and quote).
 * @csspart table - The data table (in a `<details>` opened by its summary; printed open, without the summary).
 * @csspart error - The placeholder shown instead of the chart.
 * @cssprop [--pearl-share-size=10rem] - Diameter of the donut.
 * @cssprop [--pearl-share-bar-height=1.5rem] - Height of the stacked bar.
 * @cssprop [--pearl-share-other-color=light-dark(#8a909a, #6b717b)] - Colour of "other".
 * @cssprop [--pearl-share-min-height=18.75rem] - Height tokens.css reserves before the script runs.
 * @cssprop [--pearl-series-1=light-dark(#1d5fa6, #82b5f0)] - Colour of the first part; `--pearl-series-2` to `-7` the next.
 * @fires pearl-error - The error state is shown; detail `{code, message}`.
 */
export class PearlShare extends PearlElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    value: { type: Number, converter: numberAttribute },
    unit: {},
    whole: {},
    label: {},
    bound: {},
    status: {},
    parts: {},
  };

  static override styles = [...PearlElement.styles, styles, tooltipStyles];

  /** `parts` takes an array as a property (JSON as an attribute); anything else is the wrong type. */
  protected static override inputKinds: Record<string, InputKind> = { parts: 'items' };

  /** A share record of the catalogue (`gd-industrial-robot-output-national-share-2024`). */
  declare indicator?: string;

  /** The host's share, in `unit`: 57.1 (percent) or 0.25 (fraction); 0–100 % of the whole. */
  declare value?: number;

  /** `percent` or `fraction`: the unit of `value` and of each part's `value`. */
  declare unit?: string;

  /** The whole's name, as text (全国, 規上工業增加值, the national total); overrides the record's. */
  declare whole?: string;

  /** The title, as text; with `value`, also who holds the share in the sentence (广东). */
  declare label?: string;

  /** How the source qualifies `value`: `over` (超), `about` (约), `nearly` (近), `under` (不足). */
  declare bound?: string;

  /** `estimate` or `target` for `value`; default an actual figure. */
  declare status?: string;

  /**
   * Several parts of one whole: `[{label, value, bound?, status?}]` in `unit`; as an attribute,
   * JSON. Under 100 % the rest is drawn as 其他 / Other; over 100 % is an error unless a part is a bound.
   */
  declare parts?: readonly SharePartInput[] | string;

  /** One tooltip for the marks: shown on a mark's focus, hover or tap, kept inside the widget. */
  #tooltip = new TooltipController(this);

  /** The part whose mark shows the tooltip (-1 for the rest); null for none. */
  get #active(): number | null {
    const part = this.#tooltip.anchor?.getAttribute('data-part');
    return part === null || part === undefined ? null : Number(part);
  }

  #model: ShareModel = { ok: false, code: 'missing-value', message: '' };

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#model = this.#layout();
  }

  #layout(): ShareModel {
    try {
      const result = present(this.indicator)
        ? shareFromIndicator(this.indicator, this.whole, getCatalog(), this.locale)
        : shareFromHost(
            {
              value: this.numberInput('value'),
              unit: this.unit,
              whole: this.whole,
              label: this.label,
              bound: this.bound,
              status: this.status,
              parts: this.parts,
            },
            this.locale,
          );
      if (!result.ok) return this.#problem(result.problem);
      return { ok: true, data: result.data, layout: layoutShare(result.data, this.locale) };
    } catch (e) {
      // Defensive: a catalogue from outside could still throw; never let it escape the update.
      return this.#problem({ code: 'bad-data', detail: String(e) });
    }
  }

  #problem(p: ShareProblem): ShareModel {
    return { ok: false, code: shareProblemCode(p), message: shareMessage(p) };
  }

  /* role="list" is not redundant: WebKit drops list semantics from a ul with list-style: none. */
  /* eslint-disable lit-a11y/no-redundant-role */
  override render() {
    if (!this.#model.ok) return this.renderError(this.#model.code, this.#model.message);
    const { data, layout } = this.#model;
    const records = data.record ? [data.record] : [];
    const title = present(this.label) ? this.label : data.record ? undefined : null;
    const anatomy = this.anatomy(records, title);
    const bounded = layout.rows.some((r) => r.bound !== 'exact' && r.part >= 0);
    const body = html`<div part="base" class="base">
      ${
        layout.sentence
          ? html`<p part="sentence" class="sentence">${layout.sentence}</p>`
          : html`<p part="whole" class="sentence">
              ${shareString('partsOf', this.locale).replace('{whole}', layout.whole)}
            </p>`
      }
      <div part="chart" class=${this.#active === null ? 'chart' : 'chart has-active'}>
        ${this.#renderDonut(layout)} ${this.#renderBar(layout)}
        <ul part="legend" class="legend" role="list">
          ${layout.rows.map(
            (r) =>
              html`<li class=${r.part === this.#active ? 'row active' : 'row'} data-part=${r.part}>
                <span class=${`swatch ${markClass(r, r.part < 0 ? 'other' : 'share')}`}></span>
                ${layout.several ? html`<span class="num">${r.part + 1 || ''}</span>` : nothing}
                <span class="label"
                  >${r.label}${r.mark === 'actual' ? nothing : html` <span class="status">${this.#status(r.mark)}</span>`}</span
                >
                <span class="value">${r.text}</span>
              </li>`,
          )}
        </ul>
      </div>
      ${bounded ? html`<p part="key" class="key">${shareString('boundKey', this.locale)}</p>` : nothing}
      ${layout.caveat ? html`<p part="key" class="key">${layout.caveat}</p>` : nothing}
      ${this.#renderTable(data, layout, anatomy)}
    </div>`;
    return this.figure(anatomy, html`${body}${this.#tooltip.render()}`);
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  #status(mark: ShareMark) {
    return message(mark === 'estimate' ? 'status.estimate' : 'status.target', this.locale);
  }

  #renderDonut(layout: ShareLayout) {
    const patterns = [
      ...new Set(
        layout.segments
          .filter((s) => s.kind === 'bound' || s.mark === 'estimate')
          .map((s) => `${s.series}-${s.kind === 'bound' ? 'b' : 'e'}`),
      ),
    ];
    const numbered = layout.several;
    // The arcs are the marks: each part's arcs are one focusable group named by its explanation.
    return html`<div class="donut">
      <svg part="donut" viewBox="-50 -50 100 100" role="group">
        <defs>
          ${patterns.map((p) => {
            const [n, k] = p.split('-');
            return svg`<pattern id=${`h${p}`} patternUnits="userSpaceOnUse" width="3" height="3" patternTransform=${k === 'b' ? 'rotate(-45)' : 'rotate(45)'}><rect class="hatch-bg" width="3" height="3"></rect><line class=${`hatch s${n}`} x1="0.75" y1="0" x2="0.75" y2="3"></line></pattern>`;
          })}
        </defs>
        ${groups(layout).map((part) => {
          const r = layout.rows.find((row) => row.part === part);
          const arcs = layout.segments.filter((s) => s.part === part);
          if (!r)
            return svg`<g class="rest">${arcs.map((s) => svg`<path part=${arcPart(s)} class=${markClass(s, s.kind)} d=${s.path}></path>`)}</g>`;
          return svg`<g class=${r.part === this.#active ? 'mark active' : 'mark'} data-part=${r.part} tabindex="0" role="img" aria-label=${r.explanation} @focus=${this.#onMark} @pointerenter=${this.#onMark} @click=${this.#onMark}>${arcs.map(
            (s) =>
              svg`<path part=${arcPart(s)} class=${markClass(s, s.kind)} d=${s.path} fill=${s.kind === 'bound' || s.mark === 'estimate' ? `url(#h${s.series}-${s.kind === 'bound' ? 'b' : 'e'})` : nothing}></path>`,
          )}${numbered && r.part >= 0 && arcs[0]?.label ? svg`<circle class="num-bg" cx=${arcs[0].label[0]} cy=${arcs[0].label[1]} r="5"></circle><text class="num" x=${arcs[0].label[0]} y=${arcs[0].label[1]}>${r.part + 1}</text>` : nothing}</g>`;
        })}
      </svg>
      <p
        part=${numbered ? 'centre whole' : 'centre value'}
        class=${layout.centreLong ? 'centre long' : 'centre'}
        aria-hidden="true"
      >
        ${layout.centre}
      </p>
    </div>`;
  }

  /* A mark is reached by Tab: its focus shows the same tooltip as a tap (click). */
  /* eslint-disable lit-a11y/click-events-have-key-events */
  #renderBar(layout: ShareLayout) {
    return html`<div part="bar" class="bar">
      ${layout.spans.map((span) => {
        const r = layout.rows.find((row) => row.part === span.part);
        const segs = layout.segments
          .filter((s) => s.part === span.part)
          .map(
            (s) =>
              html`<span
                part=${arcPart(s).replace('arc', 'segment')}
                class=${`seg ${markClass(s, s.kind)}`}
                style=${cssProps({ '--_grow': s.size })}
              ></span>`,
          );
        const place = cssProps({ '--_start': `${span.start}%`, '--_size': `${span.size}%` });
        if (!r) return html`<span class="rest" style=${place}>${segs}</span>`;
        return html`<span
          class=${r.part === this.#active ? 'mark active' : 'mark'}
          style=${place}
          data-part=${r.part}
          tabindex="0"
          role="img"
          aria-label=${r.explanation}
          @focus=${this.#onMark}
          @pointerenter=${this.#onMark}
          @click=${this.#onMark}
          >${segs}${span.numbered ? html`<span class="bar-num" aria-hidden="true">${span.part + 1}</span>` : nothing}</span
        >`;
      })}
    </div>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  #renderTable(data: ShareData, layout: ShareLayout, anatomy: ReturnType<PearlElement['anatomy']>) {
    const records = data.record ? [data.record] : [];
    const meta = tableCaptionMeta(records, data.unit, anatomy, this.locale);
    return html`<details part="table" class="table">
      <summary>${shareString('show', this.locale)}</summary>
      <table>
        <caption>
          ${anatomy.title ?? shareString('caption', this.locale)}
          ${meta ? html`<span class="caption-meta">${meta}</span>` : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${shareString('part', this.locale)}</th>
            <th scope="col">
              ${shareString('partsOf', this.locale).replace('{whole}', layout.whole)}
            </th>
          </tr>
        </thead>
        <tbody>
          ${layout.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">
                  ${r.label || layout.sentence}${r.mark === 'actual' ? nothing : html` <span class="status">${this.#status(r.mark)}</span>`}
                </th>
                <td>${r.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  /** Shows the tooltip of the mark an event reached (focus, pointer entering, tap). */
  #onMark(e: Event) {
    const part = Number((e.currentTarget as Element).getAttribute('data-part'));
    const row = this.#model.ok ? this.#model.layout.rows.find((r) => r.part === part) : undefined;
    if (!row) return;
    const quote = this.#model.ok && part >= 0 ? this.#model.data.record?.source.quote : undefined;
    this.#tooltip.showFor(e, { ...row.tip, ...(quote ? { quote } : {}) });
  }

  /** One row per part (and the rest), with the record's period, bound, status and quote. */
  protected override dataRows(): readonly DataRow[] {
    if (!this.#model.ok) return [];
    const { data, layout } = this.#model;
    const r = data.record;
    const source = r ? getCatalog()?.source(r.source.seed) : undefined;
    const script = this.locale === 'zh-TW' ? 'zh-Hant' : this.locale;
    return layout.rows.map((row) => {
      const part = data.parts[row.part];
      return {
        label: row.label || layout.sentence,
        period: r ? r.period : '',
        value: part ? part.value : null,
        unit: data.unit,
        bound: part ? part.bound : row.bound,
        status: part ? part.mark : 'remainder',
        outlet: source ? source.outlet[script] : (this.sourceName ?? ''),
        date: source ? source.date : (this.sourceDate ?? ''),
        quote: r && part ? r.source.quote : '',
      };
    });
  }
}

const present = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';

/** The parts the segments draw, in order: each part once, then the rest. */
const groups = (layout: ShareLayout) => [...new Set(layout.segments.map((s) => s.part))];
