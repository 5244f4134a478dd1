import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getCatalog } from '../shared/catalog.js';
import { cssProps } from '../shared/css-props.js';
import { PearlSectorSelectEvent, type PearlErrorCode } from '../shared/events.js';
import { tableToggle } from '../shared/figure.js';
import { PearlElement, type InputKind } from '../shared/pearl-element.js';
import { recordsOf, tableCaptionMeta } from '../shared/chart-figure.layout.js';
import {
  itemName,
  layoutSectors,
  parseItems,
  problemCode,
  queryIndicators,
  resolveIndicators,
  sectorMessage,
  sectorString,
  splitIds,
  splitLastWord,
  valueHeading,
  sectorRows,
  sectorTooltip,
  type SectorBar,
  type SectorDatum,
  type SectorItemInput,
  type SectorLayout,
  type SectorProblem,
  type SectorResult,
  type SectorSort,
} from './sector-comparison.layout.js';
import { styles } from './sector-comparison.styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { TooltipController, tooltipStyles } from '../shared/tooltip.js';

/** The parts of a bar: `bar`, and `negative`, `range`, `estimate` or `target` as they apply. */
function barPart(bar: SectorBar): string {
  let part = 'bar';
  if (bar.negative) part += ' negative';
  if (bar.range) part += ' range';
  if (bar.mark !== 'actual') part += ` ${bar.mark}`;
  return part;
}

/** The chart, or the problem shown instead. */
type SectorModel =
  | { ok: true; layout: SectorLayout; data: SectorDatum[] }
  | { ok: false; message: string; code: PearlErrorCode };

/**
 * Data comes from `items` (host numbers), else `indicators` (ids), else a `tag`/`concept` query of
 * the catalogue. Values in different units, or fewer than 2 or more than 20 items, show the error
 * state instead of a chart. Selecting a row highlights it and fires `pearl-sector-select`.
 *
 * Each value reads as the source writes it: 超8400家 beside 1万家, 1658亿元 beside 1万亿元. Only when
 * every value takes the same scale word is it stated once, with the unit, above the values
 * (单位：万亿元 / Unit: trillion yuan); English also states a worded unit once (Unit: enterprises).
 * Bars start at zero; a range is drawn from its min to its max; an estimate is hatched and a
 * target outlined, besides their badge.
 *
 * @tagname pearl-sector-comparison
 * @summary Horizontal bars comparing 2–20 items in one unit, with value labels and a data table.
 * @csspart base - The chart: rows, table toggle and table (inside `frame`).
 * @csspart frame - The figure: title, description, chart, notes and source, as on every widget.
 * @csspart title - The title from `label`/`heading` (also `heading`).
 * @csspart description - The `description` under the title; also the figure's accessible description.
 * @csspart notes - Caveats from the data and the host's `notes`, footnote style.
 * @csspart source - The source line: 来源：南方日报，2025年1月17日, the outlet linked to the article.
 * @csspart link - The outlet's link to its article.
 * @csspart heading - The title from `label`/`heading`.
 * @csspart list - The list of rows (the chart grid).
 * @csspart row - One item: a button holding label, track and value. Also `highlighted`.
 * @csspart highlighted - Added to the highlighted row and its bar.
 * @csspart unit - The unit the value column states once (单位：万亿元, Unit: trillion yuan), when it does.
 * @csspart label - An item's label.
 * @csspart detail - Under a label, the region and period that tell apart rows of one label (广东 · 2024年).
 * @csspart marker - The ▸ before the highlighted label.
 * @csspart status - Badge after the label of an estimate or target (预计, 目标).
 * @csspart track - The plot area of one row.
 * @csspart bar - One bar. Also `negative`, `range`, `estimate`, `target`, `highlighted`.
 * @csspart negative - Added to bars of negative values.
 * @csspart range - Added to a bar spanning a range (min to max), drawn light with end caps.
 * @csspart estimate - Added to the bar of an estimate, drawn hatched.
 * @csspart target - Added to the bar of a target, drawn as a dashed outline.
 * @csspart axis - The zero line in each track.
 * @csspart value - An item's value label; the unit words a header states once follow it for screen readers only.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The data table, rendered once the toggle opens it (each row's button already reads its label and value) and when the page prints, instead of the toggle; its caption adds period, unit and source.
 * @csspart download - The "Get the data" button in the footer (下载数据 / 下載數據 / Get the data): saves what the widget shows as CSV; absent in the error state, hidden in print.
 * @csspart tooltip - The tooltip of the focused, hovered or tapped bar: value, period, status and the source's sentence, as text.
 * @csspart error - The placeholder shown instead of the chart: one quiet line (the developer's box with `debug`).
 * @csspart error-heading - With `debug`: the box's heading, in the reader's language.
 * @csspart error-detail - With `debug`: the problem, in English (`lang="en"`).
 * @cssprop [--pearl-sector-comparison-bar-color=var(--pearl-series-1)] - Bar colour.
 * @cssprop [--pearl-sector-comparison-highlight-color=var(--pearl-color-highlight)] - Highlighted bar and marker colour.
 * @cssprop [--pearl-sector-comparison-track-color=transparent] - Background behind each bar.
 * @cssprop [--pearl-sector-comparison-bar-height=1.25rem] - Bar thickness; the gap between rows follows.
 * @cssprop [--pearl-sector-comparison-label-width=30%] - Widest the label column gets before labels wrap; the bars take what the labels and values leave.
 * @cssprop [--pearl-sector-comparison-min-height=12rem] - Height tokens.css reserves before the script runs.
 * @cssprop [--pearl-sector-comparison-duration=600ms] - Length of the bar growth with `animate`.
 * @fires pearl-sector-select - A row was clicked or activated with Enter/Space; detail `{index, label, value}`.
 * @fires pearl-error - The error state is shown; detail `{code, message}`.
 */
