import { calendarDateIn } from '../mapping/time-zone.js';

/** Today's calendar date `YYYY-MM-DD` in `timeZone` at `now`; UTC's for an unknown zone. */
export function localDate(now: Date, timeZone: string): string {
  return calendarDateIn(now, timeZone) ?? now.toISOString().slice(0, 10);
}

/**
 * The instant a calendar date `YYYY-MM-DD` begins in `timeZone`: local
 * midnight, or the first instant of the day where a clock change skips
 * midnight.
 */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00.000Z`);
  const firstGuess = midnightUtc - offsetMs(midnightUtc, timeZone);
  // The offset at the guess may differ across a clock change; one more
  // step lands on the right side of it.
  const instant = midnightUtc - offsetMs(firstGuess, timeZone);

  return new Date(localDate(new Date(instant), timeZone) < date ? firstGuess : instant);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instantMs`. */
function offsetMs(instantMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(instantMs));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );

  return wall - Math.floor(instantMs / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter;
}
