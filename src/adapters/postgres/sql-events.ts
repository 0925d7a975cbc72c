import type { SqlContext } from './sql-context.js';

/** Whether the ledger holds an event; see `SyncStore.hasEvent`. */
export async function hasEvent(
  { client, tables }: SqlContext,
  tenantId: string,
  eventId: string,
): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM ${tables.events} WHERE tenant_id = $1 AND event_id = $2`,
    [tenantId, eventId],
  );

  return rows.length > 0;
}

/** Adds an event to the ledger once; see `SyncStore.recordEvent`. */
export async function recordEvent(
  { client, tables, clock }: SqlContext,
  tenantId: string,
  eventId: string,
): Promise<boolean> {
  const { rows } = await client.query(
    `INSERT INTO ${tables.events} (tenant_id, event_id, recorded_at)
    VALUES ($1, $2, $3::text::timestamptz)
    ON CONFLICT (tenant_id, event_id) DO NOTHING
    RETURNING event_id`,
    [tenantId, eventId, clock.now().toISOString()],
  );

  return rows.length === 1;
}

/** Drops old ledger entries; see `SyncStore.pruneEvents`. */
export async function pruneEvents(
  { client, tables }: SqlContext,
  olderThan: Date,
): Promise<number> {
  const { rows } = await client.query<{ pruned: number }>(
    `WITH pruned AS (
      DELETE FROM ${tables.events} WHERE recorded_at < $1::text::timestamptz RETURNING 1
    )
    SELECT count(*)::integer AS pruned FROM pruned`,
    [olderThan.toISOString()],
  );

  return rows[0]?.pruned ?? 0;
}
