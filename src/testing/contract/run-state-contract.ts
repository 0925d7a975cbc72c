import { describe, expect, it } from 'vitest';
import type { RunCheckpoint } from '../../ports/run-state.js';
import type { ContractContext } from './contract-context.js';
import { sampleReport } from './contract-fixtures.js';

/** A checkpoint with every field set, some to awkward values. */
export function sampleCheckpoint(overrides: Partial<RunCheckpoint> = {}): RunCheckpoint {
  const { counts } = sampleReport('run-1', 'tenant');

  return {
    runId: 'run-1',
    generation: 7,
    startedAt: '2026-01-05T09:00:00.000Z',
    savedAt: '2026-01-05T09:02:00.000Z',
    phase: 'current',
    cursor: 'https://acme.okta.com/api/v1/users?after=00u2&limit=200',
    pages: 3,
    users: 600,
    currentUsers: 600,
    activeAtStart: 580,
    counts,
    failures: [{ oktaId: '00uF', code: 'ERR_STORE_FAILED', message: 'it "failed" – ünïcode' }],
    ...overrides,
  };
}

/** loadRunState and saveCheckpoint. */
export function describeRunState({ store, newTenant }: ContractContext): void {
  describe('loadRunState', () => {
    it('gives no checkpoint and no watermark for a tenant without run state', async () => {
      const tenant = newTenant();

      expect(await store().loadRunState(tenant)).toEqual({ checkpoint: null, watermark: null });
    });
  });

  describe('saveCheckpoint', () => {
    it('keeps the checkpoint as given, replaces it, then clears it with null', async () => {
      const tenant = newTenant();
      const first = sampleCheckpoint();
      const second = sampleCheckpoint({ phase: 'finishing', cursor: null, pages: 9 });

      await store().saveCheckpoint(tenant, first);
      const saved = await store().loadRunState(tenant);
      await store().saveCheckpoint(tenant, second);
      await store().saveCheckpoint(tenant, second);
      const replaced = await store().loadRunState(tenant);
      await store().saveCheckpoint(tenant, null);

      expect(saved.checkpoint).toEqual(first);
      expect(replaced.checkpoint).toEqual(second);
      expect((await store().loadRunState(tenant)).checkpoint).toBeNull();
    });

    it('keeps tenants apart and hands out copies', async () => {
      const [owner, other] = [newTenant(), newTenant()];
      const checkpoint = sampleCheckpoint();
      await store().saveCheckpoint(owner, checkpoint);

      checkpoint.pages = 99;
      const read = await store().loadRunState(owner);
      if (read.checkpoint) read.checkpoint.counts.created = 99;

      expect((await store().loadRunState(owner)).checkpoint).toEqual(sampleCheckpoint());
      expect((await store().loadRunState(other)).checkpoint).toBeNull();
    });
  });
  describe('saveWatermark', () => {
    it('sets the watermark and leaves the checkpoint, and the checkpoint leaves it', async () => {
      const tenant = newTenant();
      await store().saveCheckpoint(tenant, sampleCheckpoint());

      await store().saveWatermark(tenant, '2026-01-05T09:00:00.000Z');
      await store().saveWatermark(tenant, '2026-01-06T09:00:00.000Z');
      await store().saveCheckpoint(tenant, null);

      expect(await store().loadRunState(tenant)).toEqual({
        checkpoint: null,
        watermark: '2026-01-06T09:00:00.000Z',
      });
    });

    it('keeps tenants apart', async () => {
      const [owner, other] = [newTenant(), newTenant()];

      await store().saveWatermark(owner, '2026-01-05T09:00:00.000Z');

      expect((await store().loadRunState(other)).watermark).toBeNull();
    });
  });
}
