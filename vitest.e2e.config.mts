import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium against the real server; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // As long as a locator waits (tests/e2e/support.ts): a slow PC's redraw after a save is not a failure.
    expect: { poll: { timeout: 10_000 } },
  },
});
