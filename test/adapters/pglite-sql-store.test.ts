import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMigrations } from '../../src/adapters/postgres/migrations/all-migrations.js';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import { createSqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import { StoreError } from '../../src/errors/store-error.js';
import { oktaIds, personWrite } from '../../src/testing/contract/contract-fixtures.js';

// One instance for the file: each costs seconds and hundreds of MB.
let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
});

afterAll(async () => {
  await db.close();
});

async function migratedStore(schema: string) {
  const store = createSqlStore(pgliteClient(db), { schema });
  await store.migrate();

  return store;
}

describe('createSqlStore on PGlite', () => {
  describe('when migrate runs twice', () => {
    it('records each migration once and keeps the data', async () => {
      const store = await migratedStore('twice');
      await store.savePeople('t1', [personWrite('00uA')]);

      await store.migrate();

      const { rows } = await db.query('SELECT version, name FROM twice.okta_sync_migrations');
      expect(rows).toEqual(allMigrations.map(({ version, name }) => ({ version, name })));
      expect(rows[0]).toEqual({ version: 1, name: 'initial' });
      expect(await store.countPeople('t1', 'active')).toBe(1);
    });
  });

  describe('when the schema was never migrated', () => {
    it('rejects with a StoreError wrapping the driver error', async () => {
      const store = createSqlStore(pgliteClient(db), { schema: 'never_migrated' });

      const error = await store.listPeople('t1', { limit: 10 }).catch((caught) => caught);

      expect(error).toBeInstanceOf(StoreError);
      expect(error.code).toBe('ERR_STORE_FAILED');
      expect(error.message).toBe('The store failed to list people (SQLSTATE 42P01)');
      expect(error.cause).toMatchObject({ code: '42P01' });
    });
  });

  describe('when the schema name is not a plain identifier', () => {
    it('throws a ConfigError', () => {
      expect(() => createSqlStore(pgliteClient(db), { schema: 'x"; DROP' })).toThrow(
        expect.objectContaining({ code: 'ERR_CONFIG_INVALID' }),
      );
    });
  });

  describeSaveFailures();
  describeLargeBatches();
});

function describeSaveFailures(): void {
  describe('when a batch fails part way', () => {
    it('rolls the whole batch back', async () => {
      const store = await migratedStore('rollback');
      const host = await store.addHostPerson('t1', { email: 'h@x.io', fullName: 'Host' });

      const batch = [
        personWrite('00uA', { id: host.id }),
        personWrite('00uB', { id: 'no-such-person' }),
        personWrite('00uC'),
      ];

      await expect(store.savePeople('t1', batch)).rejects.toThrow(
        'Cannot update person "no-such-person": no such person',
      );
      expect(await store.listPeople('t1', { limit: 10 })).toEqual([host]);
    });
  });

  describe('when a link takes an Okta id another person holds', () => {
    it('rejects with a StoreError naming the unique violation', async () => {
      const store = await migratedStore('taken');
      await store.savePeople('t1', [personWrite('00uA')]);
      const host = await store.addHostPerson('t1', { email: 'h@x.io', fullName: 'Host' });

      await expect(store.savePeople('t1', [personWrite('00uA', { id: host.id })])).rejects.toThrow(
        'The store failed to save people (SQLSTATE 23505)',
      );
    });
  });
}

function describeLargeBatches(): void {
  describe('when a batch holds more rows than one statement takes', () => {
    it('saves every row', async () => {
      const store = await migratedStore('large');
      const writes = oktaIds(4500).map((oktaId) => personWrite(oktaId));

      await store.savePeople('t1', writes);
      await store.savePeople('t1', writes);

      expect(await store.countPeople('t1', 'active')).toBe(4500);
    });
  });
}
