import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../src/engine/sync-report.js';
import type { ManagerMatch } from '../../src/mapping/mapper-policy.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { managerSetup } from '../managers/manager-harness.js';

// People carry no employee number, so trying it first finds nobody and
// matching falls through to Okta ids exactly as the default order does;
// only the early resolution (Okta ids first) differs between the two.
const early: ManagerMatch[] = ['oktaId', 'login', 'email', 'employeeNumber'];
const passOnly: ManagerMatch[] = ['employeeNumber', 'oktaId', 'login', 'email'];

/**
 * Who a person names: someone ranked above them, anyone at all (which can
 * close a loop), nobody known, or themselves.
 */
type Reference = { to: 'above' | 'anyone'; pick: number } | { to: 'ghost' | 'self' | 'none' };

interface Member {
  rank: number;
  reference: Reference;
  gone: boolean;
}

const reference: fc.Arbitrary<Reference> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ to: fc.constant('above' as const), pick: fc.nat(99) }) },
  { weight: 2, arbitrary: fc.record({ to: fc.constant('anyone' as const), pick: fc.nat(99) }) },
  fc.record({ to: fc.constantFrom('ghost' as const, 'self' as const, 'none' as const) }),
);

const member: fc.Arbitrary<Member> = fc.record({
  rank: fc.nat(1000),
  reference,
  gone: fc.nat(9).map((draw) => draw === 0),
});

interface Scenario {
  first: Member[];
  joiners: [Member, number][];
  leavers: number[];
  pageSize: number;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  first: fc.array(member, { minLength: 1, maxLength: 14 }),
  joiners: fc.array(fc.tuple(member, fc.nat(20)), { maxLength: 5 }),
  leavers: fc.array(fc.nat(20), { maxLength: 3 }),
  pageSize: fc.integer({ min: 1, max: 4 }),
});

function idOf(index: number): string {
  return `00u${String(index).padStart(17, '0')}`;
}

// Ranks order most of the org chart (a person names someone ranked
// above); references to anyone add loops, some through people new to the
// second run, which is where early links and the pass could disagree.
function managerIdOf(index: number, members: readonly Member[]): string | null {
  const self = members[index] as Member;
  const { reference: ref } = self;
  if (ref.to === 'anyone') return idOf(ref.pick % members.length);
  if (ref.to !== 'above') return otherReference(ref.to, index);

  const above = members.flatMap((other, at) => (other.rank < self.rank ? [at] : []));
  const chosen = above[ref.pick % Math.max(above.length, 1)];

  return chosen === undefined ? null : idOf(chosen);
}

function otherReference(to: 'ghost' | 'self' | 'none', index: number): string | null {
  if (to === 'none') return null;

  return to === 'ghost' ? '00uNOBODY000000000001' : idOf(index);
}

function usersOf(members: readonly Member[], order: readonly number[]): OktaUser[] {
  return order.map((index) => ({
    id: idOf(index),
    status: members[index]?.gone ? 'DEPROVISIONED' : 'ACTIVE',
    lastUpdated: '2026-07-01T00:00:00.000Z',
    profile: {
      firstName: 'Person',
      lastName: String(index),
      email: `person.${index}@example.com`,
      login: `person.${index}@example.com`,
      managerId: managerIdOf(index, members),
    },
  }));
}

/** The second run's org: joiners slotted in, some people gone. */
function secondOrg(input: Scenario) {
  const members = [...input.first, ...input.joiners.map(([joiner]) => joiner)];
  const order = input.first.map((_, index) => index);

  input.joiners.forEach(([, at], offset) => {
    order.splice(at % (order.length + 1), 0, input.first.length + offset);
  });
  for (const leaver of input.leavers) {
    const gone = members[leaver % members.length] as Member;
    members[leaver % members.length] = { ...gone, gone: true };
  }

  return usersOf(members, order);
}

function outcome(report: SyncReport) {
  const codes = (report.notices ?? []).map(
    (notice) => `${notice.code} ${notice.oktaId} ${notice.message}`,
  );

  return { managers: report.managers, notices: codes.sort(), counts: report.counts };
}

async function runBoth(input: Scenario, managerMatch: ManagerMatch[]) {
  const first = usersOf(
    input.first,
    input.first.map((_, index) => index),
  );
  const setup = managerSetup(first, { pageSize: input.pageSize, mapping: { managerMatch } });
  const reports = [outcome(await setup.sync())];

  setup.directory.users = secondOrg(input);
  reports.push(outcome(await setup.sync()));

  return { reports, managers: await setup.managers() };
}

describe('managers resolved while planning', () => {
  it('leave the same managers, counts and notices as the pass alone', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const withEarly = await runBoth(input, early);
        const passAlone = await runBoth(input, passOnly);

        expect(withEarly).toEqual(passAlone);
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
