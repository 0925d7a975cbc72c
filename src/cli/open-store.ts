import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMemoryStore } from '../adapters/memory/memory-sync-store.js';
import { createPgliteStore } from '../adapters/postgres/pglite-store.js';
import type { SyncStore } from '../ports/sync-store.js';
import { UsageError } from './usage-error.js';

/** The folder the CLI keeps its embedded store in by default. */
export const defaultDbDir = '.okta-sync';

/** How a command uses the store folder. */
export type StoreUse = 'write' | 'read' | 'preview';

/** A store the CLI opened, and how to close it. */
export interface OpenedStore {
  store: SyncStore;
  close(): Promise<void>;
}

/**
 * Opens the embedded PGlite store kept in `dir`. `write` creates the folder
 * when missing; `read` refuses a missing one; `preview` (a dry run) never
 * creates anything, and previews against an empty store instead.
 */
export async function openStore(dir: string, use: StoreUse): Promise<OpenedStore> {
  const dataDir = resolve(dir);
  const exists = existsSync(dataDir);

  if (exists && !statSync(dataDir).isDirectory()) {
    throw new UsageError(`--db must be a folder, and ${dataDir} is a file`);
  }

  if (!exists && use === 'read') {
    throw new UsageError(`no store at ${dataDir}: run "okta-sync sync --db ${dir}" first`);
  }

  if (!exists && use === 'preview') {
    return { store: createMemoryStore(), close: async () => {} };
  }

  const store = await createPgliteStore({ dataDir });

  return { store, close: () => store.close() };
}
