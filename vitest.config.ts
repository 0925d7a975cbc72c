import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by name; tests run them against src/.
    alias: {
      '@learnamp/okta-sync/testing/contracts': source('./src/testing/contracts.ts'),
      '@learnamp/okta-sync/testing': source('./src/testing/index.ts'),
      '@learnamp/okta-sync/express': source('./src/express/index.ts'),
      '@learnamp/okta-sync/bullmq': source('./src/adapters/bullmq/index.ts'),
      '@learnamp/okta-sync/postgres': source('./src/adapters/postgres/index.ts'),
      '@learnamp/okta-sync': source('./src/index.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: { provider: 'v8' },
  },
});
