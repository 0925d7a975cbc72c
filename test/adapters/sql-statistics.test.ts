import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import type { SqlClient } from '../../src/adapters/postgres/sql-client.js';
import { peopleStatistics } from '../../src/adapters/postgres/sql-statistics.js';
import { createSqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import { sqlTables } from '../../src/adapters/postgres/sql-tables.js';
import { personWrite } from '../../src/testing/contract/contract-fixtures.js';

/** A client that records statements and counts `reltuples` rows in the table. */
function recordingClient(reltuples: number, failAnalyze = false) {
  const statements: string[] = [];
  const client: SqlClient = {
    query: async <R>(sql: string) => {
      statements.push(sql);
      if (failAnalyze && sql.startsWith('ANALYZE')) throw new Error('must be owner');

      return { rows: (sql.includes('reltuples') ? [{ rows: reltuples }] : []) as R[] };
    },
    transaction: (fn) => fn(client),
  };
  const analyses = () => statements.filter((sql) => sql.startsWith('ANALYZE')).length;

  return { client, analyses };
}

describe('peopleStatistics', () => {
  describe('when a store fills its table', () => {
    it('analyses after 1,000 rows, then each time as many rows as the table held', async () => {
      const { client, analyses } = recordingClient(5000);
      const statistics = peopleStatistics(client, sqlTables());

      await statistics.noteWrites(999);
      const before = analyses();
      await statistics.noteWrites(1);
      const first = analyses();
      await statistics.noteWrites(4999);
      const waiting = analyses();
      await statistics.noteWrites(1);

      expect([before, first, waiting, analyses()]).toEqual([0, 1, 1, 2]);
    });
  });

  describe('when the role may not analyse the table', () => {
    it('resolves all the same: the write it follows succeeded', async () => {
      const { client, analyses } = recordingClient(0, true);
      const statistics = peopleStatistics(client, sqlTables());

      await expect(statistics.noteWrites(1000)).resolves.toBeUndefined();
      expect(analyses()).toBe(1);
    });
  });
});

describe('the SQL store on PGlite, which runs no autovacuum', () => {
  let db: PGlite;

  beforeAll(async () => {
    db = await PGlite.create();
  });

  afterAll(async () => {
    await db.close();
  });

  describe('when a first sync writes its first thousand people', () => {
    it('gives the planner statistics of the people table', async () => {
      const store = createSqlStore(pgliteClient(db), { schema: 'statistics' });
      await store.migrate();
      const people = Array.from({ length: 1000 }, (_, index) => personWrite(`00u${index}`));
      const counted = async () => {
        const { rows } = await db.query<{ rows: number }>(
          `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'statistics.people'::regclass`,
        );

        return rows[0]?.rows;
      };
      const before = await counted();

      await store.savePeople('acme', people.slice(0, 500));
      const halfway = await counted();
      await store.savePeople('acme', people.slice(500));

      expect([before, halfway, await counted()]).toEqual([-1, -1, 1000]);
    });
  });
});
