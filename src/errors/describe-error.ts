import { isSyncError } from './sync-error.js';

/** A failure reduced to what a report keeps. */
export interface ErrorSummary {
  /** The library error's code, or `ERR_UNEXPECTED` for anything else. */
  code: string;
  /** The error's message, as thrown. */
  message: string;
  /**
   * Whether the same work may succeed later (a rate limit, Okta briefly
   * down), so a queue should retry it; false when someone must fix
   * something first (a revoked token, a missing scope).
   */
  retryable: boolean;
}

/**
 * Summarises any thrown value for a report. Library errors keep their code
 * and, for Okta errors, whether they are retryable; anything else is
 * `ERR_UNEXPECTED`, since its text was not written for admins, and is
 * treated as retryable.
 */
export function describeError(error: unknown): ErrorSummary {
  const code = isSyncError(error) ? error.code : 'ERR_UNEXPECTED';
  const message = error instanceof Error ? error.message : String(error);

  return { code, message, retryable: isRetryable(error) };
}

function isRetryable(error: unknown): boolean {
  if (!isSyncError(error)) {
    return true;
  }

  return 'retryable' in error && typeof error.retryable === 'boolean' ? error.retryable : false;
}
