import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isChinese, type FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';
import { colon, notesLead, type SourceEntry, type SourceLine } from '../format/source.js';
import type { FigureAnatomy } from './figure.layout.js';

/** How one widget places its chart in the shared frame. */
export interface FrameOptions {
  locale: FormatLocale;
  /** More part names for the outer `<figure>` (the metric card's `base`). */
  parts?: string;
  /** More part names for the title, so the old names keep working: `label`, `heading`. */
  titleParts?: string;
  /** Beside the title: the metric card's status badge. */
  aside?: TemplateResult | typeof nothing;
  /** The id of the element in the chart that names the figure, when the frame draws no title. */
  labelledBy?: string;
  /** The chart draws the description under its own title (renderDescription); the frame does not. */
  descriptionInBody?: boolean;
  /**
   * What the source line opens onto (the metric card's verbatim quote): the line becomes the
   * `<summary>` of a `<details>`, and the article links move inside it.
   */
  sourceDetail?: TemplateResult;
  /**
   * Saves what the widget shows as CSV; given, the footer has the "Get the data" button (part
   * `download`). PearlElement passes it when the element has rows (`dataRows()`).
   */
  download?: () => void;
}

/**
 * Every widget as a news graphic: title (and description) above the chart, notes and the source
 * line below it, in that order, as a `<figure>` named by its title and described by its
 * description. Parts: `frame`, `title`, `description`, `notes`, `source`, `link`, `download`.
 */
export function renderFigure(a: FigureAnatomy, body: unknown, o: FrameOptions) {
  const labelledBy = a.title ? 'title' : o.labelledBy;
  const titleParts = o.titleParts ? `title ${o.titleParts}` : 'title';
  const title = a.title
    ? html`<p part=${titleParts} class="fig-title" id="title">${a.title}</p>`
    : nothing;
  // The title beside an aside (a badge) needs a row; alone, it needs no element around it (one
  // fewer per widget to style and lay out: npm run bench, style and layout per widget).
  const aside = o.aside ?? nothing;
  const head = aside !== nothing ? html`<div class="fig-head">${title} ${aside}</div>` : title;
  return html`<figure
    part="frame${o.parts ? ` ${o.parts}` : ''}"
    class="fig"
    aria-labelledby=${ifDefined(labelledBy)}
    aria-describedby=${ifDefined(a.description ? 'description' : undefined)}
  >
    ${head} ${o.descriptionInBody ? nothing : renderDescription(a)} ${body}
    ${
      a.notes.length
        ? html`<p part="notes" class="fig-notes">
            ${notesLead(a.notes.length, o.locale)}${a.notes.join(isChinese(o.locale) ? '' : ' ')}
          </p>`
        : nothing
    }
    ${renderFooter(a, o)}
  </figure>`;
}

/**
 * The source line, and the "Get the data" button floated at the end of its first line: a short
 * source keeps one line, so the footer grows only when the two do not fit side by side. The
 * button comes first in the markup so that a float can sit on that first line.
 */
function renderFooter(a: FigureAnatomy, o: FrameOptions) {
  const source = a.source || o.sourceDetail ? renderSource(a.source, o) : nothing;
  if (!o.download) return source;
  return html`<div class="fig-foot">
    <button part="download" class="fig-download" type="button" @click=${o.download}>
      ${message('data.download', o.locale)}
    </button>
    ${source}
  </div>`;
}

/** The description under the title: part `description`, the figure's accessible description. */
export function renderDescription(a: FigureAnatomy) {
  return a.description
    ? html`<p part="description" class="fig-description" id="description">${a.description}</p>`
    : nothing;
}

function outlet(e: SourceEntry, linked: boolean) {
  const name =
    linked && e.url
      ? html`<a part="link" class="fig-link" href=${e.url}>${e.outlet}</a>`
      : e.outlet;
  return html`<cite lang=${ifDefined(e.lang ?? undefined)}>${name}</cite>`;
}

/**
 * 来源：南方日报，2025年1月17日; each outlet linked to its article unless `linked` is false. In
 * Chinese the lead, the first outlet and its comma are one piece (`fig-lead`): an outlet's name is
 * not cut (`keep-all` below), so without it 来源： could end a line alone beside "Get the data" while
 * the name went to the next; English names break between words, so their line flows as text.
 */
function sourceText(line: SourceLine, linked: boolean) {
  const date = (e: SourceEntry) => html`<span class="fig-date">${e.date}</span>`;
  const entry = (e: SourceEntry, i: number) =>
    html`${i ? line.separator : ''}${outlet(e, linked)}${e.date ? html`${line.joiner}${date(e)}` : ''}`;
  const [first, ...rest] = line.entries;
  if (!first || line.joiner !== '，') return html`${line.lead}${line.entries.map(entry)}`;
  return html`<span class="fig-lead"
      >${line.lead}${outlet(first, linked)}${first.date ? line.joiner : ''}</span
    >${first.date ? date(first) : ''}${rest.map((e, i) => entry(e, i + 1))}`;
}

