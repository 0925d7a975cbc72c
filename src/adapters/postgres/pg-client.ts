import type { SqlClient } from './sql-client.js';

/** The part of a node-postgres client or pool the store uses. */
export interface PgQueryable {
  /** Runs one statement with `$1`-style parameters; resolves to its rows. */
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A client checked out of a node-postgres pool. */
export interface PgPoolClient extends PgQueryable {
  /** Gives the connection back; with an error, the pool discards it. */
  release(error?: Error | boolean): void;
}

/** The part of a node-postgres `Pool` the store uses. */
export interface PgPool extends PgQueryable {
  /** Checks out one connection, for a transaction. */
  connect(): Promise<PgPoolClient>;
}

/**
 * Adapts a node-postgres `Pool` to `SqlClient`. Each transaction checks
 * out one connection, runs `BEGIN` … `COMMIT` on it (`ROLLBACK` when `fn`
 * rejects) and releases it; a transaction started inside another joins
 * it. The pool stays the caller's to end.
 */
export function pgClient(pool: PgPool): SqlClient {
  return {
    query: (sql, params) => query(pool, sql, params),
    transaction: async (fn) => {
      const connection = await pool.connect();

      try {
        return await inTransaction(connection, fn);
      } finally {
        connection.release();
      }
    },
  };
}

async function inTransaction<T>(
  connection: PgPoolClient,
  fn: (tx: SqlClient) => Promise<T>,
): Promise<T> {
  await connection.query('BEGIN');

  try {
    const result = await fn(joined(connection));
    await connection.query('COMMIT');

    return result;
  } catch (error) {
    // The original failure matters; a failed rollback (say, a dropped
    // connection) must not replace it.
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function joined(connection: PgQueryable): SqlClient {
  const client: SqlClient = {
    query: (sql, params) => query(connection, sql, params),
    transaction: (fn) => fn(client),
  };

  return client;
}

async function query<R>(target: PgQueryable, sql: string, params?: unknown[]) {
  const result = await target.query(sql, params);

  return { rows: result.rows as R[] };
}
