import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { toManagerStrategy } from '../../src/managers/manager-option.js';
import type { ManagerStrategy } from '../../src/managers/manager-strategy.js';
import { oktaUser } from '../support/list-directory.js';
import { managerSetup, tenantId } from './manager-harness.js';

function member(id: string, team: string | null, managerId: string | null = null) {
  return oktaUser({ id, profile: { department: team, managerId } });
}

describe('the individual strategy', () => {
  describe('when Okta names no manager', () => {
    it('falls back to the primary team manager', async () => {
      const lead = member('00uLead', null);
      const loner = member('00uLoner', 'Sales');
      const { sync, store, managers } = managerSetup([lead, loner]);
      await sync();

      await store.setTeamManager(tenantId, 'Sales', lead.id);

      expect((await managers()).get(loner.id)).toBe(lead.id);
    });

    it('gives no manager when the fallback is turned off', async () => {
      const lead = member('00uLead', null);
      const loner = member('00uLoner', 'Sales');
      const managers = { strategy: 'individual', teamFallback: false } as const;
      const setup = managerSetup([lead, loner], { managers });
      await setup.sync();

      await setup.store.setTeamManager(tenantId, 'Sales', lead.id);

      expect((await setup.managers()).get(loner.id)).toBeNull();
    });
  });

  describe('when Okta names a manager', () => {
    it('overrides the team manager, even while still pending', async () => {
      const lead = member('00uLead', null);
      const boss = member('00uBoss', null);
      const worker = member('00uWorker', 'Sales', boss.id);
      const waiting = member('00uWaiting', 'Sales', '00uNotYet');
      const { sync, store, managers } = managerSetup([lead, boss, worker, waiting]);
      await sync();

      await store.setTeamManager(tenantId, 'Sales', lead.id);

      const byId = await managers();
      expect(byId.get(worker.id)).toBe(boss.id);
      expect(byId.get(waiting.id)).toBeNull();
    });
  });
});

describe('the team strategy', () => {
  const outsiders = () => [member('00uM1', null), member('00uM2', null), member('00uM3', null)];

  describe('when a team gets its first member', () => {
    it("takes that member's manager, and the other members follow the team", async () => {
      const first = member('00uFirst', 'Sales', '00uM1');
      const second = member('00uSecond', 'Sales', '00uM2');
      const { sync, store, managers } = managerSetup([...outsiders(), first, second], {
        managers: 'team',
      });

      await sync();

      expect(await store.listTeams(tenantId)).toEqual([
        { name: 'Sales', managerOktaId: '00uM1', managerFrom: first.id },
      ]);
      const byId = await managers();
      expect([byId.get(first.id), byId.get(second.id)]).toEqual(['00uM1', '00uM1']);
    });
  });

  describe('when the first member leaves', () => {
    it('takes the manager of the next earliest member', async () => {
      const first = member('00uFirst', 'Sales', '00uM1');
      const second = member('00uSecond', 'Sales', '00uM2');
      const users = [...outsiders(), first, second];
      const { sync, store, directory, managers } = managerSetup(users, { managers: 'team' });
      await sync();
      directory.users = directory.users.filter((user) => user.id !== first.id);

      await sync();

      expect(await store.listTeams(tenantId)).toEqual([
        { name: 'Sales', managerOktaId: '00uM2', managerFrom: second.id },
      ]);
      expect((await managers()).get(second.id)).toBe('00uM2');
    });

    it('clears the manager of a team left with nobody', async () => {
      const first = member('00uFirst', 'Sales', '00uM1');
      const { sync, store, directory } = managerSetup([...outsiders(), first], {
        managers: 'team',
      });
      await sync();
      directory.users = directory.users.filter((user) => user.id !== first.id);

      await sync();

      expect(await store.listTeams(tenantId)).toEqual([{ name: 'Sales', managerOktaId: null }]);
    });
  });

  describe('when the first member changes manager in Okta', () => {
    it('follows, for the whole team', async () => {
      const first = member('00uFirst', 'Sales', '00uM1');
      const second = member('00uSecond', 'Sales', '00uM2');
      const { sync, directory, managers } = managerSetup([...outsiders(), first, second], {
        managers: 'team',
      });
      await sync();
      directory.users = directory.users.map((user) =>
        user.id === first.id
          ? {
              ...user,
              lastUpdated: '2026-07-01T00:00:00.000Z',
              profile: { ...user.profile, managerId: '00uM3' },
            }
          : user,
      );

      await sync();

      const byId = await managers();
      expect([byId.get(first.id), byId.get(second.id)]).toEqual(['00uM3', '00uM3']);
    });
  });

  describe('when an admin set the team manager', () => {
    it('never changes it', async () => {
      const first = member('00uFirst', 'Sales', '00uM1');
      const { sync, store } = managerSetup([...outsiders(), first], { managers: 'team' });
      await store.setTeamManager(tenantId, 'Sales', '00uM3');

      await sync();

      expect(await store.listTeams(tenantId)).toEqual([{ name: 'Sales', managerOktaId: '00uM3' }]);
    });
  });

  describe('when the team manager is a member of the team', () => {
    it('gives that member their own Okta manager, never themselves', async () => {
      const head = member('00uHead', null, '00uM1');
      const first = member('00uFirst', 'Sales', head.id);
      const headInTeam = { ...head, profile: { ...head.profile, department: 'Sales' } };
      const { sync, managers } = managerSetup([...outsiders(), first, headInTeam], {
        managers: 'team',
      });

      await sync();

      const byId = await managers();
      expect([byId.get(first.id), byId.get(head.id)]).toEqual([head.id, '00uM1']);
    });
  });
});

describe('a custom strategy', () => {
  it('decides every manager, but never makes a person their own manager', async () => {
    const everyoneReportsTo: ManagerStrategy = { name: 'ceo', managerOf: () => '00uCeo' };
    const ceo = member('00uCeo', null);
    const worker = member('00uWorker', 'Sales');
    const { sync, managers } = managerSetup([ceo, worker], { managers: everyoneReportsTo });

    await sync();

    expect(await managers()).toEqual(
      new Map([
        [ceo.id, null],
        [worker.id, ceo.id],
      ]),
    );
  });

  it('runs its afterResolve step once per full sync', async () => {
    let calls = 0;
    const counting: ManagerStrategy = {
      name: 'counting',
      managerOf: (person) => person.managerOktaId,
      afterResolve: async () => {
        calls += 1;
      },
    };
    const { sync } = managerSetup([member('00uA', null)], { managers: counting });

    await sync();
    await sync();

    expect(calls).toBe(2);
  });
});

describe('toManagerStrategy', () => {
  describe('when the option is not a strategy', () => {
    it.each([
      ['teams'],
      [{ strategy: 'team' }],
      [{ strategy: 'individual', teamFallback: 1 }],
      [42],
    ])('throws a ConfigError naming managers for %j', (option) => {
      expect(() => toManagerStrategy(option as never)).toThrow(ConfigError);
      expect(() => toManagerStrategy(option as never)).toThrow(/managers/);
    });
  });
});
