/**
 * Messages between the embed page (in the iframe) and the host page's resize script. Heights are in
 * CSS pixels. Nothing here is secret, so the iframe posts with targetOrigin '*'; the host checks that
 * a message comes from one of its own Pearl iframes (event.source) at that iframe's origin.
 */
export const RESIZE = 'pearl-charts:resize';
export const SIZE_REQUEST = 'pearl-charts:size-request';

/** iframe → host: the content's height. `frame` echoes the page's `frame` query parameter. */
export interface ResizeMessage {
  type: typeof RESIZE;
  frame: string;
  height: number;
}

/** AMP's `<amp-iframe resizable>` protocol: iframe → AMP runtime. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** host → iframe: post your height now (the host script may load after the first message). */
export interface SizeRequest {
  type: typeof SIZE_REQUEST;
}

/** Heights outside this range are ignored: a broken page must not make the article 1e9 px tall. */
export const MAX_HEIGHT = 20000;
