import type { SqlClient } from './sql-client.js';

/** The part of a PGlite transaction the store uses. */
export interface PgliteQueryable {
  /** Runs one statement with `$1`-style parameters; resolves to its rows. */
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** The part of a `PGlite` instance the store uses. */
export interface PgliteDatabase extends PgliteQueryable {
  /** Runs `fn` in a transaction, committed if it resolves, else rolled back. */
  transaction<T>(fn: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
}

/**
 * Adapts a PGlite instance to `SqlClient`, so several stores (or tests)
 * can share one instance. Closing it stays the caller's job.
 *
 * Note: PGlite has no nested transactions; a transaction started inside
 * another joins the outer one.
 */
export function pgliteClient(db: PgliteDatabase): SqlClient {
  return {
    query: (sql, params) => db.query(sql, params),
    transaction: (fn) => db.transaction((tx) => fn(joinedTransaction(tx))),
  };
}

function joinedTransaction(tx: PgliteQueryable): SqlClient {
  const client: SqlClient = {
    query: (sql, params) => tx.query(sql, params),
    transaction: (fn) => fn(client),
  };

  return client;
}
