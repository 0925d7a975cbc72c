import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      postgres: 'src/adapters/postgres/index.ts',
      bullmq: 'src/adapters/bullmq/index.ts',
      express: 'src/express/index.ts',
      // vitest is ESM only: package.json exports this entry for import only.
      'testing/contracts': 'src/testing/contracts.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
