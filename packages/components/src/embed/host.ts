/**
 * `pearl-embed-host.js`: include once on a page with Pearl iframes; no dependencies.
 *
 * ```html
 * <iframe data-pearl-embed="gd-output" title="广东工业总产值" width="100%" height="260"
 *   src="…/embed/embed.html?component=metric-card&indicator=gd-industrial-output-2024&locale=zh-Hans&frame=gd-output"></iframe>
 * <script src="…/embed/pearl-embed-host.js" async></script>
 * ```
 * Each message must come from one of this page's `iframe[data-pearl-embed]` (event.source), at the
 * origin of that iframe's `src`, and name the iframe's `data-pearl-embed` id as `frame` (when the
 * attribute has a value). The height is set through CSSOM (allowed under a strict CSP). Without
 * this script, or with scripts blocked, the iframe keeps its `height` attribute.
 */
import { MAX_HEIGHT, RESIZE, SIZE_REQUEST, type SizeRequest } from './protocol.js';

const SELECTOR = 'iframe[data-pearl-embed]';

const frames = () => Array.from(document.querySelectorAll<HTMLIFrameElement>(SELECTOR));

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

function ask(frame: HTMLIFrameElement) {
  const origin = originOf(frame);
  const request: SizeRequest = { type: SIZE_REQUEST };
  if (origin && origin !== 'null') frame.contentWindow?.postMessage(request, origin);
}

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; frame?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== RESIZE) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  const id = frame.getAttribute('data-pearl-embed');
  if (id && data.frame !== id) return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
  frame.style.height = `${Math.ceil(height)}px`;
  frame.dispatchEvent(
    new CustomEvent('pearl-embed-resize', { detail: { height: Math.ceil(height) } }),
  );
});

// The iframes may have posted before this script ran: ask the loaded ones, and each one that loads.
frames().forEach(ask);
document.addEventListener(
  'load',
  (event) => {
    const target = event.target as Element | null;
    if (target instanceof HTMLIFrameElement && target.matches(SELECTOR)) ask(target);
  },
  true,
);
