import { randomUUID } from 'node:crypto';
import type { SyncReport } from '../../engine/sync-report.js';
import { StoreError } from '../../errors/store-error.js';
import type { TenantPageRequest } from '../../ports/page-request.js';
import type { RunRecord, TenantSync } from '../../ports/run-state.js';
import type { SqlContext } from './sql-context.js';

/**
 * Records a run with the tenant's next generation; see
 * `SyncStore.startRun`. Two runs racing for one tenant cannot share a
 * generation: the loser fails on the unique key.
 */
export async function startRun(
  { client, tables, clock }: SqlContext,
  tenantId: string,
): Promise<RunRecord> {
  const runId = randomUUID();
  const startedAt = clock.now();

  const { rows } = await client.query<{ generation: number }>(
    `INSERT INTO ${tables.runs} (tenant_id, run_id, generation, started_at)
    SELECT $1, $2, coalesce(max(generation), 0) + 1, $3::text::timestamptz
    FROM ${tables.runs} WHERE tenant_id = $1
    RETURNING generation`,
    [tenantId, runId, startedAt.toISOString()],
  );

  return { runId, generation: rows[0]!.generation, startedAt };
}

/**
 * Stores the report on its run; see `SyncStore.finishRun`. Rejects a
 * report whose run was never started for the tenant.
 */
export async function finishRun(
  { client, tables, clock }: SqlContext,
  tenantId: string,
  report: SyncReport,
): Promise<void> {
  const { rows } = await client.query(
    `UPDATE ${tables.runs}
    SET finished_at = $3::text::timestamptz, report = $4::text::jsonb
    WHERE tenant_id = $1 AND run_id = $2
    RETURNING run_id`,
    [tenantId, report.runId, clock.now().toISOString(), JSON.stringify(report)],
  );

  if (rows.length === 0) {
    throw new StoreError(`Cannot finish run "${report.runId}": it was never started`);
  }
}

/** The report of the latest finished run; see `SyncStore.lastReport`. */
export async function lastReport(
  { client, tables }: SqlContext,
  tenantId: string,
): Promise<SyncReport | null> {
  // Read as text so every driver hands back the same JSON to parse.
  const { rows } = await client.query<{ report: string }>(
    `SELECT report::text AS report FROM ${tables.runs}
    WHERE tenant_id = $1 AND report IS NOT NULL
    ORDER BY generation DESC LIMIT 1`,
    [tenantId],
  );

  const row = rows[0];

  return row ? (JSON.parse(row.report) as SyncReport) : null;
}

/** Tenants and their last full sync; see `SyncStore.listTenantSyncs`. */
export async function listTenantSyncs(
  { client, tables }: SqlContext,
  page: TenantPageRequest,
): Promise<TenantSync[]> {
  if (page.limit <= 0) return [];

  const { rows } = await client.query<TenantSync>(
    `SELECT tenant_id AS "tenantId",
      to_char(max((report->>'finishedAt')::timestamptz) FILTER (
        WHERE report->>'kind' = 'full' AND report->>'status' <> 'failed'
      ) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastFullSyncAt"
    FROM ${tables.runs}
    WHERE $1::text IS NULL OR tenant_id COLLATE "C" > $1::text
    GROUP BY tenant_id
    ORDER BY tenant_id COLLATE "C"
    LIMIT $2`,
    [page.after ?? null, page.limit],
  );

  return rows;
}
