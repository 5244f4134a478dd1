import { stepIndex } from '../shared/keys.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { numberAttribute, PearlElement } from '../shared/pearl-element.js';
import { cssProps } from '../shared/css-props.js';
import { TooltipController, tooltipStyles } from '../shared/tooltip.js';
import type { DataRow } from '../shared/data-rows.js';
import {
  layoutRank,
  type PeerMark,
  type RankModel,
  type RankView,
  type YearMark,
} from './rank.layout.js';
import { styles } from './rank.styles.js';

type RowName = 'peers' | 'years';

/**
 * @tagname pearl-rank
 * @summary A rank and how long it has held: 全国第一 · 连续36年 / No. 1 nationwide for 36 years running.
 *
 * Give a rank record of the catalogue (`indicator="gd-gdp-rank-2024"`: its streak and the level it
 * ranks are found through the catalogue), or the host's own `rank`, `of`, `streak`, `since`. With
 * `of` (how many are ranked) a row of that many marks shows the place held, filled and labelled;
 * the streak is a run of year marks, labelled with its first and last year only when the data
 * states them. A bounded rank (`bound="top"`: 前三, 前列) is a bracket over the top places, never
 * one filled place; without `of` no row of peers is drawn. Every mark is reachable by keyboard
 * (one tab stop per row, arrow keys inside), hover and tap, and says its value in a tooltip; the
 * same facts are in a table under the chart.
 *
 * Bad input (unknown id, a record that is not a rank, text that is not a number, rank past `of`,
 * below 1 or not whole) shows a quiet placeholder; `debug` names the problem.
 *
 * @csspart frame - The figure: title, chart, notes and source, as on every widget.
 * @csspart title - What is ranked.
 * @csspart description - The `description` under the title.
 * @csspart base - The chart under the title.
 * @csspart where - Region and period (广东 · 2024年).
 * @csspart badge - 预计 / Estimate, for an estimated rank.
 * @csspart headline - The reading: position and streak.
 * @csspart position - 全国第一 / No. 1 nationwide.
 * @csspart streak - 连续36年 / for 36 years running.
 * @csspart level - What is ranked and its value (地区生产总值：14万亿元).
 * @csspart peers - The row of places among the peers (only when `of` is known).
 * @csspart years - The run of years of the streak.
 * @csspart caption - The caption above a row (共31个, 连续36年).
 * @csspart mark - One mark of a row. Also `mark-held`, `mark-bracket`, `mark-year`.
 * @csspart mark-held - The place held.
 * @csspart mark-bracket - A place inside a bounded rank's bracket (前三).
 * @csspart mark-year - One year of the streak.
 * @csspart bracket - The bracket over the top places of a bounded rank.
 * @csspart ends - The labels at both ends of a row (1 and 31; 1989 and 2024).
 * @csspart tooltip - The value of the mark under the pointer or the focus.
 * @csspart table - The table equivalent, in a `<details>` (printed open, without its summary).
 * @csspart notes - Caveats from the data and the host's `notes`.
 * @csspart source - The source line.
 * @csspart error - The placeholder shown instead of the chart.
 * @cssprop [--pearl-rank-min-height=17.75rem] - Height tokens.css reserves before the script runs (18.75rem in English under 480px of viewport).
 * @cssprop [--pearl-rank-held-color=var(--pearl-series-1)] - The place held and the years of the streak.
 * @cssprop [--pearl-rank-peer-color=var(--pearl-color-border)] - The other places.
 * @cssprop [--pearl-rank-mark-height=1.25rem] - Height of the marks.
 * @fires pearl-error - The error state is shown; detail `{code, message}`.
 */
