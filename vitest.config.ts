import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // 2-core machine: property tests and case-book runs are CPU-bound.
    testTimeout: 30_000,
  },
});
