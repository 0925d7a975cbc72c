import { z } from 'zod';
import { storeClock, storeSchemaName } from './sql-store-options.js';

/** The settings of `createPgliteStore` from `@learnamp/okta-sync/postgres`. */
export const pgliteStoreOptionsSchema = z
  .object({
    dataDir: z
      .string({ error: 'use a folder path as text' })
      .optional()
      .meta({ description: 'Folder for the database files.', defaultText: 'in memory' }),
    schema: storeSchemaName,
    clock: storeClock,
  })
  .describe('Options of `createPgliteStore`: the SQL store on embedded PGlite.');
