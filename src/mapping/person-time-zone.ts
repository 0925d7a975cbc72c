import { readOwnValue, type UntrustedRecord } from './profile-values.js';
import { isTimeZone } from './time-zone.js';

/**
 * The zone a person's dates are read in: the profile's `attribute` when it
 * holds a valid IANA zone name (trimmed), else `tenantTimeZone`.
 */
export function readPersonTimeZone(
  profile: UntrustedRecord,
  attribute: string,
  tenantTimeZone: string,
): string {
  const value = readOwnValue(profile, attribute);
  const zone = typeof value === 'string' ? value.trim() : '';

  return isTimeZone(zone) ? zone : tenantTimeZone;
}