export class PearlSectorComparison extends PearlElement {
  static override properties: PropertyDeclarations = {
    indicators: {},
    tag: {},
    concept: {},
    unit: {},
    items: {},
    sort: {},
    highlight: {},
    label: {},
    heading: {},
    animated: { type: Boolean, reflect: true, attribute: 'animate' },
    tableShown: { state: true, attribute: false },
  };

  static override styles = [...PearlElement.styles, tableStyles, styles, tooltipStyles];

  /** The tooltip of the bar focused, hovered or tapped: value, period, status, source. */
  #tip = new TooltipController(this);

  protected static override inputKinds: Record<string, InputKind> = {
    items: 'items',
    highlight: 'text-or-number',
  };

  /** Indicator ids, separated by spaces or commas; bars keep this order unless `sort` is set. */
  declare indicators?: string;

  /** Catalogue tag to query (e.g. `ai`) when `indicators` and `items` are unset. */
  declare tag?: string;

  /** Catalogue concept to query when `indicators` and `items` are unset. */
  declare concept?: string;

  /** Unit id (`cny`, `percent`, `enterprises`…) of `items`; with `tag`/`concept`, keeps only records in it. */
  declare unit?: string;

  /**
   * Host numbers: `[{label, value, id?, min?, max?, status?}]` with values in base units of `unit`;
   * `min` and `max` make a range, `status` is `estimate` or `target`. As an attribute, JSON.
   */
  declare items?: readonly SectorItemInput[] | string;

  /** `none` (given order), `descending` or `ascending` by value. */
  sort: SectorSort = 'none';

  /** The item to highlight: its id, label, or index (0-based, given order). */
  declare highlight?: string | number;

  /** Caption above the chart, also the table's caption. */
  declare label?: string;

  /** Alias of `label`; `heading` wins when both are set. */
  declare heading?: string;

  /**
   * Attribute `animate`: grows the bars on first render (not under `prefers-reduced-motion`); text
   * never animates. The property is `animated` because `animate()` is an HTMLElement method.
   */
  animated = false;

  private tableShown = false;

