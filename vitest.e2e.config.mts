import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium against the real server; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