/** The source line; with `sourceDetail`, a `<details>` whose summary is the line (来源 alone without one). */
function renderSource(line: SourceLine | null, o: FrameOptions) {
  if (!o.sourceDetail)
    return line ? html`<p part="source" class="fig-source">${sourceText(line, true)}</p>` : nothing;
  // A link inside <summary> would fight the toggle: the links go into the opened part.
  const linked = line?.entries.filter((e) => e.url) ?? [];
  const read = message('source.openArticle', o.locale);
  const links =
    linked.length === 1
      ? html`<a part="link" class="fig-link" href=${linked[0]!.url!}>${read}</a>`
      : linked.length > 1
        ? html`${read}${colon(o.locale)}${linked.map(
            (e, i) => html`${i ? line!.separator : ''}${outlet(e, true)}`,
          )}`
        : nothing;
  return html`<details part="source" class="fig-source">
    <summary part="summary" class="summary">
      ${line ? sourceText(line, false) : message('source', o.locale)}
    </summary>
    ${o.sourceDetail} ${linked.length ? html`<p class="fig-links">${links}</p>` : nothing}
  </details>`;
}

/**
 * The frame's styles, appended after each element's own (PearlElement.finalizeStyles), so that
 * its `:host` rule wins: once rendered, a widget is as tall as its content. The heights reserved
 * before the script runs are the page's (tokens.css, `:not(:defined)`), never the element's.
 */
export const figureStyles = css`
  /* Important, so that it also beats the page's reservation (tokens.css) on a server-rendered
     element that is not defined yet: its declarative shadow root already holds the final content.
     Not while the element waits for its first render (shared/schedule.ts): the reservation holds. */
  :host(:not([data-pearl-pending])) {
    min-height: 0 !important;
    min-block-size: 0 !important;
  }
  .fig {
    display: flex;
    flex-direction: column;
    gap: var(--_fig-gap, calc(var(--_space) * 3));
    min-width: 0;
    margin: 0;
  }
  .fig-head {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    justify-content: space-between;
  }
  .fig-title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
    /* No one-character last line in a Chinese title. */
    text-wrap: pretty;
  }
  /* A title a chart draws itself (the progress bar's label), and the comparison's row labels, wrap
     the same way: no one-character last line in Chinese. */
  .label:is([part~='title'], [part~='label']) {
    text-wrap: pretty;
  }
  .fig-description {
    /* Under a header laid out as a grid (the progress bar's title and percent), a row of its own. */
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    text-wrap: pretty;
  }
  .fig-notes,
  .fig-source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.45;
    overflow-wrap: anywhere;
    text-wrap: pretty;
  }
  /* An outlet's name is not cut between two Chinese characters (广东省人民政府新闻办公 / 室); a name
     longer than the line still wraps, by overflow-wrap. */
  .fig-source cite {
    font-style: normal;
    word-break: keep-all;
  }
  /* An inline block moves whole to the next line when it does not fit beside "Get the data", and
     wraps inside only when it is wider than the line. */
  .fig-lead {
    display: inline-block;
    max-width: 100%;
  }
  /* 17 Jan 2025 is never cut across two lines. */
  .fig-date {
    white-space: nowrap;
  }
  .fig-link {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .fig-links {
    margin: calc(var(--_space) * 2) 0 0;
  }
  .summary {
    cursor: pointer;
  }
  /* After the block-level pieces, so the float does not reach into the notes above. */
  .fig-foot {
    display: flow-root;
  }
  .fig-download {
    float: inline-end;
    margin: 0;
    margin-inline-start: calc(var(--_space) * 3);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-size: 0.8125rem;
    line-height: 1.45;
    text-decoration: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .fig-download:hover {
    color: var(--_fg);
    text-decoration-style: solid;
  }
  @media print {
    .fig-download {
      display: none;
    }
  }
  /* A data table's period, unit and source, under its caption. */
  .caption-meta {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }
  /* On paper the source line is a line: no disclosure triangle that cannot be pressed. */
  @media print {
    .summary {
      list-style: none;
    }
    .summary::-webkit-details-marker {
      display: none;
    }
  }
  /* On paper a chart's data table prints instead of what opens it, which paper cannot press: the
     table toggle goes (the element draws its table while PearlElement.printing), and a table kept
     in a <details> (the share, the rank) prints open, without its summary. */
  @media print {
    .toggle,
    details:has(> table) > summary {
      display: none;
    }
    details:has(> table)::details-content {
      content-visibility: visible;
    }
  }
  @container (max-width: 359px) {
    .fig-head {
      flex-wrap: wrap;
    }
  }
`;

/**
 * The button that shows a chart's data table (part `toggle`), as the sector comparison and the trend
 * draw it: `aria-expanded`, and `aria-controls` naming the table while it is shown. Hidden in print
 * (figureStyles), where the element draws its table instead (`this.tableShown || this.printing`).
 */
export function tableToggle(shown: boolean, label: string, toggle: () => void) {
  return html`<button
    part="toggle"
    class="toggle"
    type="button"
    aria-expanded=${shown ? 'true' : 'false'}
    aria-controls=${shown ? 'table' : nothing}
    @click=${toggle}
  >
    ${label}
  </button>`;
}
