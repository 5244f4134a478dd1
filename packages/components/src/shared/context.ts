/**
 * What a widget takes from the page around it: the language, the theme and `debug`, from its own
 * attribute or the nearest ancestor's, crossing shadow roots. One MutationObserver watches the
 * document and every shadow root holding a widget, and a change updates only the widgets whose
 * resolved context it changed; a widget moved elsewhere resolves its context again on connection.
 */

/** A widget as the watcher sees it. */
export interface ContextConsumer extends Element {
  /** The context as the widget would resolve it now, as one comparable string. */
  contextKey(): string;
  requestUpdate(): void;
  /**
   * Its context changed (the page's language or theme): an update that may wait its turn among
   * the page's widgets (shared/schedule.ts), so that a page of many does not redraw in one task.
   */
  contextChanged(): void;
}

/** The nearest `attr` on the element or an ancestor, crossing shadow roots. */
export function inherited(el: Element, attr: string): string | null {
  // The element's own attribute first: under SSR the DOM shim has no closest() or getRootNode().
  const own = el.getAttribute?.(attr);
  if (own !== null && own !== undefined) return own;
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest?.(`[${attr}]`) ?? null;
    if (found) return found.getAttribute(attr);
    const root = node.getRootNode?.() as ShadowRoot | Document | undefined;
    node = root && 'host' in root ? root.host : null;
  }
  return null;
}

const WATCHED = ['lang', 'theme', 'debug'];

/** Connected widgets. */
const live = new Set<ContextConsumer>();
/** The context each widget last rendered with (set by its update). */
const rendered = new WeakMap<Element, string>();
/** The document and the shadow roots the observer already watches. */
const observed = new WeakSet<Node>();
let observer: MutationObserver | null = null;

/** True when `target` is `el` or an ancestor of it, across shadow roots. */
function contains(target: Node, el: Element): boolean {
  let node: Element | null = el;
  while (node) {
    if (target.contains(node)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function onMutations(records: MutationRecord[]) {
  const targets = new Set<Node>();
  for (const r of records) {
    const now = (r.target as Element).getAttribute(r.attributeName!);
    if (now !== r.oldValue) targets.add(r.target);
  }
  if (!targets.size) return;
  for (const el of live) {
    const before = rendered.get(el);
    // A widget not drawn yet resolves its context when it is.
    if (before === undefined) continue;
    let affected = false;
    for (const t of targets) if ((affected = contains(t, el))) break;
    if (affected && el.contextKey() !== before) el.contextChanged();
  }
}

/** Watches the widget's document and each shadow root around it (an outer widget's, an app's). */
function observeAround(el: Element) {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(onMutations);
  let root = el.getRootNode();
  for (;;) {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, {
        attributes: true,
        attributeFilter: WATCHED,
        attributeOldValue: true,
        subtree: true,
      });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** On connection: watch around the widget, and update it if its new place changes its context. */
export function connectContext(el: ContextConsumer) {
  live.add(el);
  if (typeof el.getRootNode !== 'function') return; // the SSR DOM shim
  observeAround(el);
  const before = rendered.get(el);
  if (before !== undefined && before !== el.contextKey()) el.requestUpdate();
}

export function disconnectContext(el: ContextConsumer) {
  live.delete(el);
}

/** Called by each update with the context it renders with. */
export function renderedContext(el: Element, key: string) {
  rendered.set(el, key);
}

/** Every connected widget (a catalogue registered later, printing). */
export function eachLive(fn: (el: ContextConsumer) => void) {
  live.forEach(fn);
}
