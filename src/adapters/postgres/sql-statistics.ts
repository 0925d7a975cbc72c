import type { SqlClient } from './sql-client.js';
import type { SqlTables } from './sql-tables.js';

/** Keeps the planner's statistics of `people` in step as a store fills it. */
export interface PeopleStatistics {
  /** Counts rows written; refreshes the statistics once they add up. */
  noteWrites(rows: number): Promise<void>;
}

// Rows written before the first refresh of a store's life.
const FIRST_REFRESH_ROWS = 1000;

/**
 * Runs `ANALYZE` on `people` each time a store has written as many rows as
 * the table held at the last refresh (at least 1,000): a handful of times
 * while a first sync doubles and redoubles the table, then about once per
 * full sync.
 *
 * Without statistics (a new table, or PGlite, which runs no autovacuum)
 * PostgreSQL guesses that a tenant has a handful of people, and finds a
 * page's people by reading every row of the tenant instead of probing the
 * Okta id, email and login indexes: each page then costs what the whole
 * tenant costs, and a first sync grows with the square of its size.
 *
 * Note: a role that does not own the table cannot analyse it; the refresh
 * is then skipped, and the statistics are left to autovacuum.
 */
export function peopleStatistics(client: SqlClient, tables: SqlTables): PeopleStatistics {
  let written = 0;
  let threshold = FIRST_REFRESH_ROWS;
  let refreshing = false;

  const refresh = async () => {
    refreshing = true;
    written = 0;

    try {
      threshold = Math.max(FIRST_REFRESH_ROWS, await analyze(client, tables));
    } catch {
      // The write this follows succeeded; stale statistics only cost time.
    } finally {
      refreshing = false;
    }
  };

  return {
    async noteWrites(rows) {
      written += rows;
      if (written >= threshold && !refreshing) await refresh();
    },
  };
}

/** Analyses `people`; resolves to the rows the planner now counts. */
async function analyze(client: SqlClient, tables: SqlTables): Promise<number> {
  await client.query(`ANALYZE ${tables.people}`);
  const { rows } = await client.query<{ rows: number }>(
    'SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = $1::regclass',
    [tables.people],
  );

  return rows[0]?.rows ?? 0;
}
