import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../engine/sync-report.js';
import type { TenantSync } from '../../ports/run-state.js';
import type { ContractContext } from './contract-context.js';
import { personWrite, sampleReport } from './contract-fixtures.js';

/** listTenantSyncs: every tenant that ran, paged by tenant id. */
export function describeTenantSyncs({ store, newTenant }: ContractContext): void {
  describe('listTenantSyncs', () => {
    it('pages through tenants that ran, with their last full sync that did not fail', async () => {
      const [synced, unfinished, incremental, never] = [1, 2, 3, 4].map(() => newTenant());
      await finishRun(synced!, { finishedAt: '2026-01-05T09:01:00.000Z' });
      await finishRun(synced!, { finishedAt: '2026-01-06T09:01:00.000Z', status: 'failed' });
      await store().startRun(unfinished!);
      await finishRun(incremental!, { kind: 'incremental' });
      await store().savePeople(never!, [personWrite('00uA')]);

      const listed = await listAll(2);
      const mine = listed.filter((row) =>
        [synced, unfinished, incremental, never].includes(row.tenantId),
      );

      expect(mine.sort((a, b) => compareText(a.tenantId, b.tenantId))).toEqual(
        [
          { tenantId: synced, lastFullSyncAt: '2026-01-05T09:01:00.000Z' },
          { tenantId: unfinished, lastFullSyncAt: null },
          { tenantId: incremental, lastFullSyncAt: null },
        ].sort((a, b) => compareText(a.tenantId ?? '', b.tenantId ?? '')),
      );
      const ids = listed.map((row) => row.tenantId);
      expect(ids).toEqual([...new Set(ids)].sort(compareText));
    });
  });

  async function finishRun(tenantId: string, fields: Partial<SyncReport>) {
    const run = await store().startRun(tenantId);
    await store().finishRun(tenantId, { ...sampleReport(run.runId, tenantId), ...fields });
  }

  async function listAll(limit: number): Promise<TenantSync[]> {
    const rows: TenantSync[] = [];
    let after: string | undefined;

    for (;;) {
      const page = await store().listTenantSyncs(
        after === undefined ? { limit } : { after, limit },
      );
      rows.push(...page);
      if (page.length < limit) return rows;

      after = page.at(-1)?.tenantId;
    }
  }
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
