import { describe, expect, it } from 'vitest';
import { toPersonStatus } from '../../src/mapping/status-policy.js';

describe('toPersonStatus', () => {
  describe('when given a documented Okta status', () => {
    it.each([
      ['ACTIVE', 'active'],
      ['PASSWORD_EXPIRED', 'active'],
      ['LOCKED_OUT', 'active'],
      ['RECOVERY', 'active'],
      ['STAGED', 'pending'],
      ['PROVISIONED', 'pending'],
      ['SUSPENDED', 'suspended'],
      ['DEPROVISIONED', 'deactivated'],
    ])('maps %s to %s', (oktaStatus, expected) => {
      expect(toPersonStatus(oktaStatus)).toBe(expected);
    });
  });

  describe('when given anything else', () => {
    it.each(['active', 'ARCHIVED', '', 'constructor', '__proto__', null, 3, ['ACTIVE']])(
      'returns null for %j',
      (oktaStatus) => {
        expect(toPersonStatus(oktaStatus)).toBeNull();
      },
    );
  });
});
