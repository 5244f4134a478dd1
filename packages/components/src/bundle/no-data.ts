// The script-tag bundle for pages that pass their own numbers: every element, no indicator data.
import '../define/all.js';
export * from '../index.js';
