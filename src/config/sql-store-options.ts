import { z } from 'zod';
import { hostObject } from './host-value.js';

/** A PostgreSQL schema name the store can splice into SQL safely. */
export const storeSchemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** What to say about a schema name that breaks the pattern. */
export const storeSchemaMessage =
  'use 1-63 lowercase letters, digits or underscores, not starting with a digit';

/** The store's PostgreSQL schema, shared by every SQL store's options. */
export const storeSchemaName = z
  .string({ error: storeSchemaMessage })
  .regex(storeSchemaPattern, { error: storeSchemaMessage })
  .default('okta_sync')
  .describe("PostgreSQL schema holding the store's tables, created by the migration.");

/** The source of run start and finish times. */
export const storeClock = hostObject({
  description: 'Source of run start and finish times.',
  tsType: 'Clock',
  defaultText: 'the system clock',
}).optional();

/** The settings of `createSqlStore` from `@learnamp/okta-sync/postgres`. */
export const sqlStoreOptionsSchema = z
  .object({ schema: storeSchemaName, clock: storeClock })
  .describe('Options of `createSqlStore`: the SQL store on a client the host owns.');
