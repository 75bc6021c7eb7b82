import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // One copy of the site per run for the tests that run real builds (fixture-site.ts).
    globalSetup: ['tests/unit/support/global-setup.ts'],
  },
});
