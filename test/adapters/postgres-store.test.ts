import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/adapters/postgres/postgres-store.js';
import { describeSyncStoreContract } from '../../src/testing/contract/sync-store-contract.js';
import { databaseUrl, serviceReachable } from '../support/services.js';

const reachable = await serviceReachable('PostgreSQL', databaseUrl);
// Each run gets its own schema, dropped afterwards, so runs never collide.
const schema = `okta_sync_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });

afterAll(async () => {
  if (reachable) {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  await admin.end();
});

describe.skipIf(!reachable)('SQL store on server PostgreSQL (pg)', () => {
  describeSyncStoreContract('the store contract', async (clock) => {
    const store = await createPostgresStore({ connectionString: databaseUrl, schema, clock });

    return { store, cleanup: () => store.close() };
  });

  describe("when it shares the host's pool", () => {
    it('leaves the pool open on close', async () => {
      const store = await createPostgresStore({ pool: admin, schema });

      await store.close();

      expect((await admin.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });
  });

  describe('when migrations run again', () => {
    it('changes nothing', async () => {
      const store = await createPostgresStore({ pool: admin, schema });
      const versions = () => admin.query(`SELECT * FROM ${schema}.okta_sync_migrations ORDER BY 1`);
      const before = (await versions()).rows;

      await store.migrate();

      expect((await versions()).rows).toEqual(before);
    });
  });

  describe('when a batch fails part-way', () => {
    it('rolls the whole batch back', async () => {
      const store = await createPostgresStore({ pool: admin, schema });
      const tenantId = `tx-${randomUUID()}`;
      const person = {
        oktaId: '00uA',
        email: 'a@example.com',
        fullName: 'A',
        team: null,
        jobTitle: null,
        managerRef: null,
        managerOktaId: null,
        status: 'active' as const,
        startDate: null,
        oktaUpdatedAt: null,
        seenGeneration: 1,
      };

      await expect(
        store.savePeople(tenantId, [person, { ...person, oktaId: '00uB', id: 'p-no-such-row' }]),
      ).rejects.toMatchObject({ code: 'ERR_STORE_FAILED' });
      expect(await store.listPeople(tenantId, { limit: 10 })).toEqual([]);
    });
  });
});

describe('createPostgresStore options', () => {
  it('needs exactly one of connectionString and pool', async () => {
    await expect(createPostgresStore({})).rejects.toMatchObject({ code: 'ERR_CONFIG_INVALID' });
  });
});
