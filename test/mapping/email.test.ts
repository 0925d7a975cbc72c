import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../src/mapping/email.js';

const label63 = 'a'.repeat(63);

describe('isValidEmail', () => {
  describe('when the address is well formed', () => {
    it.each([
      'jane@example.com',
      'Jane.Doe@Example.COM',
      'jane+lms@example.com',
      'josé@exämple.de',
      'jane@sub.example.co.uk',
      "o'brien@example.ie",
      'first_last-1@example-mail.com',
      'jane@123.example.org',
      'jane@example.xn--p1ai',
      'пользователь@пример.рф',
      `${'a'.repeat(64)}@example.com`,
      `jane@${label63}.com`,
      `jane@example.${'a'.repeat(63)}`,
      `jane@${[label63, label63, label63, 'a'.repeat(53)].join('.')}.com`,
    ])('accepts %s', (email) => {
      expect(isValidEmail(email)).toBe(true);
    });
  });

  describe('when the address breaks the rule', () => {
    it.each([
      ['jane.doe.example.com', 'no @'],
      ['a@b', 'a one-label domain'],
      ['jane doe@example.com', 'a space'],
      ['"jane"@example.com', 'quotes'],
      ['jane@@example.com', 'two @'],
      ['@example.com', 'an empty local part'],
      ['jane@', 'an empty domain'],
      ['jane@example', 'a domain without a dot'],
      ['jane@-example.com', 'a label starting with a hyphen'],
      ['jane@example-.com', 'a label ending with a hyphen'],
      ['.jane@example.com', 'a leading dot'],
      ['jane.@example.com', 'a trailing dot in the local part'],
      ['jane..doe@example.com', 'a double dot in the local part'],
      ['jane@example..com', 'an empty label'],
      ['jane@example.com.', 'a trailing dot in the domain'],
      ['jane@example.c', 'a one-letter last label'],
      ['jane@example.123', 'a numeric last label'],
      ['jane@[192.0.2.1]', 'an address literal'],
      ['jane,doe@example.com', 'a comma'],
      ['jane<doe>@example.com', 'angle brackets'],
      ['jane\u200b@example.com', 'a zero-width space'],
      ['jane\u00a0doe@example.com', 'a no-break space'],
      ['jane\u0000@example.com', 'a NUL'],
      [' jane@example.com', 'untrimmed space'],
      [`${'a'.repeat(65)}@example.com`, 'a 65-character local part'],
      [`jane@${'a'.repeat(64)}.com`, 'a 64-character label'],
      [`jane@example.${'a'.repeat(64)}`, 'a 64-letter last label'],
      ['jane@example.co-', 'a last label ending with a hyphen'],
      [`jane@${[label63, label63, label63, 'a'.repeat(54)].join('.')}.com`, '255 characters'],
    ])('rejects %s (%s)', (email) => {
      expect(isValidEmail(email)).toBe(false);
    });
  });

  // Lengths are code points: a character outside the Basic Multilingual
  // Plane takes two UTF-16 units, so a text longer in units may still fit.
  describe('when characters take two UTF-16 units', () => {
    const wide = '\u{1F600}';

    it('accepts a local part of 64 such characters', () => {
      expect(isValidEmail(`${wide.repeat(64)}@example.com`)).toBe(true);
    });

    it('rejects a local part of 65 such characters', () => {
      expect(isValidEmail(`${wide.repeat(65)}@example.com`)).toBe(false);
    });
  });
});
