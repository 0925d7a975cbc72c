import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { sampleReport } from './contract-fixtures.js';

/** ensureTeams, listTeams and setTeamManager. */
export function describeTeams({ store, newTenant }: ContractContext): void {
  describe('ensureTeams', () => {
    it('creates the teams, listed by name without a manager', async () => {
      const tenant = newTenant();

      await store().ensureTeams(tenant, ['Sales', 'Engineering', 'Marketing']);

      expect(await store().listTeams(tenant)).toEqual([
        { name: 'Engineering', managerOktaId: null },
        { name: 'Marketing', managerOktaId: null },
        { name: 'Sales', managerOktaId: null },
      ]);
    });

    it('is idempotent', async () => {
      const tenant = newTenant();

      await store().ensureTeams(tenant, ['Sales', 'Ops', 'Sales']);
      await store().ensureTeams(tenant, ['Ops', 'Sales']);

      expect(await store().listTeams(tenant)).toEqual([
        { name: 'Ops', managerOktaId: null },
        { name: 'Sales', managerOktaId: null },
      ]);
    });

    it('keeps the manager of a team that exists', async () => {
      const tenant = newTenant();
      await store().ensureTeams(tenant, ['Sales']);
      await store().setTeamManager(tenant, 'Sales', '00uBoss');

      await store().ensureTeams(tenant, ['Sales', 'Support']);

      expect(await store().listTeams(tenant)).toEqual([
        { name: 'Sales', managerOktaId: '00uBoss' },
        { name: 'Support', managerOktaId: null },
      ]);
    });
  });

  describe('setTeamManager', () => {
    it('sets, then clears with null, the default manager', async () => {
      const tenant = newTenant();
      await store().ensureTeams(tenant, ['Sales']);

      await store().setTeamManager(tenant, 'Sales', '00uBoss');
      const set = await store().listTeams(tenant);
      await store().setTeamManager(tenant, 'Sales', null);

      expect(set).toEqual([{ name: 'Sales', managerOktaId: '00uBoss' }]);
      expect(await store().listTeams(tenant)).toEqual([{ name: 'Sales', managerOktaId: null }]);
    });
  });
}

/** startRun, finishRun and lastReport. */
export function describeRuns({ store, newTenant }: ContractContext): void {
  describe('startRun', () => {
    it('counts generations 1, 2, 3 for each tenant on its own', async () => {
      const [first, second] = [newTenant(), newTenant()];

      const firstRuns = [
        await store().startRun(first),
        await store().startRun(first),
        await store().startRun(first),
      ];
      const secondRun = await store().startRun(second);

      expect(firstRuns.map((run) => run.generation)).toEqual([1, 2, 3]);
      expect(secondRun.generation).toBe(1);
      expect(new Set(firstRuns.map((run) => run.runId)).size).toBe(3);
      expect(secondRun.startedAt).toBeInstanceOf(Date);
    });
  });

  describe('finishRun', () => {
    it('makes the latest finished report the last report', async () => {
      const tenant = newTenant();
      const first = await store().startRun(tenant);
      await store().finishRun(tenant, sampleReport(first.runId, tenant, 1));
      const second = await store().startRun(tenant);

      await store().finishRun(tenant, sampleReport(second.runId, tenant, 2));

      expect(await store().lastReport(tenant)).toEqual(sampleReport(second.runId, tenant, 2));
    });
  });
}
