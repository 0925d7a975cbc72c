import { OktaRequestError } from '../errors/okta-request-error.js';

// Okta's code for an unknown id. A 404 without it (a wrong path, a proxy's
// page) says nothing about the resource, so it stays an error rather than
// passing for "this is gone".
const UNKNOWN_RESOURCE = 'E0000007';

/** True for Okta's 404 `E0000007`: the id names nothing (or no assignment). */
export function isUnknownResource(error: unknown): boolean {
  return (
    error instanceof OktaRequestError &&
    error.status === 404 &&
    error.oktaErrorCode === UNKNOWN_RESOURCE
  );
}

/** Runs a read; null when Okta answers that the resource is unknown. */
export async function readOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isUnknownResource(error)) {
      return null;
    }

    throw error;
  }
}
