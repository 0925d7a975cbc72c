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

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Names of the store's tables in `schema`. Rejects a schema name that is
 * not a plain lowercase identifier, since it is spliced into SQL.
 */
export function sqlTables(schema: string = defaultSchema): SqlTables {
  if (!schemaPattern.test(schema)) {
    throw new ConfigError([
      {
        field: 'schema',
        message: 'use 1-63 lowercase letters, digits or underscores, not starting with a digit',
      },
    ]);
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
