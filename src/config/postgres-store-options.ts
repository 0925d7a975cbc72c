import { z } from 'zod';
import { hostObject } from './host-value.js';
import { storeClock, storeSchemaName } from './sql-store-options.js';
import { wholeNumber } from './whole-number.js';

/** The settings of `createPostgresStore` from `@learnamp/okta-sync/postgres`. */
export const postgresStoreOptionsSchema = z
  .object({
    connectionString: z
      .string({ error: 'use a postgres:// URL as text' })
      .optional()
      .describe(
        'A `postgres://` URL; the store then owns its pool and `close` ends it. Give ' +
          'either this or `pool`.',
      ),
    pool: hostObject({
      description: "The host's own node-postgres pool; `close` leaves it open.",
      tsType: 'PgPool',
    }).optional(),
    maxConnections: wholeNumber({ min: 1 }, 'use a whole number of connections, 1 or more')
      .default(10)
      .describe('Connections of a pool the store owns.'),
    schema: storeSchemaName,
    clock: storeClock,
  })
  .refine((given) => !given.pool !== !given.connectionString, {
    error: 'give exactly one of connectionString and pool',
    path: ['connectionString'],
  })
  .describe('Options of `createPostgresStore`: the SQL store on server PostgreSQL.');
