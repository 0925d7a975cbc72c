import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { pgClient } from '../../src/adapters/postgres/pg-client.js';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import { createSqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import type { Clock } from '../../src/ports/clock.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { databaseUrl, serviceReachable } from '../support/services.js';

/** One store backend the engine tests run against. */
export interface StoreBackend {
  name: string;
  /** A fresh, migrated store; tests keep apart by tenant id. */
  open(clock?: Clock): Promise<SyncStore>;
  /** Frees what `open` made. */
  close(): Promise<void>;
}

/** The in-memory store. */
export function memoryBackend(): StoreBackend {
  return {
    name: 'memory store',
    open: async (clock) => createMemoryStore(clock ? { clock } : {}),
    close: async () => undefined,
  };
}

/** The SQL store on one in-memory PGlite instance, a schema per store. */
export function pgliteBackend(): StoreBackend {
  let db: PGlite | undefined;
  let stores = 0;

  return {
    name: 'SQL store on PGlite',
    async open(clock) {
      db ??= await PGlite.create();
      stores += 1;
      const schema = `engine_${stores}`;
      const store = createSqlStore(pgliteClient(db), { schema, ...options(clock) });
      await store.migrate();

      return store;
    },
    close: async () => db?.close(),
  };
}

/**
 * The SQL store on server PostgreSQL, in a schema of its own dropped by
 * `close`; null when the server is not reachable (see services.ts).
 */
export async function postgresBackend(): Promise<StoreBackend | null> {
  if (!(await serviceReachable('PostgreSQL', databaseUrl))) {
    return null;
  }

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const schemas: string[] = [];

  return {
    name: 'SQL store on server PostgreSQL',
    async open(clock) {
      const schema = `okta_sync_engine_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      schemas.push(schema);
      const store = createSqlStore(pgClient(pool), { schema, ...options(clock) });
      await store.migrate();

      return store;
    },
    async close() {
      for (const schema of schemas) {
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
      await pool.end();
    },
  };
}

/** Every backend available here: memory, PGlite and, if reachable, PostgreSQL. */
export async function storeBackends(): Promise<StoreBackend[]> {
  const server = await postgresBackend();

  return [memoryBackend(), pgliteBackend(), ...(server ? [server] : [])];
}

function options(clock: Clock | undefined) {
  return clock ? { clock } : {};
}
