import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // The CLI tests run the bundle, so it is rebuilt from the current source first.
    globalSetup: ['test/buildBundle.ts'],
    testTimeout: 20_000,
    // Snapshots the tests' loads write go to a folder of this run, never to the user's cache.
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'policy-explorer-test-cache-')) },
  },
});
