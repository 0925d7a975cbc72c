import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createFakeOrg, type FakeOrg, handleRequest } from '../../src/testing/fake-org/index.js';
import { linkOf, makeUser } from './fake-org-helpers.js';

const ORIGIN = 'https://fake.okta.test';
const NOW = new Date('2026-02-01T12:00:00.000Z');

function orgOf(count: number): FakeOrg {
  const users = Array.from({ length: count }, (_, index) =>
    makeUser(`00u${index + 1}`, 'ACTIVE', '2026-01-01T00:00:00.000Z'),
  );

  return createFakeOrg({ users, clock: { now: () => NOW } });
}

async function list(org: FakeOrg, url: string): Promise<{ ids: string[]; next: string | null }> {
  const headers = { Authorization: `SSWS ${org.token}` };
  const response = await handleRequest(org, new Request(url, { headers }));
  const users = (await response.json()) as OktaUser[];

  return { ids: users.map((user) => user.id), next: linkOf(response, 'next') };
}

describe('FakeOrg', () => {
  describe('when built from given users', () => {
    it('keeps their order and has no manifest', () => {
      const org = orgOf(3);

      expect([...org.users.keys()]).toEqual(['00u1', '00u2', '00u3']);
      expect(org.manifest).toBeNull();
    });
  });

  describe('when a user is updated', () => {
    it('merges the profile and bumps lastUpdated and statusChanged', () => {
      const org = orgOf(2);
      const updated = org.updateUser('00u2', { status: 'SUSPENDED', profile: { title: 'Boss' } });

      expect(updated).toMatchObject({
        status: 'SUSPENDED',
        lastUpdated: NOW.toISOString(),
        statusChanged: NOW.toISOString(),
        profile: { title: 'Boss', email: '00u2@example.com' },
      });
      expect(org.users.get('00u2')).toBe(updated);
    });

    it('shows up in a lastUpdated filter and keeps its place', async () => {
      const org = orgOf(3);
      org.updateUser('00u2', { profile: { lastName: 'Changed' } });
      const filter = encodeURIComponent('lastUpdated gt "2026-01-01T00:00:00.000Z"');

      expect((await list(org, `${ORIGIN}/api/v1/users?filter=${filter}`)).ids).toEqual(['00u2']);
      expect((await list(org, `${ORIGIN}/api/v1/users`)).ids).toEqual(['00u1', '00u2', '00u3']);
    });

    it('leaves the plain list once DEPROVISIONED', async () => {
      const org = orgOf(3);
      await list(org, `${ORIGIN}/api/v1/users`);
      org.updateUser('00u1', { status: 'DEPROVISIONED' });

      expect((await list(org, `${ORIGIN}/api/v1/users`)).ids).toEqual(['00u2', '00u3']);
    });

    it('throws a ConfigError for an unknown id', () => {
      expect(() => orgOf(1).updateUser('00uNope', { status: 'ACTIVE' })).toThrow(ConfigError);
    });
  });

  describe('when users change between pages', () => {
    it('resumes after the cursor, skipping removed and adding appended users', async () => {
      const org = orgOf(4);
      const first = await list(org, `${ORIGIN}/api/v1/users?limit=2`);
      org.removeUser('00u3');
      org.addUser(makeUser('00u9', 'ACTIVE', '2026-01-20T00:00:00.000Z'));
      const second = await list(org, first.next ?? '');

      expect(first.ids).toEqual(['00u1', '00u2']);
      expect(second.ids).toEqual(['00u4', '00u9']);
      expect(second.next).toBeNull();
    });
  });

  describe('when a user is added twice', () => {
    it('throws a ConfigError', () => {
      const org = orgOf(1);

      expect(() => org.addUser(makeUser('00u1', 'ACTIVE', NOW.toISOString()))).toThrow(ConfigError);
    });
  });

  describe('when all users are replaced', () => {
    it('serves only the new ones and tells removal apart', async () => {
      const org = orgOf(3);
      org.setUsers([makeUser('00uA', 'STAGED', NOW.toISOString())]);

      expect((await list(org, `${ORIGIN}/api/v1/users`)).ids).toEqual(['00uA']);
      expect(org.removeUser('00u1')).toBe(false);
      expect(org.removeUser('00uA')).toBe(true);
      expect(org.users.size).toBe(0);
    });
  });

  describe('when created with an empty token', () => {
    it('throws a ConfigError', () => {
      expect(() => createFakeOrg({ token: ' ', users: [] })).toThrow(ConfigError);
    });
  });
});
