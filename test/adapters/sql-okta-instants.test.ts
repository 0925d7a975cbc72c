import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import { createSqlStore, type SqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import { personWrite } from '../../src/testing/contract/contract-fixtures.js';

let db: PGlite;
let store: SqlStore;

beforeAll(async () => {
  db = await PGlite.create();
  store = createSqlStore(pgliteClient(db), { schema: 'instants' });
  await store.migrate();
});

afterAll(async () => {
  await db.close();
});

async function storedInstant(tenant: string): Promise<string | null> {
  const { rows } = await db.query<{ instant: string | null }>(
    `SELECT to_char(okta_updated_instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
      AS instant FROM instants.people WHERE tenant_id = $1`,
    [tenant],
  );

  return rows[0]?.instant ?? null;
}

describe('the SQL store, comparing Okta instants kept as columns', () => {
  describe('when a stored read is in a form PostgreSQL reads but the process does not', () => {
    it('keeps an older write out all the same', async () => {
      await store.savePeople('odd', [
        personWrite('00uA', { fullName: 'Newer', oktaUpdatedAt: '2026-03-02 10:00:00+00' }),
      ]);

      await store.savePeople('odd', [
        personWrite('00uA', { fullName: 'Older', oktaUpdatedAt: '2026-03-01T10:00:00.000Z' }),
      ]);

      const [person] = await store.findPeopleByOktaIds('odd', ['00uA']);
      expect(person?.fullName).toBe('Newer');
      expect(await storedInstant('odd')).toBe('2026-03-02T10:00:00.000');
    });
  });

  describe('when a stored read is no instant at all', () => {
    it('lets the next write through and stores no instant', async () => {
      const host = await store.addHostPerson('junk', {
        email: 'a@x.io',
        fullName: 'Host',
        oktaUpdatedAt: 'not a time',
      });
      const before = await storedInstant('junk');

      await store.savePeople('junk', [
        personWrite('00uA', {
          id: host.id,
          email: 'a@x.io',
          oktaUpdatedAt: '2020-01-01T00:00:00Z',
        }),
      ]);

      const [person] = await store.findPeopleByOktaIds('junk', ['00uA']);
      expect(before).toBeNull();
      expect(person?.fullName).toBe('Person 00uA');
      expect(await storedInstant('junk')).toBe('2020-01-01T00:00:00.000');
    });
  });
});
