import type { Clock } from '../../ports/clock.js';
import type { SqlClient } from './sql-client.js';
import type { SqlTables } from './sql-tables.js';

/** What every query of the SQL store needs. */
export interface SqlContext {
  client: SqlClient;
  tables: SqlTables;
  clock: Clock;
}
