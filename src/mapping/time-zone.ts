const zoneName = /^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*)$/;

// One formatter per zone: building one costs far more than using it, and
// an org carries a few dozen zones at most.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * True when `text` names an IANA time zone this runtime knows, such as
 * `Pacific/Auckland` or `UTC`. Offsets (`+05:00`) and blank text are not
 * zone names and give false.
 */
export function isTimeZone(text: string): boolean {
  return zoneName.test(text) && formatterFor(text) !== null;
}

/**
 * The calendar date `YYYY-MM-DD` that `instant` falls on in `timeZone`,
 * or null when the zone is unknown or the year is outside 0–9999.
 */
export function calendarDateIn(instant: Date, timeZone: string): string | null {
  const formatter = formatterFor(timeZone);
  if (formatter === null || Number.isNaN(instant.getTime())) {
    return null;
  }

  const parts = new Map(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const year = Number(parts.get('year'));
  if (parts.get('era') === 'BC' || !(year >= 0 && year <= 9999)) {
    return null;
  }

  return `${String(year).padStart(4, '0')}-${parts.get('month')}-${parts.get('day')}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) {
    return cached;
  }

  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);

    return formatter;
  } catch {
    return null;
  }
}
