import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CLI tests spawn the real binary several times; a busy two-core machine needs the margin.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over them (PGlite start-up is CPU-bound).
    maxWorkers: 2,
  },
});
