import { parseCalendarDate, parseZonedDateTime } from './iso-dates.js';

// Okta's own form, `2013-07-02T21:36:25.344Z`: year, month, day, hours,
// minutes and seconds captured.
const canonicalUtc = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

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

  // Okta's own form is already the answer when every part is in range:
  // checked by arithmetic, as building a Date per person costs more.
  if (isCanonicalInstant(text)) {
    return text;
  }

  const instant = parseZonedDateTime(text) ?? parseCalendarDate(text);

  return instant === null ? null : instant.toISOString();
}

function isCanonicalInstant(text: string): boolean {
  const match = canonicalUtc.exec(text);
  if (match === null) {
    return false;
  }

  // Every group is present once the pattern matched; the defaults only
  // satisfy the type checker.
  const parts = match.map(Number);
  const [, year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = parts;
  const inDay = hours <= 23 && minutes <= 59 && seconds <= 59;

  return inDay && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar; 0 for no month. */
function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) {
    return 0;
  }

  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
