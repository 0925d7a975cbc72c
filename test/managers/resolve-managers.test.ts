import { describe, expect, it } from 'vitest';
import { oktaUser } from '../support/list-directory.js';
import { managerSetup, noticesOf } from './manager-harness.js';

function reportsTo(managerId: string | null, profile: Record<string, unknown> = {}) {
  return oktaUser({ profile: { managerId, ...profile } });
}

describe('resolveManagers', () => {
  describe('when a chain five deep is listed over pages in reverse order', () => {
    it('resolves every link after the listing', async () => {
      const top = oktaUser();
      const chain = [top];
      for (let depth = 1; depth < 5; depth += 1) {
        chain.push(reportsTo(chain[depth - 1]!.id));
      }
      const { sync, managers } = managerSetup([...chain].reverse(), { pageSize: 1 });

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 4, pending: 0 });
      const byId = await managers();
      expect(chain.map((user) => byId.get(user.id))).toEqual([
        null,
        ...chain.slice(0, 4).map((u) => u.id),
      ]);
    });
  });

  describe('when two people name each other (A → B → A)', () => {
    it('applies one reference, leaves the one closing the loop pending and reports it', async () => {
      const [a, b] = [oktaUser({ id: '00uA' }), oktaUser({ id: '00uB' })];
      a.profile.managerId = b.id;
      b.profile.managerId = a.id;
      const { sync, managers, pendingOf } = managerSetup([a, b]);

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 1, pending: 1 });
      expect(await managers()).toEqual(
        new Map([
          [a.id, b.id],
          [b.id, null],
        ]),
      );
      expect(await pendingOf(b.id)).toBe(a.id);
      const [cycle] = noticesOf(report.notices, 'MANAGER_CYCLE');
      expect(cycle).toMatchObject({ oktaId: b.id, value: a.id, others: [b.id, a.id, b.id] });
      expect(cycle?.message).toContain('reporting loop');
    });

    it('reports the same loop again on the next run without changing anything', async () => {
      const [a, b] = [oktaUser({ id: '00uA' }), oktaUser({ id: '00uB' })];
      a.profile.managerId = b.id;
      b.profile.managerId = a.id;
      const { sync, managers } = managerSetup([a, b]);
      await sync();

      const again = await sync();

      expect(again.managers).toEqual({ resolved: 0, pending: 1 });
      expect(noticesOf(again.notices, 'MANAGER_CYCLE')).toHaveLength(1);
      expect(await managers()).toEqual(
        new Map([
          [a.id, b.id],
          [b.id, null],
        ]),
      );
    });
  });

  describe('when a longer loop forms (A → B → C → D → A)', () => {
    it('detects it and never writes it', async () => {
      const people = ['00uA', '00uB', '00uC', '00uD'].map((id) => oktaUser({ id }));
      people.forEach((user, index) => {
        user.profile.managerId = people[(index + 1) % people.length]!.id;
      });
      const { sync, managers } = managerSetup(people, { pageSize: 2 });

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 3, pending: 1 });
      // Planning links D → A at once (A was written on the first page);
      // the pass breaks the loop at the greatest Okta id, D, and takes
      // that link back when C → D closes the loop.
      const [cycle] = noticesOf(report.notices, 'MANAGER_CYCLE');
      expect(cycle?.others).toEqual(['00uD', '00uA', '00uB', '00uC', '00uD']);
      expect(await managers()).toEqual(
        new Map([
          ['00uA', '00uB'],
          ['00uB', '00uC'],
          ['00uC', '00uD'],
          ['00uD', null],
        ]),
      );
    });
  });

  describe('when a person names themselves', () => {
    it('ignores the reference with a reason and keeps the person', async () => {
      const self = oktaUser();
      self.profile.managerId = self.id;
      const { sync, managers } = managerSetup([self]);

      const report = await sync();

      expect(report.counts.created).toBe(1);
      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      expect(await managers()).toEqual(new Map([[self.id, null]]));
      expect(noticesOf(report.notices, 'MANAGER_SELF')).toEqual([
        expect.objectContaining({ oktaId: self.id, value: self.id }),
      ]);
    });
  });

  describe('when the manager is unknown', () => {
    it('keeps the raw reference pending, without a notice', async () => {
      const worker = reportsTo('00uNobodyAtAll');
      const { sync, pendingOf } = managerSetup([worker]);

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      expect(await pendingOf(worker.id)).toBe('00uNobodyAtAll');
      expect(report.notices).toEqual([]);
    });
  });

  describe('when the manager appears one run later', () => {
    it('resolves by itself', async () => {
      const boss = oktaUser();
      const worker = reportsTo(boss.id);
      const { sync, directory, managers } = managerSetup([worker]);
      await sync();
      directory.users.push(boss);

      const second = await sync();

      expect(second.managers).toEqual({ resolved: 1, pending: 0 });
      expect((await managers()).get(worker.id)).toBe(boss.id);
    });
  });

  describe('when the manager is outside the sync scope', () => {
    it('reports a manager skipped this run, and resolves once they are fixed', async () => {
      const boss = oktaUser({ profile: { email: 'not-an-email' } });
      const worker = reportsTo(boss.id);
      const { sync, directory, managers } = managerSetup([worker, boss]);

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      const [notice] = noticesOf(report.notices, 'MANAGER_OUT_OF_SCOPE');
      expect(notice).toMatchObject({ oktaId: worker.id, value: boss.id });
      expect(notice?.message).toContain('EMAIL_INVALID');

      directory.users[1] = { ...boss, profile: { ...boss.profile, email: 'boss@example.com' } };
      await sync();
      expect((await managers()).get(worker.id)).toBe(boss.id);
    });

    it('reports a manager who is deactivated and does not apply them', async () => {
      const boss = oktaUser();
      const { sync, directory, managers } = managerSetup([boss]);
      await sync();
      directory.users = [
        { ...boss, status: 'DEPROVISIONED', lastUpdated: '2026-06-01T00:00:00.000Z' },
        reportsTo(boss.id),
      ];

      const report = await sync();

      expect(noticesOf(report.notices, 'MANAGER_OUT_OF_SCOPE')).toEqual([
        expect.objectContaining({ value: boss.id }),
      ]);
      expect([...(await managers()).values()]).toEqual([null, null]);
    });
  });

  describe('when references are not Okta ids', () => {
    it('matches by login, email or employee number in the configured order', async () => {
      const boss = oktaUser({
        profile: { login: 'Boss@Corp.example', email: 'boss@example.com', employeeNumber: '7' },
      });
      const byLogin = oktaUser({ profile: { manager: 'boss@corp.EXAMPLE' } });
      const byEmail = oktaUser({ profile: { manager: 'BOSS@example.com' } });
      const byNumber = oktaUser({ profile: { manager: '7' } });
      const mapping = { managerAttribute: 'manager' };
      const { sync, managers } = managerSetup([byLogin, byEmail, byNumber, boss], { mapping });

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 3, pending: 0 });
      const byId = await managers();
      expect([byLogin, byEmail, byNumber].map((user) => byId.get(user.id))).toEqual([
        boss.id,
        boss.id,
        boss.id,
      ]);
    });

    it('only tries the kinds the mapping allows', async () => {
      const boss = oktaUser({ profile: { employeeNumber: '7' } });
      const worker = oktaUser({ profile: { manager: '7' } });
      const mapping = { managerAttribute: 'manager', managerMatch: ['email' as const] };
      const { sync } = managerSetup([worker, boss], { mapping });

      expect((await sync()).managers).toEqual({ resolved: 0, pending: 1 });
    });

    it('reports a reference that matches two people', async () => {
      const twins = ['00uT1', '00uT2'].map((id) =>
        oktaUser({ id, profile: { employeeNumber: '9' } }),
      );
      const worker = oktaUser({ profile: { manager: '9' } });
      const mapping = { managerAttribute: 'manager' };
      const { sync } = managerSetup([worker, ...twins], { mapping });

      const report = await sync();

      expect(noticesOf(report.notices, 'MANAGER_AMBIGUOUS')).toEqual([
        expect.objectContaining({ oktaId: worker.id, others: ['00uT1', '00uT2'] }),
      ]);
    });
  });
});
