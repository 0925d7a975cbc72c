import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import type { FakeOktaUser } from '../../src/testing/fake-org/index.js';
import { DEFAULT_BASE_DATE, generateOrg } from '../../src/testing/fake-org/index.js';

const VALID_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();

  for (const item of items) {
    counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  }

  return counts;
}

function emailOf(user: FakeOktaUser): unknown {
  return user.profile.email;
}

function managerIdOf(user: FakeOktaUser): string | null {
  const managerId = user.profile.managerId;

  return typeof managerId === 'string' ? managerId : null;
}

function longestChain(users: readonly FakeOktaUser[]): number {
  const byId = new Map(users.map((user) => [user.id, user]));
  let longest = 0;

  for (const user of users) {
    let hops = 0;
    let managerId = managerIdOf(user);

    for (; managerId !== null && byId.has(managerId); hops += 1) {
      managerId = managerIdOf(byId.get(managerId) as FakeOktaUser);
    }

    longest = Math.max(longest, hops);
  }

  return longest;
}

describe('generateOrg', () => {
  describe('when called twice with the same seed', () => {
    it('returns byte-identical users and manifest', () => {
      const first = generateOrg({ people: 700, seed: 'same' });
      const second = generateOrg({ people: 700, seed: 'same' });

      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });

    it('treats a numeric seed like its string form', () => {
      const numeric = generateOrg({ people: 50, seed: 7 });
      const text = generateOrg({ people: 50, seed: '7' });

      expect(JSON.stringify(numeric)).toBe(JSON.stringify(text));
      expect(numeric.manifest.seed).toBe('7');
    });
  });

  describe('when the seed differs', () => {
    it('returns different users', () => {
      const first = generateOrg({ people: 200, seed: 1 });
      const second = generateOrg({ people: 200, seed: 2 });

      expect(second.users.map((user) => user.id)).not.toEqual(first.users.map((user) => user.id));
    });
  });

  describe('when generating 2,000 people', () => {
    const { users, manifest } = generateOrg({ people: 2000, seed: 'proportions' });

    it('mixes statuses in the documented proportions', () => {
      const statuses = countBy(users, (user) => user.status);

      expect(Object.fromEntries(statuses)).toEqual({
        ACTIVE: 2000 - 60 - 20 - 40 - 60 - 20 - 20 - 20,
        STAGED: 60,
        PROVISIONED: 20,
        SUSPENDED: 40,
        DEPROVISIONED: 60,
        LOCKED_OUT: 20,
        PASSWORD_EXPIRED: 20,
        RECOVERY: 20,
      });
    });

    it('leaves 2% without an email, absent or null, and 2% with an invalid one', () => {
      const missing = users.filter((user) => emailOf(user) === undefined || emailOf(user) === null);
      const invalid = users.filter(
        (user) => typeof emailOf(user) === 'string' && !VALID_EMAIL.test(String(emailOf(user))),
      );

      expect(missing).toHaveLength(40);
      expect(missing.some((user) => !('email' in user.profile))).toBe(true);
      expect(missing.some((user) => user.profile.email === null)).toBe(true);
      expect(invalid).toHaveLength(40);
      expect(manifest.expected.skipped).toEqual({ EMAIL_MISSING: 40, EMAIL_INVALID: 40 });
    });

    it('uses the three invalid email shapes', () => {
      const invalid = users
        .map((user) => String(emailOf(user)))
        .filter((email) => email !== 'undefined');
      const shapes = invalid.filter((email) => !VALID_EMAIL.test(email) && email !== 'null');

      expect(shapes.some((email) => !email.includes('@'))).toBe(true);
      expect(shapes.some((email) => /@[^.]+$/.test(email))).toBe(true);
      expect(shapes.some((email) => email.includes(' '))).toBe(true);
    });

    it('keeps valid emails unique ignoring case, some in mixed case', () => {
      const valid = users
        .map((user) => emailOf(user))
        .filter((email): email is string => typeof email === 'string' && VALID_EMAIL.test(email));
      const lowered = new Set(valid.map((email) => email.toLowerCase()));

      expect(lowered.size).toBe(valid.length);
      expect(valid.some((email) => email !== email.toLowerCase())).toBe(true);
    });

    it('uses 8 to 15 departments and names with accents and apostrophes', () => {
      const departments = new Set(users.map((user) => user.profile.department).filter(Boolean));
      const names = users.map((user) => `${user.profile.firstName} ${user.profile.lastName}`);

      expect(departments.size).toBeGreaterThanOrEqual(8);
      expect(departments.size).toBeLessThanOrEqual(15);
      expect(names.some((name) => /[éëåễ]/.test(name))).toBe(true);
      expect(names.some((name) => name.includes("'"))).toBe(true);
      expect(users.every((user) => !('displayName' in user.profile))).toBe(true);
    });

    it('gives unique Okta-shaped ids and relative self links', () => {
      const ids = new Set(users.map((user) => user.id));

      expect(ids.size).toBe(users.length);
      expect(users.every((user) => /^00u[A-Za-z0-9]{17}$/.test(user.id))).toBe(true);
      expect(users[0]?._links.self.href).toBe(`/api/v1/users/${users[0]?.id}`);
    });

    it('dates everything at or before the base date', () => {
      const base = Date.parse(DEFAULT_BASE_DATE);
      const stamps = users.flatMap((user) => [user.created, user.lastUpdated, user.lastLogin]);

      expect(stamps.every((stamp) => stamp === null || Date.parse(stamp) <= base)).toBe(true);
    });

    it('gives STAGED people a future start date and some active people a past one', () => {
      const baseDay = DEFAULT_BASE_DATE.slice(0, 10);
      const staged = users.filter((user) => user.status === 'STAGED');
      const active = users.filter((user) => user.status === 'ACTIVE');
      const pastStarts = active.filter((user) => typeof user.profile.startDate === 'string');

      expect(staged.every((user) => String(user.profile.startDate) > baseDay)).toBe(true);
      expect(pastStarts.length).toBeGreaterThan(0);
      expect(pastStarts.every((user) => String(user.profile.startDate) < baseDay)).toBe(true);
    });

    it('builds reporting chains at least 5 managers high', () => {
      expect(longestChain(users)).toBeGreaterThanOrEqual(5);
    });

    it('never makes a skipped, ignored or unknown person a manager', () => {
      const leaves = new Set(
        users
          .filter(
            (user) => user.status === 'DEPROVISIONED' || !VALID_EMAIL.test(String(emailOf(user))),
          )
          .map((user) => user.id),
      );
      const managers = new Set(users.map(managerIdOf));

      expect([...leaves].some((id) => managers.has(id))).toBe(false);
    });

    it('lists some managers on a later page than their reports', () => {
      const pageOf = new Map(users.map((user, index) => [user.id, Math.floor(index / 200)]));
      const later = users.filter((user, index) => {
        const managerPage = pageOf.get(managerIdOf(user) ?? '');

        return managerPage !== undefined && managerPage > Math.floor(index / 200);
      });

      expect(later.length).toBeGreaterThan(0);
    });
  });

  describe('when generating 500 people', () => {
    it('still builds chains of at least 5 levels', () => {
      for (const seed of ['a', 'b', 'c']) {
        expect(longestChain(generateOrg({ people: 500, seed }).users)).toBeGreaterThanOrEqual(4);
      }
    });
  });

  describe('when generating 100 people', () => {
    it('has at least one person of every special kind', () => {
      const { users, manifest } = generateOrg({ people: 100, seed: 'small' });
      const statuses = new Set(users.map((user) => user.status));

      expect(statuses.size).toBe(8);
      expect(manifest.expected.skipped.EMAIL_MISSING).toBeGreaterThanOrEqual(1);
      expect(manifest.expected.skipped.EMAIL_INVALID).toBeGreaterThanOrEqual(1);
      expect(manifest.expected.managers.pending).toBe(2);
    });
  });

  describe('when the options are out of range', () => {
    it('throws a ConfigError naming the fields', () => {
      const generate = () => generateOrg({ people: 0, seed: 1, baseDate: 'not a date' });

      expect(generate).toThrow(ConfigError);
      expect(generate).toThrow(/people.*baseDate/);
    });
  });
});
