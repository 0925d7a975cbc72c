import { isSyncError } from './sync-error.js';

/** A failure reduced to what a report keeps: a code and a message. */
export interface ErrorSummary {
  code: string;
  message: string;
}

/**
 * Summarises any thrown value for a report. Library errors keep their code;
 * anything else is `ERR_UNEXPECTED`, since its text was not written for
 * admins.
 */
export function describeError(error: unknown): ErrorSummary {
  const code = isSyncError(error) ? error.code : 'ERR_UNEXPECTED';
  const message = error instanceof Error ? error.message : String(error);

  return { code, message };
}
