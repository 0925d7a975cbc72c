import type { RunCheckpoint, RunState } from '../../ports/run-state.js';
import type { SqlContext } from './sql-context.js';

/** The tenant's run state; see `SyncStore.loadRunState`. */
export async function loadRunState(
  { client, tables }: SqlContext,
  tenantId: string,
): Promise<RunState> {
  // JSON read as text so every driver hands back the same value to parse.
  const { rows } = await client.query<{ checkpoint: string | null; watermark: string | null }>(
    `SELECT checkpoint::text AS checkpoint, watermark FROM ${tables.runState}
    WHERE tenant_id = $1`,
    [tenantId],
  );
  const row = rows[0];

  return {
    checkpoint: row?.checkpoint ? (JSON.parse(row.checkpoint) as RunCheckpoint) : null,
    watermark: row?.watermark ?? null,
  };
}

/** Replaces or clears the checkpoint; see `SyncStore.saveCheckpoint`. */
export async function saveCheckpoint(
  { client, tables }: SqlContext,
  tenantId: string,
  checkpoint: RunCheckpoint | null,
): Promise<void> {
  await client.query(
    `INSERT INTO ${tables.runState} (tenant_id, checkpoint)
    VALUES ($1, $2::text::jsonb)
    ON CONFLICT (tenant_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint`,
    [tenantId, checkpoint === null ? null : JSON.stringify(checkpoint)],
  );
}

/** Sets the watermark; see `SyncStore.saveWatermark`. */
export async function saveWatermark(
  { client, tables }: SqlContext,
  tenantId: string,
  watermark: string,
): Promise<void> {
  await client.query(
    `INSERT INTO ${tables.runState} (tenant_id, watermark)
    VALUES ($1, $2)
    ON CONFLICT (tenant_id) DO UPDATE SET watermark = EXCLUDED.watermark`,
    [tenantId, watermark],
  );
}
