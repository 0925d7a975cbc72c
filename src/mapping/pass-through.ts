import type { PassThroughAttributes, PassThroughValue } from './directory-person.js';
import { readOwnValue, type UntrustedRecord } from './profile-values.js';

type Scalar = string | number | boolean;

/**
 * The named profile attributes, for the host to use as it likes. Strings,
 * finite numbers, booleans and null are copied as they are; a list is
 * copied when every item is such a scalar (nulls dropped). Anything else
 * (objects, nested lists, an attribute the profile lacks) is left out, so
 * the result is always plain JSON.
 */
export function readPassThrough(
  profile: UntrustedRecord,
  names: readonly string[],
): PassThroughAttributes {
  const attributes: Record<string, PassThroughValue> = {};

  for (const name of names) {
    const value = toPassThroughValue(readOwnValue(profile, name));

    if (value !== undefined) {
      // defineProperty, so a name such as `__proto__` stays a plain key.
      Object.defineProperty(attributes, name, { value, enumerable: true, writable: true });
    }
  }

  return attributes;
}

function toPassThroughValue(value: unknown): PassThroughValue | undefined {
  if (value === null || isScalar(value)) {
    return value;
  }

  if (!Array.isArray(value)) {
    return undefined;
  }

  const items = value.filter((item) => item !== null);

  return items.every(isScalar) ? items : undefined;
}

function isScalar(value: unknown): value is Scalar {
  if (typeof value === 'number') {
    return Number.isFinite(value);
  }

  return typeof value === 'string' || typeof value === 'boolean';
}
