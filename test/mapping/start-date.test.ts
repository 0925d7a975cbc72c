import { describe, expect, it } from 'vitest';
import { toStartDate } from '../../src/mapping/start-date.js';

describe('toStartDate', () => {
  describe('when given a date-only text', () => {
    it.each([
      ['2027-05-01', '2027-05-01'],
      [' 2027-05-01 ', '2027-05-01'],
      ['2028-02-29', '2028-02-29'],
      ['0099-01-01', '0099-01-01'],
    ])('keeps %j as %s', (value, expected) => {
      expect(toStartDate(value)).toBe(expected);
    });

    it.each(['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10', '2027-5-1', '27-05-01'])(
      'drops the impossible or malformed %s',
      (value) => {
        expect(toStartDate(value)).toBeNull();
      },
    );
  });

  describe('when given a date-time with a zone', () => {
    it.each([
      ['2027-05-01T23:30:00-07:00', '2027-05-02'],
      ['2027-05-01T23:30:00-0700', '2027-05-02'],
      ['2027-05-01T00:30:00+02', '2027-04-30'],
      ['2027-05-01T12:00:00Z', '2027-05-01'],
      ['2027-05-01T12:00Z', '2027-05-01'],
      ['2027-05-01t12:00:00.123456789z', '2027-05-01'],
      ['2027-12-31T23:59:59.999-00:01', '2028-01-01'],
    ])('gives the UTC calendar date of %s', (value, expected) => {
      expect(toStartDate(value)).toBe(expected);
    });
  });

  describe('when given anything else', () => {
    it.each([
      ['a date-time without a zone', '2027-05-01T09:00:00'],
      ['an hour out of range', '2027-05-01T24:00:00Z'],
      ['an offset out of range', '2027-05-01T10:00:00+24:00'],
      ['a dangling offset colon', '2027-05-01T10:00:00+05:'],
      ['a day-first date', '01/05/2027'],
      ['free text', 'first Monday of May'],
      ['an empty string', ''],
      ['a year before 0000 once shifted to UTC', '0000-01-01T00:30:00+01:00'],
      ['a number', 20270501],
      ['a Date', new Date('2027-05-01T00:00:00Z')],
      ['null', null],
      ['an array', ['2027-05-01']],
    ])('gives null for %s', (_title, value) => {
      expect(toStartDate(value)).toBeNull();
    });
  });
});
