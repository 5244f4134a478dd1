import type { Plugin } from 'vite';

/** Minifies one stylesheet with Lightning CSS; throws with the file name on a warning. */
export function minifyCssText(text: string, filename?: string): string;
/** Minifies the CSS inside Lit's css`…` templates of packages/components/src. */
export function minifyCss(): Plugin;
