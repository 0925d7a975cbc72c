import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll } from 'vitest';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import { createSqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import type { Clock } from '../../src/ports/clock.js';
import { describeSyncStoreContract } from '../../src/testing/contract/sync-store-contract.js';

// One instance for the file: each costs seconds and hundreds of MB.
let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
});

afterAll(async () => {
  await db.close();
});

async function migratedStore(clock: Clock, schema?: string) {
  const store = createSqlStore(
    pgliteClient(db),
    schema === undefined ? { clock } : { schema, clock },
  );
  await store.migrate();

  return { store };
}

describeSyncStoreContract('SQL store on PGlite', (clock) => migratedStore(clock));

describeSyncStoreContract('SQL store on PGlite in a named schema', (clock) =>
  migratedStore(clock, 'host_sync'),
);
