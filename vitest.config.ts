import fs from 'node:fs';
import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start test builds of their own (`buildContent(`) go first: their Astro builds then
 * run beside the browser files instead of last, where each left a core idle (docs/testing.md).
 */
class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const builds = (file: TestSpecification) => fs.readFileSync(file.moduleId, 'utf8').includes('buildContent(');
    return [...sorted.filter(builds), ...sorted.filter((file) => !builds(file))];
  }
}

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
    sequence: { sequencer: BuildsFirst },
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
