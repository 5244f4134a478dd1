/**
 * The iframe embed page: `embed.html?component=metric-card&indicator=…&locale=zh-Hant&theme=dark&frame=id`,
 * plus any attribute of the component as a parameter (`value`, `unit`, `label`, …). It renders the
 * element and posts the content height to the parent (our message and AMP's `embed-size`) whenever
 * it changes, and when the host asks.
 */
import '../define/all.js';
import '../data.js';
import { message } from '../format/messages.js';
import {
  MAX_HEIGHT,
  RESIZE,
  SIZE_REQUEST,
  type AmpEmbedSize,
  type ResizeMessage,
} from './protocol.js';
import { COMPONENTS } from '../components.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '';
const root = document.getElementById('pearl-embed') as HTMLElement;

function build(): HTMLElement | null {
  const name = (params.get('component') ?? 'metric-card').replace(/^pearl-/, '');
  if (!(COMPONENTS as readonly string[]).includes(name)) {
    // Readers get the widgets' quiet line in their script; the problem goes to the console, and
    // into the page only with `debug`, as on the widgets themselves.
    const detail = `Unknown component "${name}"; use one of ${COMPONENTS.join(', ')}.`;
    console.warn(`pearl-charts embed: ${detail}`);
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.textContent = params.has('debug')
      ? detail
      : message('error.unavailable', params.get('locale') ?? params.get('lang') ?? 'en');
    root.append(p);
    return null;
  }
  const tag = `pearl-${name}`;
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  const allowed = new Set(ctor.observedAttributes);
  const el = document.createElement(tag);
  for (const [key, value] of params) {
    // Only the component's own attributes: a parameter can never add an event handler or a style.
    if (allowed.has(key) && key !== 'lang' && key !== 'theme') el.setAttribute(key, value);
  }
  const locale = params.get('locale') ?? params.get('lang');
  if (locale) {
    document.documentElement.lang = locale;
    el.setAttribute('lang', locale);
  }
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') {
    el.setAttribute('theme', theme);
    document.documentElement.style.colorScheme = theme;
  }
  root.append(el);
  return el;
}

build();

let posted = -1;
/** Posts the content height; `force` re-posts an unchanged height (the host asked). */
function post(force = false) {
  if (parent === window) return; // opened directly, not framed
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (!force && height === posted) return;
  posted = height;
  if (height < 1 || height > MAX_HEIGHT) return;
  const ours: ResizeMessage = { type: RESIZE, frame, height };
  const amp: AmpEmbedSize = { sentinel: 'amp', type: 'embed-size', height };
  // The height is not secret and the host's origin is unknown here, hence '*'.
  parent.postMessage(ours, '*');
  parent.postMessage(amp, '*');
}

new ResizeObserver(() => post()).observe(document.body);
addEventListener('load', () => post(true));
addEventListener('message', (event: MessageEvent) => {
  if (event.source === parent && (event.data as { type?: unknown } | null)?.type === SIZE_REQUEST)
    post(true);
});
