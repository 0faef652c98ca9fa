import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node + jsdom where a test asks for it) and
// end-to-end tests that drive the built extension in headless Chromium.
// The e2e project runs its files one at a time: each launches a browser and
// the machines this runs on have two cores.
export default defineConfig({
  test: {
    globalSetup: ['tests/support/corpus-notice.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A condition in a real browser (a tab switch reaching the side
          // panel, a storage change repainting the page) is event-driven but
          // not bounded by 1 s, expect.poll's default, on a busy 2-core
          // machine. A poll still ends the moment its condition holds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
