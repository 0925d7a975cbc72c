/**
 * A mistake in how the command was called. The CLI prints its message as
 * one line and exits 1; it never carries a secret.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
