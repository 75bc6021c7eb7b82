import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // One copy of the site per run for the tests that run real builds (fixture-site.ts).
    globalSetup: ['tests/unit/support/global-setup.ts'],
    // One worker per core. Vitest's default leaves a core free (one worker on the 2-core CI
    // machine), but the slowest files mostly wait for the `astro build` they start, so a second
    // worker keeps both cores busy: the suite took 110 s instead of 169 s there.
    maxWorkers: availableParallelism(),
  },
});
