import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPgliteStore } from '../adapters/postgres/pglite-store.js';
import { UsageError } from './usage-error.js';

/** The folder the CLI keeps its embedded store in by default. */
export const defaultDbDir = '.okta-sync';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Refuse a folder that does not exist yet, instead of creating it. */
  mustExist?: boolean;
}

/** Opens the embedded PGlite store kept in `dir`. */
export function openStore(dir: string, options: OpenStoreOptions = {}) {
  const dataDir = resolve(dir);

  if (options.mustExist && !existsSync(dataDir)) {
    throw new UsageError(`no store at ${dataDir}: run "okta-sync sync --db ${dir}" first`);
  }

  return createPgliteStore({ dataDir });
}
