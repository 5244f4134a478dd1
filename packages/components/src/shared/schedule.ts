/**
 * First renders, shared by every widget on the page, in time slices: the widgets first in the
 * document (the top of the page) render at once, and when a page holds more than one slice can
 * draw, the rest wait in order for the next tasks, so the main thread is never blocked for long
 * (a page of thousands of widgets stays scrollable and answers input while it fills in). A redraw
 * for a new page language or theme takes turns the same way (PearlElement.contextChanged); other
 * later updates are not deferred. A waiting widget has `data-pearl-pending`, which keeps the height
 * the page reserved for it (tokens.css), and `data-pearl-deferred`, kept once drawn, under which
 * its contents cost nothing while off screen (`content-visibility: auto`, base styles). Widgets that
 * come near the viewport while they wait go first (the browser says so with
 * `contentvisibilityautostatechange`), so what the reader sees fills in first even when the page
 * moved widgets after adding them, or the reader scrolled. Printing draws every waiting widget first.
 */

/** The clock and the script time of one slice; tests replace the clock. */
export const slicing = {
  budgetMs: 30,
  now: () => performance.now(),
};

interface Waiting {
  el: Element;
  run(): void;
  done?: boolean;
}

/** In the order the widgets asked; `near` holds those the browser found near the viewport. */
const queue: Waiting[] = [];
const near: Waiting[] = [];
/** How many have not run yet (either list may still hold some that have). */
let count = 0;

/** The next widget to draw: one near the viewport first, else the first in line. */
function take(): Waiting | undefined {
  let next: Waiting | undefined;
  while ((next = near.shift() ?? queue.shift()) && next.done);
  return next;
}

let sliceStart = -1;
let channel: MessageChannel | null = null;

/** The next task: a message, which, unlike a timer, a background tab does not slow to 1 per second. */
function post() {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = nextSlice;
  }
  channel.port2.postMessage(null);
}

function startSlice() {
  sliceStart = slicing.now();
  post();
}

function nextSlice() {
  sliceStart = -1;
  let next = take();
  if (!next) return;
  startSlice();
  // At least one a slice, however slow.
  do next.run();
  while (slicing.now() - sliceStart < slicing.budgetMs && (next = take()));
}

/**
 * Runs `render` (an element's first update, or its redraw for a new language or theme) now if the current slice has time left and nothing
 * waits before it; otherwise queues it and returns a promise settled once it has run.
 * `reserve` marks the waiting element so the page keeps its height (not for server-rendered
 * markup, which is already as tall as it will be).
 */
export function firstRender(el: Element, render: () => void, reserve: boolean) {
  if (count === 0) {
    if (sliceStart < 0) startSlice();
    if (slicing.now() - sliceStart < slicing.budgetMs) return render();
  }
  if (reserve) {
    el.setAttribute('data-pearl-pending', '');
    // For good: off screen, its contents are skipped by style and layout (base styles).
    el.setAttribute('data-pearl-deferred', '');
  }
  return new Promise<void>((resolve, reject) => {
    const onScreen = (e: Event) => {
      if (!(e as Event & { skipped?: boolean }).skipped) near.push(waiting);
    };
    const waiting: Waiting = {
      el,
      run() {
        waiting.done = true;
        count--;
        el.removeEventListener('contentvisibilityautostatechange', onScreen);
        el.removeAttribute('data-pearl-pending');
        try {
          render();
          resolve();
        } catch (e) {
          reject(e as Error);
        }
      },
    };
    if (reserve) el.addEventListener('contentvisibilityautostatechange', onScreen);
    queue.push(waiting);
    count++;
  });
}

/** Draws every waiting widget now (before printing). */
export function flushRenders() {
  for (let next = take(); next; next = take()) next.run();
}

/** How many widgets wait for their first render. */
export const waiting = () => count;
