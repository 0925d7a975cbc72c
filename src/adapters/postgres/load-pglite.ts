import { MissingPeerError } from '../../errors/missing-peer-error.js';

/** The `@electric-sql/pglite` module. */
export type PgliteModule = typeof import('@electric-sql/pglite');

/**
 * Loads the optional PGlite peer on first use, so importing the package
 * never needs it. Rejects with `MissingPeerError` when it is not installed.
 * `importModule` exists for tests.
 */
export async function loadPglite(
  importModule: () => Promise<PgliteModule> = () => import('@electric-sql/pglite'),
): Promise<PgliteModule> {
  try {
    return await importModule();
  } catch (error) {
    if (isModuleNotFound(error)) {
      throw new MissingPeerError('@electric-sql/pglite', 'The PGlite store', error);
    }

    throw error;
  }
}

function isModuleNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;

  return error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND';
}
