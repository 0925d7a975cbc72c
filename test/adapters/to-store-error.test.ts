import { describe, expect, it } from 'vitest';
import { toStoreError } from '../../src/adapters/postgres/to-store-error.js';
import { StoreError } from '../../src/errors/store-error.js';

function driverError(code: string, message: string) {
  return Object.assign(new Error(message), { code });
}

describe('toStoreError', () => {
  describe('when the database named in the URL does not exist', () => {
    it('says so and what to fix, keeping the driver error as cause', () => {
      const cause = driverError('3D000', 'database "nope" does not exist');

      const error = toStoreError('migrate its schema', cause);

      expect(error).toBeInstanceOf(StoreError);
      expect(error.message).toBe(
        'The store failed to connect to its database (SQLSTATE 3D000): the database does not ' +
          'exist: create it, or fix the database name in the URL',
      );
      expect(error.cause).toBe(cause);
    });
  });

  describe('when the password is refused', () => {
    it('points at the credentials in the URL', () => {
      const error = toStoreError('list people', driverError('28P01', 'password failed'));

      expect(error.message).toMatch(/\(SQLSTATE 28P01\): .*credentials in the URL$/);
    });
  });

  describe('when the state is one a running store meets (a unique violation)', () => {
    it('names the operation and state only, never the driver text, which may quote rows', () => {
      const cause = driverError('23505', 'Key (okta_id)=(00uSecret) already exists');

      expect(toStoreError('save people', cause).message).toBe(
        'The store failed to save people (SQLSTATE 23505)',
      );
    });
  });

  describe('when the error is already a StoreError', () => {
    it('passes it unchanged', () => {
      const original = new StoreError('already wrapped');

      expect(toStoreError('list people', original)).toBe(original);
    });
  });
});
