import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { storePages } from '../../src/ports/store-pages.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ChangesDirectory } from '../support/changes-directory.js';

const tenantId = 'acme';
const fullSyncAt = '2026-08-01T00:00:00.000Z';
const changedAt = Date.parse('2026-08-02T00:00:00.000Z');

// Small pools, so references collide: several people on one email or
// employee number (ambiguous), people naming each other (loops), and
// references nobody holds (pending).
const emails = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'];
const numbers = ['E1', 'E2', 'E3'];

/** How one person names their manager: by another person's index. */
type Reference =
  | { by: 'none' }
  | { by: 'ghost' }
  | { by: 'oktaId' | 'email' | 'employeeNumber' | 'login'; of: number };

interface Person {
  email: number;
  number: number;
  reference: Reference;
  gone: boolean;
}

type Change =
  | { kind: 'retitle'; who: number }
  | { kind: 'refer'; who: number; reference: Reference }
  | { kind: 'email'; who: number; email: number }
  | { kind: 'status'; who: number; gone: boolean }
  | { kind: 'join'; person: Person };

const reference = (people: number): fc.Arbitrary<Reference> =>
  fc.oneof(
    fc.constant<Reference>({ by: 'none' }),
    fc.constant<Reference>({ by: 'ghost' }),
    fc.record({
      by: fc.constantFrom('oktaId' as const, 'email' as const, 'employeeNumber' as const),
      of: fc.nat(people + 2),
    }),
    fc.record({ by: fc.constant('login' as const), of: fc.nat(people + 2) }),
  );

const person = (people: number): fc.Arbitrary<Person> =>
  fc.record({
    email: fc.nat(emails.length + 8),
    number: fc.nat(numbers.length + 4),
    reference: reference(people),
    gone: fc.nat(9).map((draw) => draw < 2),
  });

const change = (people: number): fc.Arbitrary<Change> =>
  fc.oneof(
    fc.record({ kind: fc.constant('retitle' as const), who: fc.nat(people - 1) }),
    fc.record({
      kind: fc.constant('refer' as const),
      who: fc.nat(people - 1),
      reference: reference(people),
    }),
    fc.record({
      kind: fc.constant('email' as const),
      who: fc.nat(people - 1),
      email: fc.nat(emails.length + 8),
    }),
    fc.record({
      kind: fc.constant('status' as const),
      who: fc.nat(people - 1),
      gone: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('join' as const), person: person(people) }),
  );

const scenario = fc.integer({ min: 2, max: 10 }).chain((size) =>
  fc.record({
    people: fc.array(person(size), { minLength: size, maxLength: size }),
    changes: fc.array(change(size), { minLength: 1, maxLength: 6 }),
  }),
);

function idOf(index: number): string {
  return `00u${String(index).padStart(17, '0')}`;
}

// Pool indexes past the pool give an address of the person's own.
function emailOf(index: number, email: number): string {
  return emails[email] ?? `own.${index}@example.com`;
}

function referenceValue(ref: Reference, users: readonly OktaUser[]): string | null {
  if (ref.by === 'none') return null;
  if (ref.by === 'ghost') return 'ghost@example.com';

  const target = users[ref.of % users.length] as OktaUser;
  const value = ref.by === 'oktaId' ? target.id : target.profile[ref.by];

  // Emails and logins match ignoring case.
  return ref.by === 'email' ? String(value).toUpperCase() : String(value);
}

function userOf(index: number, given: Person): OktaUser {
  const email = emailOf(index, given.email);

  return {
    id: idOf(index),
    status: given.gone ? 'DEPROVISIONED' : 'ACTIVE',
    lastUpdated: '2026-07-01T00:00:00.000Z',
    profile: {
      firstName: 'Person',
      lastName: String(index),
      email,
      login: `login.${index}@example.com`,
      employeeNumber: numbers[given.number] ?? `own-${index}`,
      title: 'Engineer',
      department: 'Engineering',
    },
  };
}

function withReferences(users: OktaUser[], people: readonly Person[]): OktaUser[] {
  return users.map((user, index) => {
    const ref = referenceValue(people[index]?.reference ?? { by: 'none' }, users);

    return { ...user, profile: { ...user.profile, managerId: ref } };
  });
}

/** The users after the changes, each changed one stamped a second later. */
function applyChanges(users: OktaUser[], changes: readonly Change[]): OktaUser[] {
  const next = users.map((user) => ({ ...user, profile: { ...user.profile } }));

  changes.forEach((step, order) => {
    const lastUpdated = new Date(changedAt + order * 1000).toISOString();

    if (step.kind === 'join') {
      const joiner = userOf(next.length, step.person);
      const managerId = referenceValue(step.person.reference, [...next, joiner]);
      next.push({ ...joiner, lastUpdated, profile: { ...joiner.profile, managerId } });
      return;
    }

    const user = next[step.who] as OktaUser;
    user.lastUpdated = lastUpdated;

    if (step.kind === 'retitle') user.profile.title = `Title ${order}`;
    if (step.kind === 'refer') user.profile.managerId = referenceValue(step.reference, next);
    if (step.kind === 'email') user.profile.email = emailOf(step.who, step.email);
    if (step.kind === 'status') user.status = step.gone ? 'DEPROVISIONED' : 'ACTIVE';
  });

  return next;
}

async function managersIn(store: SyncStore): Promise<Map<string | null, string | null>> {
  const managers = new Map<string | null, string | null>();
  const query = (page: { after?: string; limit: number }) => store.listPeople(tenantId, page);

  for await (const page of storePages(query)) {
    for (const row of page) managers.set(row.oktaId, row.managerOktaId);
  }

  return managers;
}

/** A full sync of `before`, then `after` applied by a sync of `kind`. */
async function syncThrough(before: OktaUser[], after: OktaUser[], kind: 'full' | 'incremental') {
  const store = createMemoryStore();
  const directory = new ChangesDirectory(before, { pageSize: 3 });
  const clock = { now: () => new Date(fullSyncAt) };
  const engine = createSyncEngine({ store, directory, clock });
  await engine.fullSync({ tenantId, force: true });

  directory.users = after;
  const report: SyncReport =
    kind === 'full'
      ? await engine.fullSync({ tenantId, force: true })
      : await engine.incrementalSync({ tenantId });

  return { report, managers: await managersIn(store) };
}

describe('incremental manager resolution', () => {
  describe('when random people change after a full sync', () => {
    it('leaves every manager as a full sync of the same changes does', async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ people, changes }) => {
          const base = withReferences(
            people.map((given, index) => userOf(index, given)),
            people,
          );
          const after = applyChanges(base, changes);

          const full = await syncThrough(base, after, 'full');
          const incremental = await syncThrough(base, after, 'incremental');

          expect(incremental.report).toMatchObject({ kind: 'incremental', status: 'succeeded' });
          expect(full.report.status).toBe('succeeded');
          expect(incremental.managers).toEqual(full.managers);
          expect(incremental.report.managers).toEqual({
            resolved: expect.any(Number),
            pending: full.report.managers?.pending,
          });
        }),
        { numRuns: 1000 },
      );
    });
  });
});
