import type { SqlContext } from './sql-context.js';

/**
 * Takes the lease in one statement, so racing callers serialise on the
 * tenant's row and exactly one wins; see `SyncStore.acquireLease`.
 */
export async function acquireLease(
  { client, tables, clock }: SqlContext,
  tenantId: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const now = clock.now();
  const { rows } = await client.query(
    `INSERT INTO ${tables.leases} AS l (tenant_id, holder, expires_at)
    VALUES ($1, $2, $3::text::timestamptz)
    ON CONFLICT (tenant_id) DO UPDATE
    SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
    WHERE l.holder = EXCLUDED.holder OR l.expires_at <= $4::text::timestamptz
    RETURNING holder`,
    [tenantId, holder, expiry(now, ttlMs), now.toISOString()],
  );

  return rows.length === 1;
}

/** Extends a held lease; see `SyncStore.renewLease`. */
export async function renewLease(
  { client, tables, clock }: SqlContext,
  tenantId: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const { rows } = await client.query(
    `UPDATE ${tables.leases} SET expires_at = $3::text::timestamptz
    WHERE tenant_id = $1 AND holder = $2
    RETURNING holder`,
    [tenantId, holder, expiry(clock.now(), ttlMs)],
  );

  return rows.length === 1;
}

/** Drops a held lease; see `SyncStore.releaseLease`. */
export async function releaseLease(
  { client, tables }: SqlContext,
  tenantId: string,
  holder: string,
): Promise<void> {
  await client.query(`DELETE FROM ${tables.leases} WHERE tenant_id = $1 AND holder = $2`, [
    tenantId,
    holder,
  ]);
}

function expiry(now: Date, ttlMs: number): string {
  return new Date(now.getTime() + ttlMs).toISOString();
}
