/**
 * The little a SQL store needs from a PostgreSQL driver. Adapters exist
 * for PGlite (`pgliteClient`); one for node-postgres fits the same shape.
 */
export interface SqlClient {
  /** Runs one statement with `$1`-style parameters; resolves to its rows. */
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;

  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back
   * when it rejects. `fn` must use the client it is given.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}
