import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { type FakeOrgServer, serveFakeOrg } from '../../src/testing/fake-org/serve-fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { oktaUser } from '../support/list-directory.js';

const tenantId = 'acme';
const servers: FakeOrgServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Five users u0…u4: "Team: Sales" holds u1, u2; "Team: Support" holds u3. */
function makeOrg(): FakeOrg {
  const users = Array.from({ length: 5 }, (_, index) =>
    oktaUser({ id: `00u${index}`, profile: { department: 'Engineering' } }),
  );
  const org = createFakeOrg({ users });
  org.assignments.addGroup('00gsal', 'Team: Sales', ['00u1', '00u2']);
  org.assignments.addGroup('00gsup', 'Team: Support', ['00u3']);
  org.assignments.addGroup('00gall', 'All staff', ['00u0', '00u1', '00u2', '00u3', '00u4']);

  return org;
}

async function directoryOver(org: FakeOrg) {
  const server = await serveFakeOrg(org);
  servers.push(server);

  return createOktaDirectory({
    orgUrl: server.url,
    token: org.token,
    allowHttp: true,
    teamGroups: { namePrefix: 'Team: ' },
    pageSize: 2,
    rateBudgets: new RateBudgetRegistry(),
    timer: createVirtualTimer(),
  });
}

describe('team groups over HTTP', () => {
  describe('when the directory lists users of a fake org', () => {
    it('gives each user their team groups, reading each group once', async () => {
      const org = makeOrg();
      const directory = await directoryOver(org);
      const users: OktaUser[] = [];

      for await (const page of directory.listUsers({ listing: 'current' })) {
        users.push(...page.users);
      }

      expect(users.map((user) => [user.id, user.groups])).toEqual([
        ['00u0', []],
        ['00u1', ['Team: Sales']],
        ['00u2', ['Team: Sales']],
        ['00u3', ['Team: Support']],
        ['00u4', []],
      ]);
      const firstMemberPages = org.requestLog.filter(
        (line) => line.includes('/groups/') && !line.includes('after='),
      );
      expect(firstMemberPages).toEqual([
        'GET /api/v1/groups/00gsal/users?limit=2',
        'GET /api/v1/groups/00gsup/users?limit=2',
      ]);
    });
  });

  describe('when a person moves between team groups', () => {
    it('moves their team on the next full sync', async () => {
      const org = makeOrg();
      const mapper = createDefaultMapper({ teamSource: 'group', teamGroupPrefix: 'Team: ' });
      const store = createMemoryStore();
      const engine = createSyncEngine({ store, directory: await directoryOver(org), mapper });
      const teams = async () => {
        const { people } = await exportTenant(store, tenantId);

        return Object.fromEntries(people.map((person) => [person.oktaId, person.team]));
      };

      await engine.fullSync({ tenantId });
      const before = await teams();
      org.assignments.removeMember('00gsal', '00u2');
      org.assignments.addMember('00gsup', '00u2');
      org.assignments.removeMember('00gsup', '00u3');
      await engine.fullSync({ tenantId });

      expect(before).toEqual({
        '00u0': null,
        '00u1': 'Sales',
        '00u2': 'Sales',
        '00u3': 'Support',
        '00u4': null,
      });
      expect(await teams()).toMatchObject({ '00u1': 'Sales', '00u2': 'Support', '00u3': null });
    });

    it('keeps the old team when team is in keepWhenEmpty', async () => {
      const org = makeOrg();
      const options: DefaultMapperOptions = {
        teamSource: 'group',
        teamGroupPrefix: 'Team: ',
        keepWhenEmpty: ['team'],
      };
      const store = createMemoryStore();
      const directory = await directoryOver(org);
      const engine = createSyncEngine({ store, directory, mapper: createDefaultMapper(options) });

      await engine.fullSync({ tenantId });
      org.assignments.removeMember('00gsup', '00u3');
      await engine.fullSync({ tenantId });

      const { people } = await exportTenant(store, tenantId);
      expect(people.find((person) => person.oktaId === '00u3')?.team).toBe('Support');
    });
  });
});
