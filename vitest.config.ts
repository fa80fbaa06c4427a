import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/conformance/**/*.test.ts'],
          // chrome.i18n over the real _locales files, for components that show translated words.
          setupFiles: ['tests/support/chrome-i18n.ts', 'tests/support/preact-frames.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A browser on a busy machine can take seconds to reach a state; a poll that never gets there still fails.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // The sync server against PGlite and PostgreSQL (tests/integration/support/stores.ts).
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Every server logs into one file per run, scanned for secrets when the run ends.
          globalSetup: ['tests/integration/support/log-scan-setup.ts'],
          setupFiles: ['tests/integration/support/record-fetch.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
