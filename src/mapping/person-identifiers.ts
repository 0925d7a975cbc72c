import { toManagerRef } from './manager-ref.js';
import { readOwnValue, type UntrustedRecord } from './profile-values.js';

/** The identifiers other people's manager references may use. */
export interface PersonIdentifiers {
  login: string | null;
  employeeNumber: string | null;
}

/**
 * The profile's `login` and `employeeNumber`, read like a manager
 * reference (trimmed text, or a finite number's text), so that the two
 * sides of a match are spelled the same way.
 */
export function readPersonIdentifiers(profile: UntrustedRecord): PersonIdentifiers {
  return {
    login: toManagerRef(readOwnValue(profile, 'login')),
    employeeNumber: toManagerRef(readOwnValue(profile, 'employeeNumber')),
  };
}
