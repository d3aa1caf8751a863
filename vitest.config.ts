import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Runs the suite in a fresh TMPDIR and fails it when a test leaves files there (see the file).
    globalSetup: ['test/support/leftover-guard.ts'],
    // Drops the Actions toolkit's `::debug::` lines from the test output; removes the test file's temporary
    // folders (see the files).
    setupFiles: ['test/support/quiet-debug.ts', 'test/support/remove-temp-dirs.ts'],
  },
});
