// Shared by the Node tests that drive Chromium: the dist folder, the server and browser of
// test/packaging/harness.ts, and small page helpers.
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';

export const COMPONENTS_DIST = fileURLToPath(
  new URL('../../packages/components/dist/', import.meta.url),
);

/** The static server and the headless Chromium every browser test uses (test/packaging/harness.ts). */
export { serve, type Served } from '../packaging/harness.js';
export { launchChromium as launch } from '../packaging/harness.js';

/** Page errors and console warnings/errors, collected for assertions. */
export function collect(page: Page) {
  const log = { errors: [] as string[], warnings: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (e) => log.errors.push(String((e as Error).message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'warn') log.warnings.push(m.text());
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  return log;
}

/** A minimal page around `body`. */
export const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`;
