import type { OktaUser } from './okta-user.js';

/**
 * True when a JSON value has the two fields Okta documents as never null
 * on a user: a string `id` and a `profile` object. Everything else is left
 * for the mapper to check.
 */
export function isOktaUser(value: unknown): value is OktaUser {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }

  const { id, profile } = value as Record<string, unknown>;

  return typeof id === 'string' && typeof profile === 'object' && profile !== null;
}
