// A host's own mapping, run through a full sync against an in-memory
// store and a two-person stand-in for Okta. Run it with:
//
//   npx tsx examples/custom-mapper/custom-mapper.ts
//
import {
  createMapper,
  createMemoryStore,
  createSyncEngine,
  exportTenant,
  type ListUsersOptions,
  type OktaDirectory,
  type OktaUser,
} from '@learnamp/okta-sync';

const users: OktaUser[] = [
  {
    id: '00u1example0000000001',
    status: 'ACTIVE',
    lastUpdated: '2027-04-01T09:00:00.000Z',
    profile: {
      login: 'grace@corp.example',
      email: 'grace@corp.example',
      firstName: 'Grace',
      lastName: 'Hopper',
      costCenter: 'Research',
      title: 'Rear Admiral',
      userType: 'Employee',
    },
  },
  {
    id: '00u1example0000000002',
    status: 'ACTIVE',
    lastUpdated: '2027-04-01T09:00:00.000Z',
    profile: {
      login: 'alan@corp.example',
      email: 'alan@corp.example',
      firstName: 'Alan',
      lastName: 'Turing',
      costCenter: 'Research',
      title: 'Mathematician',
      userType: 'Contractor',
      managerEmail: 'GRACE@corp.example',
    },
  },
];

// Okta, reduced to a list: every user on one page.
const directory: OktaDirectory = {
  async *listUsers({ listing }: ListUsersOptions) {
    const wanted = users.filter(
      (user) => (user.status === 'DEPROVISIONED') === (listing !== 'current'),
    );
    yield { users: wanted, next: null };
  },
  getUser: async (oktaId) => users.find((user) => user.id === oktaId) ?? null,
  stats: () => ({ requests: 0, retries: 0, rateLimitWaitMs: 0 }),
};

// Start from what the default mapper makes of the user (team from
// costCenter, manager by email), then apply the host's own rules.
const mapper = createMapper(
  (user, context) => {
    if (context.standard.kind === 'skip') return { skip: context.standard.skip.reason };

    const person = context.standard.person;
    const contractor = user.profile.userType === 'Contractor';

    return {
      ...person,
      jobTitle: contractor ? `${person.jobTitle} (contractor)` : person.jobTitle,
    };
  },
  { teamAttribute: 'costCenter', managerAttribute: 'managerEmail', managerMatch: ['email'] },
);

const store = createMemoryStore();
const engine = createSyncEngine({ store, directory, mapper });
const report = await engine.fullSync({ tenantId: 'example' });
const { people } = await exportTenant(store, 'example');

console.log(`created ${report.counts.created}, managers resolved ${report.managers.resolved}`);
for (const person of people) {
  console.log(
    `${person.fullName}: ${person.jobTitle}, team ${person.team}, manager ${person.managerOktaId}`,
  );
}
