/** The toolbar's initial language and theme (preview.ts), also what the build pre-renders in. */
export const DEFAULT_LOCALE = 'zh-Hans';
export const DEFAULT_THEME = 'light' as const;
