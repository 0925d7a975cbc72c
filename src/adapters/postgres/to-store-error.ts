import { StoreError } from '../../errors/store-error.js';

/**
 * Wraps a driver failure in a `StoreError` naming the operation and, when
 * the driver gives one, the SQLSTATE. A `StoreError` passes unchanged.
 */
export function toStoreError(operation: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;

  const state = sqlState(error);
  const detail = state === null ? '' : ` (SQLSTATE ${state})`;

  return new StoreError(`The store failed to ${operation}${detail}`, { cause: error });
}

function sqlState(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;

  const { code } = error;

  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}
