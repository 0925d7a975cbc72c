/** Every {@link SyncErrorCode}, in a list: for admin pages and exhaustive checks. */
export const syncErrorCodes = [
  'ERR_CONFIG_INVALID',
  'ERR_ORG_URL_INVALID',
  'ERR_OKTA_UNAUTHORIZED',
  'ERR_OKTA_FORBIDDEN',
  'ERR_OKTA_NOT_FOUND',
  'ERR_OKTA_RATE_LIMITED',
  'ERR_OKTA_INVALID_QUERY',
  'ERR_OKTA_UNAVAILABLE',
  'ERR_OKTA_NETWORK',
  'ERR_OKTA_UNEXPECTED_RESPONSE',
  'ERR_STORE_FAILED',
  'ERR_PEER_MISSING',
  'ERR_JOB_FAILED',
  'ERR_RUN_IN_PROGRESS',
  'ERR_OIDC_DISCOVERY_FAILED',
  'ERR_SIGN_IN_FAILED',
] as const;

/**
 * Every error the library throws on purpose. The code is stable across
 * releases, so hosts can `switch (error.code)` instead of matching text.
 */
export type SyncErrorCode = (typeof syncErrorCodes)[number];

/** Options every library error accepts. */
export interface SyncErrorOptions {
  /** The lower-level failure this error wraps. */
  cause?: unknown;
}

/**
 * Base class of every error the library throws on purpose. Messages never
 * contain a secret; they name what to fix.
 */
export class SyncError extends Error {
  /** Stable across releases: what went wrong, for code to switch on. */
  readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string, options: SyncErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = code;
  }
}

/** True when `value` is one of the library's own errors. */
export function isSyncError(value: unknown): value is SyncError {
  return value instanceof SyncError;
}
