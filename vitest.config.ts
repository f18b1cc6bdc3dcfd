import { defineConfig } from 'vitest/config';

// Pre-build tests run on source files alone; post-build and browser tests each start from one real build.
export default defineConfig({
  test: {
    projects: [
      // Some unit tests read and check all the real content; on a loaded machine that can take longer than the default.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-real-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-real-site.ts', 'tests/setup/serve-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
