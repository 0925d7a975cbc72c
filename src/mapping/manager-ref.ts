/**
 * How Okta refers to a person's manager (by default the manager's Okta id,
 * from `managerId`), or null when there is none: a string is trimmed, a
 * finite number becomes its decimal text, and anything else is ignored.
 */
export function toManagerRef(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : null;
  }

  if (typeof value !== 'string') {
    return null;
  }

  const ref = value.trim();

  return ref === '' ? null : ref;
}
