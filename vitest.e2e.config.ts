import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Chromium. One file at a time
// (each launches its own browser; the machines are small).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
