import { formatCalendarDate, parseCalendarDate, parseZonedDateTime } from './iso-dates.js';

/**
 * A person's start date as `YYYY-MM-DD`, read from an Okta attribute value:
 * - a date-only `YYYY-MM-DD` that is a real calendar date is kept as is;
 * - an ISO 8601 date-time with `Z` or an offset becomes its UTC calendar
 *   date, so `2027-05-01T23:30:00-07:00` gives `2027-05-02`;
 * - anything else (a date-time without a zone, `2027-02-30`, a number,
 *   free text) gives null.
 *
 * Surrounding whitespace is ignored.
 *
 * Note: a date-time is read in UTC, so a start at 23:30 in California lands
 * on the next day. Store the start date as a date-only attribute in Okta to
 * avoid that.
 */
export function toStartDate(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }

  const text = value.trim();
  if (parseCalendarDate(text) !== null) {
    return text;
  }

  const instant = parseZonedDateTime(text);

  return instant === null ? null : formatCalendarDate(instant);
}
