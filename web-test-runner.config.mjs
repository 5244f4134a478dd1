// Unit and element tests in Debian's Chromium (or CHROME_PATH). Prints a closing count line for test/tools/test.mjs.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeArgs, chromePath } from './test/tools/chrome.mjs';

/** Prints `tests: N passed, N failed, N skipped` as the last line; a file that fails to load counts as a failure. */
function countReporter() {
  const count = (suite, n) => {
    for (const t of suite?.tests ?? []) n[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    for (const s of suite?.suites ?? []) count(s, n);
  };
  return {
    stop({ sessions }) {
      const n = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, n);
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length)
          n.failed++;
      }
      process.once('exit', () =>
        process.stdout.write(
          `tests: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped\n`,
        ),
      );
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/visual/**', '!test/storybook/**'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: tests that press keys need the focused tab, and two pages in one browser share focus.
  concurrency: 1,
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'auto',
      // The plugin reads this file raw, without "extends", so it must be the base config.
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 20000 } },
  // Fuzz and axe checks make a few files long on a loaded 2-core machine.
  testsFinishTimeout: 600000,
};
