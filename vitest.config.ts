import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // The CLI tests run the bundle, so it is rebuilt from the current source first.
    globalSetup: ['test/buildBundle.ts'],
    testTimeout: 20_000,
  },
});
