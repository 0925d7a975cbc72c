import { StoreError } from '../../errors/store-error.js';

/**
 * What to fix for the SQLSTATEs a misconfigured store meets first. The
 * driver's own message is not repeated (it may quote row values); these
 * hints name the setting instead.
 */
const hints: Readonly<Record<string, string>> = {
  '3D000': 'the database does not exist: create it, or fix the database name in the URL',
  '3F000': 'the schema does not exist and could not be created',
  '28000': 'the server refused the role: check the user in the URL and pg_hba.conf',
  '28P01': 'the server refused the password: check the credentials in the URL',
  '42501': 'the role lacks a privilege it needs: CREATE on the database, or owning the schema',
};

/**
 * Wraps a driver failure in a `StoreError` naming the operation and, when
 * the driver gives one, the SQLSTATE, with what to fix for the states a
 * misconfigured store meets. A `StoreError` passes unchanged.
 */
export function toStoreError(operation: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;

  const state = sqlState(error);
  const hint = state === null ? undefined : hints[state];
  const detail = state === null ? '' : ` (SQLSTATE ${state})`;
  const fix = hint === undefined ? '' : `: ${hint}`;
  const what = isConnecting(state) ? 'connect to its database' : operation;

  return new StoreError(`The store failed to ${what}${detail}${fix}`, { cause: error });
}

// States the server answers before any statement runs: whatever the store
// was about to do, the fix is in the connection settings.
function isConnecting(state: string | null): boolean {
  return state !== null && (state.startsWith('08') || ['3D000', '28000', '28P01'].includes(state));
}

function sqlState(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;

  const { code } = error;

  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}
