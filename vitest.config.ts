import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CLI tests spawn the real binary many times (each loads the gazetteer and a store); on a busy
    // two-core machine one such test has taken two minutes. No test asserts on time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: more workers only fight over them (PGlite start-up is CPU-bound).
    maxWorkers: 2,
  },
});
