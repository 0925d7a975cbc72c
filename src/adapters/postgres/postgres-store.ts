import { parseOptions } from '../../config/parse-options.js';
import { postgresStoreOptionsSchema } from '../../config/postgres-store-options.js';
import { StoreError } from '../../errors/store-error.js';
import type { Clock } from '../../ports/clock.js';
import { loadPg } from './load-pg.js';
import { type PgPool, pgClient } from './pg-client.js';
import { createSqlStore, type SqlStore } from './sql-sync-store.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /**
   * A `postgres://` URL; the store then owns its pool and `close` ends it.
   * Give either this or `pool`.
   */
  connectionString?: string;
  /** The host's own node-postgres pool; `close` leaves it open. */
  pool?: PgPool;
  /** Connections of a pool the store owns; 10 by default. */
  maxConnections?: number;
  /** PostgreSQL schema for the tables; `okta_sync` by default. */
  schema?: string;
  /** Source of run start and finish times; the system clock by default. */
  clock?: Clock;
}

/** A SQL store on server PostgreSQL. */
export interface PostgresStore extends SqlStore {
  /** Ends the pool if the store made it; a host's pool is left alone. */
  close(): Promise<void>;
}

/**
 * Opens the SQL store on server PostgreSQL through node-postgres and runs
 * its migrations. The same SQL as the embedded PGlite store. Needs the
 * optional peer `pg`: rejects with `MissingPeerError` without it, and
 * with `StoreError` when PostgreSQL cannot be reached or migrated.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const settings = parseOptions(postgresStoreOptionsSchema, options);
  const { pool, owned } = await poolOf(options, settings.maxConnections);
  const store = createSqlStore(pgClient(pool), {
    schema: settings.schema,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  const close = async () => {
    if (owned) await owned.end();
  };

  try {
    await store.migrate();
  } catch (error) {
    await close();
    throw unreachable(error, options.connectionString) ?? error;
  }

  return { ...store, close };
}

const connectionCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * A store that could not even connect says where it looked, since the
 * driver's own error names no host. Null for any other failure.
 */
function unreachable(error: unknown, connectionString: string | undefined): StoreError | null {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? cause.code : undefined;

  if (connectionString === undefined || !connectionCodes.has(String(code))) return null;

  const { hostname, port } = new URL(connectionString);
  const where = `${hostname || 'localhost'}:${port || 5432}`;

  return new StoreError(`Could not reach PostgreSQL at ${where} (${code})`, { cause });
}

async function poolOf(options: PostgresStoreOptions, maxConnections: number) {
  if (options.pool) {
    return { pool: options.pool, owned: null };
  }

  const pg = await loadPg();
  const owned = new pg.Pool({
    connectionString: options.connectionString,
    max: maxConnections,
  });

  return { pool: owned as PgPool, owned };
}
