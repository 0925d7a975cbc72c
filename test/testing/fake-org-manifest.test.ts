import { describe, expect, it } from 'vitest';
import type { ExpectedStatus, FakeOktaUser } from '../../src/testing/fake-org/index.js';
import { generateOrg } from '../../src/testing/fake-org/index.js';

const HOST_STATUS: Record<string, ExpectedStatus> = {
  ACTIVE: 'active',
  PASSWORD_EXPIRED: 'active',
  LOCKED_OUT: 'active',
  RECOVERY: 'active',
  STAGED: 'pending',
  PROVISIONED: 'pending',
  SUSPENDED: 'suspended',
};

describe('generateOrg manifest', () => {
  const { users, manifest } = generateOrg({ people: 2000, seed: 'manifest' });
  const { expected } = manifest;
  const created = expected.created.active + expected.created.pending + expected.created.suspended;
  const byId = new Map(users.map((user) => [user.id, user]));

  describe('when the counts are added up', () => {
    it('accounts for every person once', () => {
      const skipped = expected.skipped.EMAIL_MISSING + expected.skipped.EMAIL_INVALID;

      expect(manifest.people).toBe(2000);
      expect(created + skipped + expected.ignored).toBe(2000);
      expect(expected.persons).toHaveLength(created);
      expect(expected.ignored).toBe(users.filter((user) => user.status === 'DEPROVISIONED').length);
    });

    it('sizes teams to sum to the people created with a team', () => {
      const withTeam = expected.persons.filter((person) => person.team !== null);
      const total = expected.teams.reduce((sum, team) => sum + team.size, 0);
      const names = expected.teams.map((team) => team.name);

      expect(total).toBe(withTeam.length);
      expect(names).toEqual([...names].sort());
      expect(withTeam.length).toBeLessThan(created);
    });

    it('counts resolved and pending managers', () => {
      const resolved = expected.persons.filter((person) => person.managerOktaId !== null);
      const pending = expected.persons.filter((person) => person.managerPending !== null);

      expect(expected.managers).toEqual({ resolved: resolved.length, pending: 2 });
      expect(pending).toHaveLength(2);
    });
  });

  describe('when each expected person is checked', () => {
    const createdIds = new Set(expected.persons.map((person) => person.oktaId));

    it('sorts them by oktaId', () => {
      const ids = expected.persons.map((person) => person.oktaId);

      expect(ids).toEqual([...ids].sort());
    });

    it('points every manager at an expected person, or leaves it pending', () => {
      for (const person of expected.persons) {
        if (person.managerOktaId !== null) {
          expect(createdIds.has(person.managerOktaId)).toBe(true);
        }

        if (person.managerPending !== null) {
          expect(byId.has(person.managerPending)).toBe(false);
          expect(person.managerOktaId).toBeNull();
        }
      }
    });

    it('agrees with the Okta JSON it describes', () => {
      for (const person of expected.persons) {
        const user = byId.get(person.oktaId) as FakeOktaUser;
        const { profile } = user;

        expect(person.email).toBe(profile.email);
        expect(person.fullName).toBe(`${profile.firstName} ${profile.lastName}`);
        expect(person.jobTitle).toBe(profile.title);
        expect(person.team).toBe(profile.department);
        expect(person.managerOktaId ?? person.managerPending).toBe(profile.managerId);
        expect(person.status).toBe(HOST_STATUS[user.status]);
        expect(person.startDate).toBe(profile.startDate ?? null);
      }
    });

    it('includes people without a title or team', () => {
      expect(expected.persons.some((person) => person.jobTitle === null)).toBe(true);
      expect(expected.persons.some((person) => person.team === null)).toBe(true);
    });
  });
});
