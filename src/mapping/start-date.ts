import { parseCalendarDate, parseZonedDateTime } from './iso-dates.js';
import { calendarDateIn } from './time-zone.js';

/**
 * A person's start date as `YYYY-MM-DD`, read from an Okta attribute value:
 * - a date-only `YYYY-MM-DD` that is a real calendar date is a local date
 *   in the person's zone and is kept as is, so `2027-05-01` is 1 May
 *   wherever they work;
 * - an ISO 8601 date-time with `Z` or an offset becomes the calendar date
 *   of that instant in `timeZone` (the person's zone), so
 *   `2027-05-01T23:30:00-07:00` is 1 May in Los Angeles and 2 May in
 *   Auckland;
 * - anything else (a date-time without a zone, `2027-02-30`, a number,
 *   free text) gives null.
 *
 * Surrounding whitespace is ignored. `timeZone` must be a valid IANA zone
 * (see `isTimeZone`); it defaults to UTC.
 */
export function toStartDate(value: unknown, timeZone = 'UTC'): string | null {
  if (typeof value !== 'string') {
    return null;
  }

  const text = value.trim();
  if (parseCalendarDate(text) !== null) {
    return text;
  }

  const instant = parseZonedDateTime(text);

  return instant === null ? null : calendarDateIn(instant, timeZone);
}
