import { defineConfig } from 'vitest/config';

/**
 * Three projects (docs/testing.md): `unit` needs no build; `build` and `browser` share one build
 * of the site and one of the hostile fixture, made by tests/setup/builds.ts before either runs.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores (one on a 2-core machine); the build and
    // browser files spend much of their time waiting on Astro or Chromium, so use more than the cores.
    maxWorkers: '150%',
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
