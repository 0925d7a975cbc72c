import { describe, expect, it } from 'vitest';
import { calendarDateIn, isTimeZone } from '../../src/mapping/time-zone.js';

describe('isTimeZone', () => {
  describe('when given an IANA zone name', () => {
    it.each(['UTC', 'Europe/London', 'Pacific/Auckland', 'America/Argentina/Buenos_Aires'])(
      'accepts %s',
      (zone) => {
        expect(isTimeZone(zone)).toBe(true);
      },
    );
  });

  describe('when given anything else', () => {
    it.each(['', ' ', '+05:00', 'Mars/Olympus', 'Europe/London ', 'GMT+5h'])(
      'refuses %j',
      (zone) => {
        expect(isTimeZone(zone)).toBe(false);
      },
    );
  });
});

describe('calendarDateIn', () => {
  describe('when the zone is known', () => {
    it.each([
      ['2027-05-02T06:30:00Z', 'Pacific/Auckland', '2027-05-02'],
      ['2027-05-02T06:30:00Z', 'America/Los_Angeles', '2027-05-01'],
      ['2027-05-02T06:30:00Z', 'UTC', '2027-05-02'],
      ['0005-01-01T00:30:00Z', 'UTC', '0005-01-01'],
    ])('gives the date of %s in %s', (instant, zone, expected) => {
      expect(calendarDateIn(new Date(instant), zone)).toBe(expected);
    });
  });

  describe('when the date cannot be written as YYYY-MM-DD', () => {
    it.each([
      ['an unknown zone', new Date('2027-05-01T00:00:00Z'), 'Mars/Olympus'],
      ['an invalid date', new Date('nope'), 'UTC'],
      ['a year past 9999', new Date('9999-12-31T23:30:00Z'), 'Pacific/Auckland'],
      ['a year before 0', new Date('0000-01-01T00:30:00+01:00'), 'UTC'],
    ])('gives null for %s', (_title, instant, zone) => {
      expect(calendarDateIn(instant, zone)).toBeNull();
    });
  });
});
