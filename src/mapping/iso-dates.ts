const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

// Date, `T`, time to the minute with optional seconds and fraction, then a
// zone: `Z` or an offset written `+hh:mm`, `+hhmm` or `+hh`.
const zonedDateTime = new RegExp(
  [
    '^(\\d{4}-\\d{2}-\\d{2})',
    'T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?',
    '(?:(Z)|([+-])(\\d{2})(?::?(\\d{2}))?)$',
  ].join(''),
  'i',
);

const msPerMinute = 60_000;

/**
 * The UTC midnight of a `YYYY-MM-DD` text that names a real calendar date
 * (`2027-02-30` does not); null for anything else.
 */
export function parseCalendarDate(text: string): Date | null {
  const match = calendarDate.exec(text);
  if (match === null) {
    return null;
  }

  const [, year, month, day] = match.map(Number);

  return buildUtcDate(year ?? Number.NaN, month ?? Number.NaN, day ?? Number.NaN);
}

/**
 * The instant named by an ISO 8601 date-time that carries its zone (`Z` or
 * an offset); null when the text has no zone, since its instant would then
 * depend on the machine reading it, or when any part is out of range.
 */
export function parseZonedDateTime(text: string): Date | null {
  const match = zonedDateTime.exec(text);
  const day = parseCalendarDate(match?.[1] ?? '');
  if (match === null || day === null) {
    return null;
  }

  const [, , hours, minutes, seconds, fraction, utc, sign, offsetHours, offsetMinutes] = match;
  const timeMs = toTimeMs(hours, minutes, seconds, fraction);
  const offsetMs = utc === undefined ? toOffsetMs(sign, offsetHours, offsetMinutes) : 0;
  if (timeMs === null || offsetMs === null) {
    return null;
  }

  return new Date(day.getTime() + timeMs - offsetMs);
}

/** `date`'s UTC calendar date as `YYYY-MM-DD`; null outside years 0–9999. */
export function formatCalendarDate(date: Date): string | null {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    return null;
  }

  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();

  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function buildUtcDate(year: number, month: number, day: number): Date | null {
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 to 19xx.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);

  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;

  return isSameDay ? date : null;
}

function toTimeMs(hours = '', minutes = '', seconds = '0', fraction = '0'): number | null {
  const [h, m, s] = [Number(hours), Number(minutes), Number(seconds)];
  if (h > 23 || m > 59 || s > 59) {
    return null;
  }

  // Fractions finer than a millisecond are cut, as Date cannot hold them.
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));

  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}

function toOffsetMs(sign = '+', hours = '', minutes = '00'): number | null {
  const [h, m] = [Number(hours), Number(minutes)];
  if (h > 23 || m > 59) {
    return null;
  }

  const direction = sign === '-' ? -1 : 1;

  return direction * (h * 60 + m) * msPerMinute;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
