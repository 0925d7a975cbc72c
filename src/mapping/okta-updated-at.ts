import { parseCalendarDate, parseZonedDateTime } from './iso-dates.js';

/**
 * Okta's `lastUpdated` as an ISO 8601 UTC timestamp
 * (`2013-07-02T21:36:25.344Z`), or null when it is absent or not a date.
 *
 * Accepts what Okta sends (a date-time with `Z` or an offset), a date-only
 * `YYYY-MM-DD` (read as UTC midnight) and a valid `Date`, which the Okta SDK
 * produces. A date-time without a zone is refused: its instant would depend
 * on the machine reading it.
 */
export function toOktaUpdatedAt(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  }

  if (typeof value !== 'string') {
    return null;
  }

  const text = value.trim();
  const instant = parseZonedDateTime(text) ?? parseCalendarDate(text);

  return instant === null ? null : instant.toISOString();
}
