import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // expect.poll waits for the page to reach a state; its 1 s default is too short for a busy
    // 2-core machine running two browsers (an import of 8 files missed it once). What a test
    // asserts about time it measures itself.
    expect: { poll: { timeout: 15_000 } },
  },
});
