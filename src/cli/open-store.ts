import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMemoryStore } from '../adapters/memory/memory-sync-store.js';
import { createPgliteStore } from '../adapters/postgres/pglite-store.js';
import { createPostgresStore } from '../adapters/postgres/postgres-store.js';
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

/** Where a command keeps its people: a PGlite folder or a PostgreSQL URL. */
export interface StoreFlags {
  db: string;
  databaseUrl?: string;
}

/**
 * Opens the store a command's flags name: server PostgreSQL when
 * `--database-url` is given, else the embedded PGlite folder `--db`.
 */
export async function openStoreOf(flags: StoreFlags, use: StoreUse): Promise<OpenedStore> {
  if (flags.databaseUrl === undefined) {
    return openStore(flags.db, use);
  }

  if (!/^postgres(ql)?:\/\//i.test(flags.databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// URL');
  }

  const store = await createPostgresStore({ connectionString: flags.databaseUrl });

  return { store, close: () => store.close() };
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
