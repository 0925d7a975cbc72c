import { storeSchemaMessage, storeSchemaPattern } from '../../config/sql-store-options.js';
import { ConfigError } from '../../errors/config-error.js';

/** Schema-qualified, quoted names of the store's objects. */
export interface SqlTables {
  schema: string;
  people: string;
  teams: string;
  runs: string;
  migrations: string;
  personIds: string;
  leases: string;
  runState: string;
  events: string;
  /** The function reading an Okta instant, null when unreadable. */
  oktaInstant: string;
}

/** The schema the SQL store uses unless told otherwise. */
export const defaultSchema = 'okta_sync';

/**
 * Names of the store's tables in `schema`. Rejects a schema name that is
 * not a plain lowercase identifier, since it is spliced into SQL.
 */
export function sqlTables(schema: string = defaultSchema): SqlTables {
  // Checked again here, whoever calls: the name is spliced into SQL.
  if (!storeSchemaPattern.test(schema)) {
    throw new ConfigError([{ field: 'schema', message: storeSchemaMessage }]);
  }

  const quoted = `"${schema}"`;

  return {
    schema: quoted,
    people: `${quoted}.people`,
    teams: `${quoted}.teams`,
    runs: `${quoted}.runs`,
    migrations: `${quoted}.okta_sync_migrations`,
    personIds: `${quoted}.person_ids`,
    leases: `${quoted}.leases`,
    runState: `${quoted}.run_state`,
    events: `${quoted}.events`,
    oktaInstant: `${quoted}.okta_instant`,
  };
}
