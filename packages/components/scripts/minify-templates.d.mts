import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** Minifies one stylesheet with Lightning CSS; throws with the file name on a warning. */
export function minifyCssText(text: string, filename?: string): string;
/** The module with its css`…` templates minified and its html`…`/svg`…` line breaks collapsed; null when unchanged. */
export function minifyTemplates(code: string, id?: string): MagicString | null;
/** Minifies the text of Lit's tagged templates in packages/components/src. */
export function minifyLitTemplates(): Plugin;
