// The script-tag bundle: every element and every indicator, so `indicator="…"` works on a blank page.
import '../define/all.js';
import '../data.js';
export * from '../index.js';
