import { MissingPeerError } from '../../errors/missing-peer-error.js';

/** The `pg` (node-postgres) module. */
export type PgModule = typeof import('pg');

/**
 * Loads the optional `pg` peer on first use, so importing the package
 * never needs it. Rejects with `MissingPeerError` when it is missing.
 */
export async function loadPg(
  importModule: () => Promise<PgModule> = () => import('pg'),
): Promise<PgModule> {
  try {
    const loaded = await importModule();

    // pg is CommonJS: from ESM its API sits on the default export.
    return (loaded as PgModule & { default?: PgModule }).default ?? loaded;
  } catch (error) {
    throw new MissingPeerError('pg', 'The PostgreSQL store', error);
  }
}
