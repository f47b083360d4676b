import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects (docs/testing.md): `unit` needs no build; `build` and `browser` share one build
 * of the site and one of the hostile fixture, made by tests/setup/builds.ts before either runs.
 */
export default defineConfig({
  test: {
    // One worker per core: the suite is CPU-bound (Chromium's renderers and the test builds use the
    // cores fully; docs/testing.md), and vitest's default leaves one of two cores to the rest.
    maxWorkers: os.availableParallelism(),
    // Test files share their worker's module cache instead of importing everything anew (no test
    // changes a module's state for the next file): 46 CPU s instead of 64 for the unit project.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/builds.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/builds.ts'],
        },
      },
    ],
  },
});
