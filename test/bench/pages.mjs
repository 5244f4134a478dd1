// The benchmark's pages. Each renders N widgets into an empty <main> and stores its timings in
// `window.__bench`. Both variants time the same span: from the first script of the page (before our
// bundle is evaluated; if the bundle is still downloading then, from its arrival) to every widget
// rendered and the page laid out.
/* global document, window, performance, setTimeout -- finish() and waitForBench() run in the page */
import { COMPONENTS, baselineCss } from './baselines.mjs';

export const BUNDLE = '/bundle/pearl-charts.js';

/** The browser window of every measurement: a phone-width article column. */
export const VIEWPORT = { width: 392, height: 800 };

/** For page.evaluate: resolves to the page's `window.__bench` once it is set, failing after 2 minutes. */
export const waitForBench = () =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const check = () =>
      window.__bench
        ? resolve(window.__bench)
        : Date.now() > deadline
          ? reject(new Error('the page did not finish in 2 minutes'))
          : setTimeout(check, 20);
    check();
  });

/** The page kinds: one per component, and a mixed page cycling through all three. */
export const KINDS = {
  'metric-card': ['metric-card'],
  'target-progress': ['target-progress'],
  'sector-comparison': ['sector-comparison'],
  trend: ['trend'],
  share: ['share'],
  rank: ['rank'],
  mixed: ['metric-card', 'target-progress', 'sector-comparison'],
};

// A 360 px column, as on a phone; the widgets stretch to it.
const SHELL_CSS = 'body{margin:0}main{display:grid;gap:16px;width:360px;padding:16px}';

/**
 * Pages whose path ends in `-all.html` lay out every widget, on screen or not: waiting widgets of
 * ours keep `content-visibility: auto` (base styles), which skips the style and layout of their
 * contents while off screen, so the style-and-layout rows compare the whole cost of a widget.
 */
const ALL_DRAWN_CSS = '[data-pearl-deferred]{content-visibility:visible}';

const head = (extra = '') =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>bench</title>` +
  `<style>${SHELL_CSS}</style>${extra}</head><body><main id="root"></main>` +
  // Module scripts run in document order once the document is parsed, so this is the page's first script.
  `<script type="module">window.__t0 = performance.now();</script>`;

/** Runs in the page after the widgets' markup is built: inserts it, waits, lays out, records. */
function finish(markup, t0, tScript, waitForUpdates) {
  const root = document.getElementById('root');
  root.innerHTML = markup;
  const tInserted = performance.now();
  const done = () => {
    const tRendered = performance.now();
    void document.body.offsetHeight; // forces style and layout of every widget
    const t1 = performance.now();
    // Time spent waiting for the bundle to arrive from the local server is not ours to count.
    const bundle = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/bundle/'));
    const start = Math.max(t0, bundle ? bundle.responseEnd : 0);
    window.__bench = {
      total: t1 - start,
      script: tScript - start, // evaluating the bundle (about 0 for the baseline)
      render: t1 - tScript,
      // The render split: inserting the markup (parsing; for ours the upgrades), then until every
      // widget has drawn (for ours Lit's templates and our layout code), then the forced layout.
      insert: tInserted - tScript,
      draw: tRendered - tInserted,
      layout: t1 - tRendered,
      fetchWait: start - t0,
    };
  };
  if (!waitForUpdates) return done();
  const widgets = [...root.children];
  // updateComplete resolves to false when another update was queued meanwhile: wait for that too.
  const settle = () =>
    Promise.all(widgets.map((w) => w.updateComplete)).then((all) =>
      all.every(Boolean) ? done() : settle(),
    );
  return settle();
}

/** Our page: the script-tag bundle, then N elements written as a host page would write them. */
export function oursPage(kind, n, allDrawn = false) {
  const tags = KINDS[kind].map((c) => COMPONENTS[c].ours);
  return (
    head(allDrawn ? `<style>${ALL_DRAWN_CSS}</style>` : '') +
    `<script type="module" src="${BUNDLE}"></script>` +
    `<script type="module">const tScript = performance.now();` +
    `const TAGS = ${JSON.stringify(tags)}; const N = ${n};` +
    `let markup = ''; for (let i = 0; i < N; i++) markup += TAGS[i % TAGS.length];` +
    `(${finish})(markup, window.__t0, tScript, true);</script></body></html>`
  );
}

/**
 * The hand-written page: one <style>, then N widgets rendered from their data with innerHTML.
 * `window.__rerender()` builds them again, as such a page would on a change of language (its texts
 * are written out in one language: it builds the same markup again, as much work as another).
 */
export function baselinePage(kind, n) {
  const names = KINDS[kind];
  const renders = names.map(
    (c) => `[${COMPONENTS[c].render}, ${JSON.stringify(COMPONENTS[c].data)}]`,
  );
  return (
    head(`<style>${baselineCss(names)}</style>`) +
    `<script type="module">const tScript = performance.now();` +
    `const R = [${renders.join(',')}]; const N = ${n};` +
    `const build = () => { let m = ''; for (let i = 0; i < N; i++) { const [f, d] = R[i % R.length]; m += f(d); } return m; };` +
    `window.__rerender = () => { document.getElementById('root').innerHTML = build(); };` +
    `(${finish})(build(), window.__t0, tScript, false);</script></body></html>`
  );
}

export const VARIANTS = { ours: oursPage, baseline: baselinePage };

/**
 * Every page, by path: `/sector-comparison/ours/1000.html`, and for `allDrawnNs` the pages that lay
 * out every widget, `/sector-comparison/ours/1000-all.html` (the same for the hand-written page).
 * Built when first asked for.
 */
export function allPages(ns, allDrawnNs = []) {
  const pages = new Map();
  for (const kind of Object.keys(KINDS))
    for (const [variant, make] of Object.entries(VARIANTS)) {
      for (const n of ns) pages.set(pagePath(kind, variant, n), () => make(kind, n));
      for (const n of allDrawnNs)
        pages.set(pagePath(kind, variant, n, true), () => make(kind, n, true));
    }
  return pages;
}

export const pagePath = (kind, variant, n, allDrawn = false) =>
  `/${kind}/${variant}/${n}${allDrawn ? '-all' : ''}.html`;
