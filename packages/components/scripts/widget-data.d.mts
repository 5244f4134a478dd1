import type { Plugin } from 'vite';

/** The generated data module's text without any `"note": "…"` member. */
export function stripNotes(code: string): string;
/** Drops the reviewers' notes from the indicator records of a script-tag bundle. */
export function widgetData(): Plugin;
