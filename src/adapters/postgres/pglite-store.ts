import { parseOptions } from '../../config/parse-options.js';
import { pgliteStoreOptionsSchema } from '../../config/pglite-store-options.js';
import { StoreError } from '../../errors/store-error.js';
import type { Clock } from '../../ports/clock.js';
import { loadPglite } from './load-pglite.js';
import { pgliteClient } from './pglite-client.js';
import { createSqlStore, type SqlStore } from './sql-sync-store.js';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions {
  /** Folder for the database files; in memory when left out. */
  dataDir?: string;
  /** PostgreSQL schema for the tables; `okta_sync` by default. */
  schema?: string;
  /** Source of run start and finish times; the system clock by default. */
  clock?: Clock;
}

/** A SQL store on its own embedded PGlite database. */
export interface PgliteStore extends SqlStore {
  /** Closes the database; the store cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * Opens an embedded PGlite database (in `dataDir`, or in memory) and
 * migrates it. Needs the optional peer `@electric-sql/pglite`: rejects
 * with `MissingPeerError` without it, and with `StoreError` when the
 * database cannot be opened or migrated.
 *
 * Note: opening takes a few seconds and about 250 MB, so share one store
 * per process; `pgliteClient` lets several stores share one instance.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PgliteStore> {
  parseOptions(pgliteStoreOptionsSchema, options);
  const { PGlite } = await loadPglite();
  const db = await openDatabase(() => PGlite.create(options.dataDir));
  const store = createSqlStore(pgliteClient(db), sqlOptions(options));

  try {
    await store.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }

  return { ...store, close: () => db.close() };
}

async function openDatabase<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new StoreError('The PGlite store could not open its database', { cause: error });
  }
}

/** The SQL store options, leaving out those not set. */
function sqlOptions(options: PgliteStoreOptions) {
  return {
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  };
}
