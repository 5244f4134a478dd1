/**
 * The proofreading view as one HTML string: every record beside its quote, marked inside its
 * paragraph, with the text a metric card writes for it in the three scripts and every field it
 * has. Pure and DOM-free: `scripts/proofread.ts` writes it to a file, and the Storybook page
 * (`stories/proofread.stories.ts`) mounts the same markup.
 *
 * Fields are listed as the record holds them, whatever they are, so a field added to the schema
 * shows up here without a change. Every text from the data is escaped.
 */
import { formatIndicator, formatPeriod, message } from '@pearl-charts/components/format';
import type { IndicatorData } from '../../src/types.js';
import { REGIONS, SCRIPTS, type Script } from '../../src/vocab.js';
import { reviewFor, reviewState, type Review, type Reviews, type ReviewState } from './review.js';

/** A record as `data/` holds it: the fields the view places, and any others. */
export interface ProofRecord {
  id: string;
  source: { seed: string; quote: string; offset: number; figure?: string };
}

/** An article as `data/sources.json` describes it. */
export interface ProofSource {
  seed: string;
}

export interface ProofreadInput {
  records: readonly ProofRecord[];
  sources: readonly ProofSource[];
  /** Seed file name → its text. */
  seeds: Readonly<Record<string, string>>;
  reviews: Reviews;
  /** Record id → `recordHash` of the record as it is now. */
  hashes: ReadonlyMap<string, string>;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an element's content or a quoted attribute value. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const fieldsOf = (x: object) => x as Record<string, unknown>;
const text = (x: unknown): string => (typeof x === 'string' ? x : '');
const HAN = /\p{Script=Han}/u;

/** The id attribute of a record's entry, which relations link to. */
const recordAnchor = (id: string) => `r-${id}`;

/**
 * The paragraph around a quote: the line of the seed that holds it (every article writes one
 * paragraph per line; some also leave blank lines between them). `end` excludes the line break.
 */
function paragraphAt(seed: string, offset: number, length: number) {
  const start = seed.lastIndexOf('\n', offset - 1) + 1;
  const next = seed.indexOf('\n', offset + length);
  let end = next < 0 ? seed.length : next;
  if (seed[end - 1] === '\r') end--;
  return { start, end };
}

/** Where a record's quote is in its seed, or why it cannot be shown there. */
type Placed =
  { ok: true; seed: string; at: number; problem: string | null } | { ok: false; problem: string };

function place(r: ProofRecord, seeds: ProofreadInput['seeds']): Placed {
  const { seed: file, quote, offset } = r.source;
  const seed = seeds[file];
  if (seed === undefined) return { ok: false, problem: `seed ${file} not found` };
  if (seed.startsWith(quote, offset)) return { ok: true, seed, at: offset, problem: null };
  const found = seed.indexOf(quote);
  const problem = `the quote is not at offset ${offset}`;
  if (found < 0) return { ok: false, problem: `${problem}, nor anywhere in ${file}` };
  return { ok: true, seed, at: found, problem: `${problem} (it is at ${found})` };
}

/** The paragraph as HTML, the quote in <mark> and its figure, if found in it, in <strong>. */
function passageHtml(seed: string, at: number, quote: string, figure: string): string {
  const { start, end } = paragraphAt(seed, at, quote.length);
  const f = figure ? quote.indexOf(figure) : -1;
  const marked =
    f < 0
      ? escapeHtml(quote)
      : escapeHtml(quote.slice(0, f)) +
        `<strong>${escapeHtml(figure)}</strong>` +
        escapeHtml(quote.slice(f + figure.length));
  return (
    escapeHtml(seed.slice(start, at)) +
    `<mark>${marked}</mark>` +
    escapeHtml(seed.slice(at + quote.length, end))
  );
}

const SCRIPT_NAMES: Record<Script, string> = {
  'zh-Hans': 'Simplified',
  'zh-Hant': 'Traditional',
  en: 'English',
};

/** A formatting call that cannot throw the page away: a field the formatter rejects is named. */
function safely(f: () => string): string {
  try {
    return escapeHtml(f());
  } catch (e) {
    return `<span class="pr-problem">cannot format: ${escapeHtml(String((e as Error).message ?? e))}</span>`;
  }
}

/** What a metric card writes for the record in each script: label, value, status, region · period. */
function renderedHtml(r: ProofRecord): string {
  const f = fieldsOf(r);
  const labels = f.labels && typeof f.labels === 'object' ? fieldsOf(f.labels) : {};
  const status = f.status === 'estimate' || f.status === 'target' ? f.status : null;
  const regionId = text(f.region);
  const region = Object.hasOwn(REGIONS, regionId)
    ? REGIONS[regionId as keyof typeof REGIONS]
    : undefined;
  const rows = SCRIPTS.map((script) => {
    const value = safely(() => formatIndicator(r as unknown as IndicatorData, script));
    const badge = status
      ? ` <span class="pr-badge">${escapeHtml(message(`status.${status}`, script))}</span>`
      : '';
    const period = safely(() => formatPeriod(text(f.period), script));
    const where = region ? `${escapeHtml(region[script])} · ${period}` : period;
    return `<tr lang="${script}"><th scope="row" lang="en">${SCRIPT_NAMES[script]}</th><td>${escapeHtml(text(labels[script]))}</td><td class="pr-value">${value}${badge}</td><td>${where}</td></tr>`;
  });
  return `<table class="pr-rendered"><caption>As a metric card writes it</caption><thead><tr><th scope="col">Script</th><th scope="col">Label</th><th scope="col">Value</th><th scope="col">Where, when</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

interface FieldContext {
  /** Every record id, so that a field naming one links to it. */
  ids: ReadonlySet<string>;
  /** The id of the record shown, which does not link to itself. */
  self?: string;
  /** The language of Chinese strings not under a script's key: the article's script. */
  lang: string;
}

/**
 * Any JSON value as HTML: objects as definition lists, arrays as lists, a string naming another
 * record as a link to it. Strings under a key named for a script carry that `lang`; other Chinese
 * strings carry the article's.
 */
function valueHtml(value: unknown, ctx: FieldContext): string {
  if (typeof value === 'string') {
    if (ctx.ids.has(value) && value !== ctx.self)
      return `<a href="#${escapeHtml(recordAnchor(value))}"><code>${escapeHtml(value)}</code></a>`;
    const lang = HAN.test(value) ? ` lang="${escapeHtml(ctx.lang)}"` : '';
    return value === '' ? '<code>""</code>' : `<span${lang}>${escapeHtml(value)}</span>`;
  }
  if (Array.isArray(value)) {
    if (!value.length) return '<code>[]</code>';
    return `<ul class="pr-list">${value.map((v) => `<li>${valueHtml(v, ctx)}</li>`).join('')}</ul>`;
  }
  if (value !== null && typeof value === 'object') return fieldsHtml(value, ctx);
  return `<code>${escapeHtml(JSON.stringify(value) ?? String(value))}</code>`;
}

function fieldsHtml(obj: object, ctx: FieldContext): string {
  const items = Object.entries(obj).map(([key, v]) => {
    const inner = (SCRIPTS as readonly string[]).includes(key) ? { ...ctx, lang: key } : ctx;
    return `<div><dt>${escapeHtml(key)}</dt><dd>${valueHtml(v, inner)}</dd></div>`;
  });
  return `<dl class="pr-fields">${items.join('')}</dl>`;
}

/** The flag beside a record's id: whether someone has checked it as it is now. */
function flagHtml(state: ReviewState, review: Review | undefined): string {
  const by = escapeHtml(review?.by ?? '');
  const date = escapeHtml(review?.date ?? '');
  const said =
    state === 'checked'
      ? `Checked by ${by} on ${date}`
      : state === 'changed'
        ? `Not checked since last change (changed after ${by} checked it on ${date})`
        : 'Not checked since last change (never checked)';
  return `<p class="pr-flag pr-flag-${state}">${said}</p>`;
}

function recordHtml(r: ProofRecord, input: ProofreadInput, ids: ReadonlySet<string>, lang: string) {
  const f = fieldsOf(r);
  const review = reviewFor(input.reviews, r.id);
  const state = reviewState(review, input.hashes.get(r.id));
  const placed = place(r, input.seeds);
  const passage = placed.ok
    ? `<blockquote lang="${escapeHtml(lang)}">${passageHtml(placed.seed, placed.at, r.source.quote, text(r.source.figure))}</blockquote>`
    : '';
  const problem = placed.problem
    ? `<p class="pr-problem"><strong>Problem:</strong> ${escapeHtml(placed.problem)}</p>`
    : '';
  const anchor = escapeHtml(recordAnchor(r.id));
  const data = (name: string, value: unknown) => ` data-${name}="${escapeHtml(text(value))}"`;
  return (
    `<article class="pr-record" id="${anchor}" aria-labelledby="${anchor}-h"` +
    data('seed', r.source.seed) +
    data('kind', f.kind) +
    data('status', f.status) +
    data('review', state) +
    (placed.problem ? ' data-problem=""' : '') +
    '>' +
    `<header><h3 id="${anchor}-h"><code>${escapeHtml(r.id)}</code></h3>` +
    flagHtml(state, review) +
    '</header>' +
    `<div class="pr-passage">${problem}${passage}<p class="pr-where">${escapeHtml(r.source.seed)}, offset ${escapeHtml(String(r.source.offset))}</p></div>` +
    renderedHtml(r) +
    `<details class="pr-all" open><summary>Fields</summary>${fieldsHtml(r, { ids, self: r.id, lang })}</details>` +
    '</article>'
  );
}

/** The text a select shows for an article: its file, and its outlet when that is a plain string. */
const articleName = (s: ProofSource) => {
  const outlet = fieldsOf(s).outlet;
  return typeof outlet === 'string' && outlet ? `${s.seed} (${outlet})` : s.seed;
};

function select(name: string, label: string, options: [string, string][]): string {
  const opts = options
    .map(([value, shown]) => `<option value="${escapeHtml(value)}">${escapeHtml(shown)}</option>`)
    .join('');
  return `<label>${label} <select name="${name}"><option value="">All</option>${opts}</select></label>`;
}

const distinct = (records: readonly ProofRecord[], field: string) =>
  [...new Set(records.map((r) => text(fieldsOf(r)[field])).filter(Boolean))].sort();

/**
 * The view: a header with counts and filters, then one section per article with its records.
 * The filter form is `hidden` until {@link FILTER_SCRIPT} runs, so without script the page
 * shows every record and no controls that do nothing.
 */
export function proofreadMarkup(input: ProofreadInput): string {
  const { records, sources } = input;
  const ids = new Set(records.map((r) => r.id));
  const unchecked = records.filter(
    (r) => reviewState(reviewFor(input.reviews, r.id), input.hashes.get(r.id)) !== 'checked',
  ).length;
  const problems = records.filter((r) => place(r, input.seeds).problem).length;
  // Articles in sources.json order, then any seed a record names that sources.json lacks.
  const articles: ProofSource[] = [...sources];
  for (const seed of new Set(records.map((r) => r.source.seed)))
    if (!articles.some((s) => s.seed === seed)) articles.push({ seed });

  const sections = articles.map((s, i) => {
    const own = records.filter((r) => r.source.seed === s.seed);
    const lang = text(fieldsOf(s).script) || 'zh';
    const title = text(fieldsOf(s).title);
    return (
      `<section class="pr-article" aria-labelledby="pr-a${i}" data-seed="${escapeHtml(s.seed)}">` +
      `<h2 id="pr-a${i}">${escapeHtml(s.seed)}${title ? ` <span lang="${escapeHtml(lang)}">${escapeHtml(title)}</span>` : ''} <span class="pr-n">(${own.length} records)</span></h2>` +
      `<details class="pr-all"><summary>Source fields</summary>${fieldsHtml(s, { ids, lang })}</details>` +
      own.map((r) => recordHtml(r, input, ids, lang)).join('') +
      '</section>'
    );
  });

  const filters =
    '<form class="pr-filters" hidden aria-label="Filter records">' +
    select(
      'seed',
      'Article',
      articles.map((s) => [s.seed, articleName(s)]),
    ) +
    select(
      'kind',
      'Kind',
      distinct(records, 'kind').map((k) => [k, k]),
    ) +
    select(
      'status',
      'Status',
      distinct(records, 'status').map((k) => [k, k]),
    ) +
    '<label><input type="checkbox" name="unchecked" value="1"> Only records not checked since last change</label>' +
    '<p class="pr-count" role="status"></p>' +
    '</form>';

  return (
    `<div class="proofread"><style>${PROOFREAD_CSS}</style>` +
    '<header class="pr-head">' +
    `<h1>Proofreading: ${records.length} records from ${articles.length} articles</h1>` +
    `<p class="pr-summary"><strong class="pr-unchecked">${unchecked}</strong> not checked since last change` +
    (problems ? `; <strong class="pr-problem">${problems}</strong> with a problem` : '') +
    '. Check each record against its marked passage, then record it: ' +
    '<code>npm run proofread -- --mark &lt;id…&gt; --by &lt;name&gt;</code>.</p>' +
    filters +
    '</header>' +
    `<main>${sections.join('')}</main>` +
    '</div>'
  );
}

/**
 * The filters' behaviour, as the text of a classic script: shows the records that match every
 * chosen filter and the sections that still hold one, and says how many. Plain ES2017, no
 * modules, so it runs from file://; it wires each `.proofread` on the page once.
 */
export const FILTER_SCRIPT = `(function () {
  document.querySelectorAll('.proofread:not([data-wired])').forEach(function (root) {
    root.setAttribute('data-wired', '');
    var form = root.querySelector('.pr-filters');
    var count = root.querySelector('.pr-count');
    var records = root.querySelectorAll('.pr-record');
    var sections = root.querySelectorAll('.pr-article');
    function apply() {
      var want = { seed: form.seed.value, kind: form.kind.value, status: form.status.value };
      var unchecked = form.unchecked.checked;
      var shown = 0;
      records.forEach(function (r) {
        var match = Object.keys(want).every(function (k) {
          return !want[k] || r.getAttribute('data-' + k) === want[k];
        }) && !(unchecked && r.getAttribute('data-review') === 'checked');
        r.hidden = !match;
        if (match) shown++;
      });
      sections.forEach(function (s) {
        s.hidden = !s.querySelector('.pr-record:not([hidden])');
      });
      count.textContent = 'Showing ' + shown + ' of ' + records.length + ' records';
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  });
})();`;

/** The whole page `npm run proofread` writes: the view and its filter script, nothing external. */
export function proofreadDocument(input: ProofreadInput): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Proofreading: Pearl Charts data</title>' +
    '<style>:root{color-scheme:light dark}body{margin:0}</style></head><body>' +
    proofreadMarkup(input) +
    `<script>${FILTER_SCRIPT}</script></body></html>\n`
  );
}

/**
 * Scoped to `.proofread`. Colours follow the page's `color-scheme` (light-dark()), each pair at
 * AA contrast or better; the review state is written out, never shown by colour alone.
 */
const PROOFREAD_CSS = `
.proofread{--fg:light-dark(#1b1d21,#e8e9ec);--bg:light-dark(#fff,#15171b);--muted:light-dark(#545a64,#aab0ba);--line:light-dark(#d5d8de,#3a3e46);--mark:light-dark(#ffe27a,#6b5400);--bad-bg:light-dark(#fde7e7,#4a1d1d);--bad:light-dark(#8e1b1b,#ffcfcf);--good:light-dark(#1c6631,#9fe0b0);--link:light-dark(#1f4fb4,#9cbcff);
color:var(--fg);background:var(--bg);font:15px/1.6 system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;padding:0 1rem 2rem;max-width:80rem;margin:0 auto}
.proofread :lang(zh-Hant){font-family:system-ui,'PingFang TC','Microsoft JhengHei','Noto Sans CJK TC',sans-serif}
.proofread [hidden]{display:none!important}
.proofread a{color:var(--link)}
.proofread h1{font-size:1.5rem;margin:0;padding-top:1rem}
.proofread h2{font-size:1.15rem;margin:2rem 0 .25rem;padding-top:.5rem;border-top:3px solid var(--fg)}
.proofread h3{font-size:1rem;margin:0}
.proofread code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.pr-head{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding-bottom:.5rem}
.pr-summary{margin:.25rem 0}
.pr-unchecked{color:var(--bad)}
.pr-filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
.pr-filters select{font:inherit;max-width:22rem}
.pr-count{margin:0;color:var(--muted)}
.pr-n{color:var(--muted);font-weight:normal;font-size:.9rem}
.pr-record{scroll-margin-top:10rem;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.25rem 1.5rem;padding:.75rem 0;border-bottom:1px solid var(--line)}
.pr-record>header,.pr-record>.pr-all{grid-column:1/-1}
.pr-record>header{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}
.pr-flag{margin:0;font-size:.85rem;padding:0 .4rem;border-radius:3px}
.pr-flag-new,.pr-flag-changed{background:var(--bad-bg);color:var(--bad);font-weight:600}
.pr-flag-checked{color:var(--good)}
.pr-flag-checked::before{content:'\\2713  '}
.pr-passage blockquote{margin:0;font-size:1rem;line-height:1.8}
.pr-passage mark{background:var(--mark);color:inherit;padding:.1em 0}
.pr-where{margin:.25rem 0 0;font-size:.8rem;color:var(--muted)}
.pr-problem{color:var(--bad);background:var(--bad-bg)}
.pr-rendered{border-collapse:collapse;align-self:start;width:100%;font-size:.9rem}
.pr-rendered caption{text-align:start;font-size:.8rem;color:var(--muted)}
.pr-rendered th,.pr-rendered td{text-align:start;vertical-align:top;padding:.1rem .5rem .1rem 0;border-bottom:1px solid var(--line)}
.pr-rendered thead th{font-size:.8rem;color:var(--muted);font-weight:normal}
.pr-value{font-weight:600}
.pr-badge{font-weight:normal;font-size:.8rem;border:1px solid currentColor;border-radius:3px;padding:0 .25rem}
.pr-all summary{cursor:pointer;font-size:.8rem;color:var(--muted)}
.pr-fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:0 1rem;margin:.25rem 0;font-size:.85rem}
.pr-fields .pr-fields{display:block;margin:0;padding-left:.5rem;border-left:2px solid var(--line)}
.pr-fields>div{min-width:0;overflow-wrap:anywhere}
.pr-fields dt{color:var(--muted);display:inline}
.pr-fields dt::after{content:': '}
.pr-fields dd{display:inline;margin:0}
.pr-fields .pr-fields>div{display:block}
.pr-list{display:inline;margin:0;padding:0;list-style:none}
.pr-list li{display:inline}
.pr-list li+li::before{content:', '}
@media (min-width:60rem){.pr-value{white-space:nowrap}}
@media (max-width:40rem){.pr-record{grid-template-columns:minmax(0,1fr)}.pr-head{position:static}}
`;
