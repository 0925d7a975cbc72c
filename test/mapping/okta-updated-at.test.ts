import { describe, expect, it } from 'vitest';
import { toOktaUpdatedAt } from '../../src/mapping/okta-updated-at.js';

describe('toOktaUpdatedAt', () => {
  describe('when given a date Okta or its SDK would send', () => {
    it.each([
      ['Okta wire text', '2013-07-02T21:36:25.344Z', '2013-07-02T21:36:25.344Z'],
      ['an offset', '2027-05-01T10:00:00+02:00', '2027-05-01T08:00:00.000Z'],
      ['a date only', '2027-05-01', '2027-05-01T00:00:00.000Z'],
      ['a Date from the SDK', new Date('2022-05-05T18:15:44.000Z'), '2022-05-05T18:15:44.000Z'],
    ])('returns ISO 8601 UTC for %s', (_title, value, expected) => {
      expect(toOktaUpdatedAt(value)).toBe(expected);
    });
  });

  describe('when the value is not a usable date', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['an invalid Date', new Date('nope')],
      ['a local date-time', '2027-05-01T10:00:00'],
      ['text that Date.parse would guess at', 'May 1, 2027'],
      ['a number', 1_800_000_000_000],
      ['an impossible date', '2027-02-30T00:00:00Z'],
    ])('returns null for %s', (_title, value) => {
      expect(toOktaUpdatedAt(value)).toBeNull();
    });
  });

  // Okta's own form is returned as it is once it proves a real instant;
  // these look like it but are not, so they must not slip through.
  describe("when the text has Okta's form but names no real instant", () => {
    it.each([
      ['the 30th of February', '2027-02-30T10:00:00.000Z'],
      ['hour 24', '2027-05-01T24:00:00.000Z'],
      ['second 60', '2027-05-01T10:00:60.000Z'],
      ['month 13', '2027-13-01T10:00:00.000Z'],
      ['month 00', '2027-00-01T10:00:00.000Z'],
      ['day 00', '2027-05-00T10:00:00.000Z'],
      ['the 31st of April', '2027-04-31T10:00:00.000Z'],
      ['the 29th of February in 2023', '2023-02-29T10:00:00.000Z'],
      ['the 29th of February in 1900', '1900-02-29T10:00:00.000Z'],
      ['minute 60', '2027-05-01T10:60:00.000Z'],
    ])('returns null for %s', (_title, value) => {
      expect(toOktaUpdatedAt(value)).toBeNull();
    });
  });

  describe("when the text has Okta's form around a blank or in lower case", () => {
    it.each([
      ['padded', '  2013-07-02T21:36:25.344Z ', '2013-07-02T21:36:25.344Z'],
      ['lower case', '2013-07-02t21:36:25.344z', '2013-07-02T21:36:25.344Z'],
      ['year 0000', '0000-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z'],
      ['a leap day', '2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
      ['a leap day in 2000', '2000-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z'],
      ['the 31st of December', '2027-12-31T12:00:00.000Z', '2027-12-31T12:00:00.000Z'],
    ])('returns the same instant for %s', (_title, value, expected) => {
      expect(toOktaUpdatedAt(value)).toBe(expected);
    });
  });
});
