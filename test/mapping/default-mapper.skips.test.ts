import { describe, expect, it } from 'vitest';
import { expectSkip, mapUntrusted } from './mapping-harness.js';

const profile = { email: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' };

describe('createDefaultMapper', () => {
  describe('when a person is skipped', () => {
    it('tells the admin to add a missing email in Okta', () => {
      const skip = expectSkip(mapUntrusted({ id: '00u1', status: 'ACTIVE', profile: {} }));

      expect(skip).toStrictEqual({
        oktaId: '00u1',
        code: 'EMAIL_MISSING',
        reason: 'Okta has no email for this person: add one in Okta (Directory › People)',
      });
    });

    it('quotes an invalid email and says where to correct it', () => {
      const user = { id: '00u1', status: 'ACTIVE', profile: { email: 'jane@example' } };

      const skip = expectSkip(mapUntrusted(user));

      expect(skip.code).toBe('EMAIL_INVALID');
      expect(skip.reason).toBe(
        'The email "jane@example" is not a valid address: correct it in Okta (Directory › People)',
      );
    });

    it('escapes control characters and shortens a long invalid email', () => {
      const email = `\u0000${'x'.repeat(200)}@example.com`;
      const user = { id: '00u1', status: 'ACTIVE', profile: { email } };

      const { reason } = expectSkip(mapUntrusted(user));

      expect(reason).toContain('"\\u0000xxx');
      expect(reason).toContain('…"');
      expect(reason.length).toBeLessThan(200);
    });

    it('names an unknown status', () => {
      const skip = expectSkip(mapUntrusted({ id: '00u1', status: 'ARCHIVED', profile }));

      expect(skip.code).toBe('PROFILE_INVALID');
      expect(skip.reason).toContain('"ARCHIVED"');
    });

    it('says when the status is missing', () => {
      const skip = expectSkip(mapUntrusted({ id: '00u1', profile }));

      expect(skip.reason).toMatch(/^Okta sent no status for this person/);
    });

    it('says when the status is not text', () => {
      const skip = expectSkip(mapUntrusted({ id: '00u1', status: 7, profile }));

      expect(skip.reason).toMatch(/^Okta sent a status that is not text/);
    });

    it('reports a non-string id as its text', () => {
      const skip = expectSkip(mapUntrusted({ id: 17, status: 'ACTIVE', profile }));

      expect(skip).toMatchObject({ oktaId: '17', code: 'PROFILE_INVALID' });
    });
  });

  describe('when the input is not an Okta user at all', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a string', '00u1'],
      ['a number', 42],
      ['an array', [{ id: '00u1', status: 'ACTIVE', profile }]],
      ['a Date', new Date()],
      ['an object with a null prototype', Object.create(null)],
    ])('skips %s as PROFILE_INVALID with an empty id', (_title, input) => {
      const skip = expectSkip(mapUntrusted(input));

      expect(skip).toMatchObject({ oktaId: '', code: 'PROFILE_INVALID' });
    });
  });

  describe('when reading the input throws', () => {
    it('skips a user whose profile getter throws', () => {
      const user = { id: '00u1', status: 'ACTIVE' };
      Object.defineProperty(user, 'profile', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });

      const skip = expectSkip(mapUntrusted(user));

      expect(skip).toMatchObject({ oktaId: '00u1', code: 'PROFILE_INVALID' });
      expect(skip.reason).not.toContain('boom');
    });

    it('skips a proxy that throws on every access', () => {
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw new Error('get');
          },
          getOwnPropertyDescriptor: () => {
            throw new Error('descriptor');
          },
          getPrototypeOf: () => {
            throw new Error('prototype');
          },
        },
      );

      const skip = expectSkip(mapUntrusted(hostile));

      expect(skip).toMatchObject({ oktaId: '', code: 'PROFILE_INVALID' });
    });

    it('skips an id that cannot become text', () => {
      const id = Object.create(null);

      const skip = expectSkip(mapUntrusted({ id, status: 'ACTIVE', profile }));

      expect(skip).toMatchObject({ oktaId: '', code: 'PROFILE_INVALID' });
    });
  });
});
