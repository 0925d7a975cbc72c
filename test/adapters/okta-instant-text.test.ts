import { describe, expect, it } from 'vitest';
import { oktaInstantText } from '../../src/adapters/postgres/okta-instant-text.js';

describe('oktaInstantText', () => {
  describe("when the text is in Okta's own form", () => {
    it('gives the instant with milliseconds', () => {
      expect(oktaInstantText('2026-03-02T10:00:00.000Z')).toBe('2026-03-02T10:00:00.000Z');
      expect(oktaInstantText('2026-03-02T10:00:00Z')).toBe('2026-03-02T10:00:00.000Z');
      expect(oktaInstantText('2026-03-02T10:00:00.5Z')).toBe('2026-03-02T10:00:00.500Z');
    });
  });

  describe('when the text is another form, or names no real time', () => {
    it('gives null, leaving the reading to PostgreSQL', () => {
      const others = [
        '2026-03-02T10:00:00.000+02:00',
        '2026-03-02 10:00:00+00',
        '2026-02-30T00:00:00Z',
        '2026-03-02T24:00:00Z',
        '2026-03-02T10:00:60Z',
        '0999-01-01T00:00:00Z',
        '2026-03-02T10:00:00.0001Z',
        'yesterday',
      ];

      expect(others.map(oktaInstantText)).toEqual(others.map(() => null));
      expect(oktaInstantText(null)).toBeNull();
    });
  });
});
