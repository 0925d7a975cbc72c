/**
 * Okta sends profiles as untrusted JSON, and the Okta SDK hands them over as
 * class instances. A record here is any object that is not an array or a
 * built-in such as a Date or a Map; only its own properties are ever read,
 * so keys such as `__proto__` or `constructor` mean nothing special.
 */
export type UntrustedRecord = Readonly<Record<string, unknown>>;

/** True when `value` is an object whose own properties can be read as fields. */
export function isUntrustedRecord(value: unknown): value is UntrustedRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }

  return Object.prototype.toString.call(value) === '[object Object]';
}

/** The value of `record`'s own property `key`, or undefined when it has none. */
export function readOwnValue(record: UntrustedRecord, key: string): unknown {
  if (!Object.hasOwn(record, key)) {
    return undefined;
  }

  return record[key];
}

/**
 * The own string property `key`, trimmed, with runs of whitespace and control
 * characters collapsed to one space; null when absent, not a string or blank.
 */
export function readCleanText(record: UntrustedRecord, key: string): string | null {
  const value = readOwnValue(record, key);
  if (typeof value !== 'string') {
    return null;
  }

  // Control characters count as spaces: a NUL or a stray tab in a name
  // would break the host's storage or display, and carries no meaning.
  const cleaned = value.replace(/[\s\p{Cc}]+/gu, ' ').trim();

  return cleaned === '' ? null : cleaned;
}
