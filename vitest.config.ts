import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Reporter } from 'vitest/node';
import { chromeArgs, chromePath } from './test/tools/chrome.mjs';

/** Prints `stories: N passed, N failed, N skipped` for test/tools/test.mjs. */
const countReporter: Reporter = {
  onTestRunEnd(modules, errors) {
    const n = { passed: 0, failed: errors.length, skipped: 0 };
    for (const m of modules) {
      const tests = [...m.children.allTests()];
      if (m.state() === 'failed' && tests.length === 0) n.failed++;
      for (const t of tests) {
        const s = t.result().state;
        if (s === 'passed') n.passed++;
        else if (s === 'failed') n.failed++;
        else n.skipped++;
      }
    }
    process.stdout.write(`stories: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped\n`);
  },
};

export default defineConfig({
  test: {
    reporters: ['default', countReporter],
    projects: [
      {
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          // stories/checks.stories.ts draws every story in one test.
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: { executablePath: chromePath(), args: chromeArgs },
            }),
          },
        },
      },
    ],
  },
});