  /** Which input wins: items, then indicators, then a tag/concept query. */
  #resolve(): SectorResult | null {
    if (this.items !== undefined && this.items !== null) return parseItems(this.items, this.unit);
    const ids = splitIds(this.indicators);
    if (ids.length) return resolveIndicators(ids, getCatalog(), this.locale);
    if (this.tag || this.concept) {
      const query = { tag: this.tag, concept: this.concept };
      return queryIndicators(query, this.unit || undefined, getCatalog(), this.locale);
    }
    return null;
  }

  /** The chart, or the problem shown instead; computed before each render, as the other elements do. */
  #model: SectorModel = {
    ok: false,
    code: 'missing-value',
    message: '',
  };

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#model = this.#layout();
  }

  #layout(): SectorModel {
    try {
      const result = this.#resolve() ?? { ok: false, problem: { code: 'no-input' } as const };
      if (!result.ok) return this.#problem(result.problem);
      const layout = layoutSectors(result.data, {
        locale: this.locale,
        sort: this.sort,
        highlight: this.highlight,
      });
      return { ok: true, layout, data: result.data };
    } catch (e) {
      // Defensive: a catalogue from outside could still throw; never let it escape the update.
      return this.#problem({ code: 'bad-data', detail: String(e) });
    }
  }

  #problem(p: SectorProblem) {
    return { ok: false as const, code: problemCode(p), message: sectorMessage(p) };
  }

  /** One row per bar, in the order shown (none in the error state). */
  protected override dataRows() {
    const m = this.#model;
    if (!m.ok) return [];
    return sectorRows(m.data, m.layout.bars, this.items == null, this, this.locale);
  }

  override render() {
    if (!this.#model.ok) return this.renderError(this.#model.code, this.#model.message);
    const { layout } = this.#model;
    const caption = this.heading || this.label;
    // Host items are not catalogue records, whatever their ids.
    const records = this.items == null ? recordsOf(layout.bars.map((b) => b.id)) : [];
    const anatomy = this.anatomy(records, caption || null);
    const meta = tableCaptionMeta(records, this.unit, anatomy, this.locale, layout.scale?.word);
    const separator = sectorString('separator', this.locale);
    /* Classes style the shadow tree (a class selector is matched through a hash bucket, `[part~=…]`
       against every element); `part` stays for ::part() from the page. Clicks are handled once, on
       the list. The data table is rendered when shown: until then the rows' buttons carry the same
       label and value text for assistive technology. */
    /* role="list" is not redundant: WebKit drops list semantics from a ul with list-style: none. */
    /* eslint-disable lit-a11y/no-redundant-role, lit-a11y/click-events-have-key-events */
    const body = html`<div part="base" class="base">
      ${
        layout.unit
          ? html`<p part="unit" class="unit">
              ${sectorString('unit', this.locale)}<span class="nowrap">${layout.unit}</span>
            </p>`
          : nothing
      }
      <ul
        part="list"
        class="list"
        role="list"
        style=${cssProps({ '--_band': layout.thickness, '--_zero': `${layout.zero}%` })}
        @click=${this.#onListClick}
        @focusin=${this.#onRowPoint}
        @pointerover=${this.#onRowPoint}
      >
        ${layout.bars.map((bar) => this.#renderRow(bar, separator))}
      </ul>
      ${tableToggle(
        this.tableShown,
        sectorString(this.tableShown ? 'hide' : 'show', this.locale),
        () => this.#toggleTable(),
      )}
      ${this.tableShown || this.printing ? this.#renderTable(layout, caption, meta) : nothing}
      ${this.#tip.render()}
    </div>`;
    return this.figure(anatomy, body, { titleParts: 'heading' });
    /* eslint-enable lit-a11y/no-redundant-role, lit-a11y/click-events-have-key-events */
  }

  #renderTable(layout: SectorLayout, caption: string | undefined, meta: string) {
    return html`<div class="table" id="table">
      <table part="table">
        <caption>
          ${caption || sectorString('caption', this.locale)}
          ${meta ? html`<span class="caption-meta">${meta}</span>` : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${sectorString('item', this.locale)}</th>
            <th scope="col">${valueHeading(layout.unit, this.locale)}</th>
          </tr>
        </thead>
        <tbody>
          ${layout.bars.map(
            (bar) =>
              html`<tr class=${bar.highlighted ? 'highlighted' : ''}>
                <th scope="row">${this.#renderName(bar)}${this.#renderDetail(bar)}</th>
                <td>${bar.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * One row: seven bindings, no whitespace between the elements (fewer nodes to clone and walk per
   * row). State (highlighted, negative, range, estimate, target) lives in `part` only, which the
   * styles read. The value's unit words, when the header states them once, follow it for screen
   * readers only.
   */
  #renderRow(bar: SectorBar, separator: string) {
    const extra = bar.highlighted ? ' highlighted' : '';
    // prettier-ignore
    return html`<li class="item"><button part=${`row${extra}`} class="row" type="button"><span part="label" class="label">${this.#renderLabel(bar)}</span><span class="visually-hidden">${separator}</span><span part="track" class="track" aria-hidden="true" style=${cssProps({ '--_start': `${bar.start}%`, '--_size': `${bar.size}%` })}><span part=${barPart(bar) + extra} class="bar"></span><span part="axis" class="axis"></span></span><span part="value" class="value">${bar.text}${bar.spoken ? html`<span class="visually-hidden">${bar.spoken}</span>` : nothing}</span></button></li>`;
  }

  /** The label alone (one text binding), or with the marker, notes and detail it needs. */
  #renderLabel(bar: SectorBar) {
    if (!bar.highlighted && !bar.status && !bar.detail) return bar.label;
    return html`${this.#renderMarker(bar)}${this.#renderName(bar)}${this.#renderDetail(bar)}`;
  }

  /** The label and its notes; a badge is kept on one line with the label's last word. */
  #renderName(bar: SectorBar) {
    if (!bar.status) return html`${bar.label}${this.#renderNotes(bar)}`;
    const [head, tail] = splitLastWord(bar.label);
    return html`${head}<span class="nowrap">${tail}${this.#renderNotes(bar)}</span>`;
  }

  /** Region and period on their own line under the label, after a comma for screen readers. */
  #renderDetail(bar: SectorBar) {
    if (!bar.detail) return nothing;
    return html`<span class="visually-hidden">${sectorString('comma', this.locale)}</span
      ><span part="detail" class="detail">${bar.detail}</span>`;
  }

  #renderMarker(bar: SectorBar) {
    return bar.highlighted
      ? html`<span part="marker" class="marker" aria-hidden="true">▸</span>`
      : nothing;
  }

  /** The status badge (预计, 目标) and, for screen readers, that the row is highlighted. */
  #renderNotes(bar: SectorBar) {
    if (!bar.status && !bar.highlighted) return nothing;
    return html`${bar.status ? html` <span part="status" class="status">${bar.status}</span>` : nothing}${
      bar.highlighted
        ? html`<span class="visually-hidden">${sectorString('highlighted', this.locale)}</span>`
        : nothing
    }`;
  }

  /** The row an event happened in, and its place in the list (its bar's in the layout). */
  #rowOf(e: Event) {
    const row = (e.target as Element).closest?.('.row');
    const item = row?.parentElement;
    if (!row || !item?.parentElement) return null;
    return { row, at: Array.prototype.indexOf.call(item.parentElement.children, item) as number };
  }

  /** A click on a row (or Enter/Space on its button): the row's place in the list is its bar's. */
  #onListClick(e: Event) {
    const hit = this.#rowOf(e);
    if (!hit || !this.#model.ok) return;
    const bar = this.#model.layout.bars[hit.at];
    if (bar) this.#select(bar);
    this.#onRowPoint(e);
  }

  /** A row focused, hovered or tapped: its bar's tooltip, beside the bar, describing the row. */
  #onRowPoint(e: Event) {
    const hit = this.#rowOf(e);
    if (!hit || !this.#model.ok) return;
    const bar = this.#model.layout.bars[hit.at];
    const mark = hit.row.querySelector('.bar');
    if (!bar || !mark) return;
    const content = sectorTooltip(bar, this.dataRows()[hit.at], this.locale);
    this.#tip.show(mark, content, hit.row);
  }

  #toggleTable() {
    this.tableShown = !this.tableShown;
  }

  #select(bar: SectorBar) {
    this.highlight = bar.index;
    this.dispatchEvent(
      new PearlSectorSelectEvent({ index: bar.index, label: itemName(bar), value: bar.value }),
    );
  }
}
