import type { Plugin } from 'vite';

/** Replaces Vite's dynamic-import preload helper with a smaller one (modulepreload links only). */
export function smallPreloadHelper(): Plugin;