export class PearlRank extends PearlElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    rank: { converter: numberAttribute },
    of: { converter: numberAttribute },
    streak: { converter: numberAttribute },
    since: { converter: numberAttribute },
    period: {},
    bound: {},
    scope: {},
    label: {},
    region: {},
    peers: {},
  };

  static override styles = [...PearlElement.styles, tooltipStyles, styles];

  /** Catalogue id of a rank record (`gd-gdp-rank-2024`); its streak and level come with it. */
  declare indicator?: string;
  /** The place held, 1 is first (with `bound="top"`: the top N it is among). */
  declare rank?: number;
  /** How many are ranked (31 provinces); without it no row of peers is drawn. Also beside `indicator`. */
  declare of?: number;
  /** Years in a row the place has been held (连续36年), ending in `period`. */
  declare streak?: number;
  /** The first year of the streak (`1989`); with `streak` it states the last year. */
  declare since?: number;
  /** The year of the rank, the streak's last (`2024`), or a period of the data grammar. */
  declare period?: string;
  /** `exact` (default) or `top`: 前三 / among the top `rank`; `top` without `rank` reads 前列. */
  declare bound?: 'exact' | 'top';
  /** Whom it ranks among: `national` (全国 / nationwide), `world` (全球 / worldwide) or `none`. */
  declare scope?: 'national' | 'world' | 'none';
  /** What is ranked, as text; overrides the indicator's label. */
  declare label?: string;
  /** Where the ranked figure applies: a region id of the data (`guangdong`) or text. */
  declare region?: string;
  /** Who the peers are, as text (31个省份), for the data rows. */
  declare peers?: string;

  /** One tooltip for every mark: on focus, hover or tap, kept inside the widget. */
  #tooltip = new TooltipController(this);

  #model: RankModel = { ok: false, code: 'missing-value', message: '' };
  /** The mark of each row that takes the tab stop (roving tabindex). */
  #focus: Record<RowName, number> = { peers: 0, years: 0 };

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    try {
      this.#model = layoutRank(
        {
          indicator: this.indicator,
          rank: this.numberInput('rank'),
          of: this.numberInput('of'),
          streak: this.numberInput('streak'),
          since: this.numberInput('since'),
          period: this.period,
          bound: this.bound,
          scope: this.scope,
          label: this.label,
          region: this.region,
          peers: this.peers,
          sourceName: this.sourceName,
          sourceDate: this.sourceDate,
        },
        this.locale,
      );
    } catch (e) {
      // Not expected; a bug must still leave a visible, named state rather than a blank.
      console.error(e);
      this.#model = { ok: false, code: 'not-finite', message: String(e) };
    }
    if (!this.#model.ok) this.#tooltip.hide();
  }

  protected override dataRows(): readonly DataRow[] {
    return this.#model.ok ? this.#model.view.rows : [];
  }

  override render() {
    const m = this.#model;
    if (!m.ok) return this.renderError(m.code, m.message);
    const v = m.view;
    const anatomy = this.anatomy(v.records, v.title || null);
    const badge = v.badge ? html`<span part="badge" class="badge">${v.badge}</span>` : nothing;
    // prettier-ignore
    const body = html`<div part="base" class="base ${v.badge ? 'estimate' : ''}">
      <p part="where" class="where" ?hidden=${!v.where}>${v.where}</p>
      <p part="headline" class="headline"><span part="position" class="position">${v.position}</span>${
        v.streak ? html`<span class="sep" aria-hidden="true">${v.separator}</span><span part="streak" class="streak">${v.streak}</span>` : nothing
      }</p>
      ${v.level ? html`<p part="level" class="level">${v.level}</p>` : nothing}
      ${v.peers ? this.#renderPeers(v) : nothing}
      ${v.years ? this.#renderYears(v) : nothing}
      ${this.#renderTable(v)}
    </div>${this.#tooltip.render()}`;
    return this.figure(anatomy, body, { aside: badge });
  }

  #renderPeers(v: RankView) {
    const p = v.peers!;
    const bracket = p.marks.filter((mk) => mk.bracket);
    const first = bracket[0];
    const last = bracket[bracket.length - 1];
    // prettier-ignore
    return html`<div class="row-wrap" style=${cssProps({ '--_n': p.marks.length })}>
      <p part="caption" class="caption" id="peers-caption">${p.caption}</p>
      <div class="track">
        ${first && last ? html`<div part="bracket" class="bracket" aria-hidden="true" style=${cssProps({ '--_x': first.x, '--_w': last.x + last.width - first.x })}></div>` : nothing}
        <ol part="peers" class="marks peers" aria-labelledby="peers-caption">
          ${p.marks.map((mk, i, all) => this.#mark('peers', i, all.length, mk, mk.held ? 'mark mark-held' : mk.bracket ? 'mark mark-bracket' : 'mark'))}
        </ol>
      </div>
      <p part="ends" class="ends" aria-hidden="true"><span>${p.first}</span><span>${p.last}</span></p>
    </div>`;
  }

  #renderYears(v: RankView) {
    const y = v.years!;
    // prettier-ignore
    return html`<div class="row-wrap" style=${cssProps({ '--_n': y.marks.length })}>
      <p part="caption" class="caption" id="years-caption">${y.caption}</p>
      <div class="track">
        <ol part="years" class="marks years" aria-labelledby="years-caption">
          ${y.marks.map((mk, i, all) => this.#mark('years', i, all.length, mk, 'mark mark-year'))}
        </ol>
      </div>
      <p part="ends" class="ends" aria-hidden="true" ?hidden=${y.first === null}><span>${y.first}</span><span>${y.last}</span></p>
    </div>`;
  }

  #mark(row: RowName, index: number, count: number, mk: PeerMark | YearMark, part: string) {
    const focusable = Math.min(this.#focus[row], count - 1) === index;
    const show = (e: Event) => this.#tooltip.showFor(e, { heading: mk.text });
    // A tap shows the tooltip; keyboard users get the same on focus, moved by the arrow keys.
    // prettier-ignore
    return html`<li
      part=${part}
      class=${part}
      tabindex=${focusable ? '0' : '-1'}
      data-index=${index}
      style=${cssProps({ '--_x': mk.x, '--_w': mk.width })}
      @pointerenter=${show}
      @click=${show}
      @focus=${show}
      @keydown=${(e: KeyboardEvent) => this.#key(e, row, index, count)}
    ><span class="visually-hidden">${mk.text}</span></li>`;
  }

  /** Arrow keys, Home and End move the focus along a row (one tab stop per row). */
  #key(e: KeyboardEvent, row: RowName, from: number, count: number) {
    const to = e.key === 'Escape' ? -1 : stepIndex(e.key, from, count);
    if (to === null) return;
    e.preventDefault();
    if (to < 0) return; // Escape: the tooltip controller hides the tooltip.
    this.#focus[row] = to;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const li = this.renderRoot.querySelector<HTMLElement>(`.${row} [data-index="${to}"]`);
      li?.focus();
    });
  }

  #renderTable(v: RankView) {
    const { head, rows } = v.table;
    // prettier-ignore
    return html`<details class="table-box">
      <summary part="table-toggle">${v.table.label}</summary>
      <table part="table">
        <caption class="visually-hidden">${v.sentence}</caption>
        <thead><tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr></thead>
        <tbody>${rows.map(([k, val]) => html`<tr><th scope="row">${k}</th><td>${val}</td></tr>`)}</tbody>
      </table>
    </details>`;
  }
}
