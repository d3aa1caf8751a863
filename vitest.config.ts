import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Drops the Actions toolkit's `::debug::` lines from the test output (see the file).
    setupFiles: ['test/support/quiet-debug.ts'],
  },
});
