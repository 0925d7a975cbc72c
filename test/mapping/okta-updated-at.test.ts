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
});
