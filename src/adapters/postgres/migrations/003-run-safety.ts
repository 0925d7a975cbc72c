import type { Migration } from './migration.js';

/**
 * What keeps runs safe: a lenient instant parser for comparing Okta reads
 * at write time, the per-tenant run lease, and the run state (checkpoint
 * and watermark).
 */
export const runSafetyMigration: Migration = {
  version: 3,
  name: 'run-safety',
  statements: (schema) => [
    // Null rather than an error for text that is not an instant, so one
    // odd value stored by a host never fails a whole batch.
    `CREATE FUNCTION ${schema}.okta_instant(value text) RETURNS timestamptz
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN value::timestamptz;
      EXCEPTION WHEN others THEN
        RETURN NULL;
      END
      $$`,

    `CREATE TABLE ${schema}.leases (
      tenant_id text PRIMARY KEY,
      holder text NOT NULL,
      expires_at timestamptz NOT NULL
    )`,

    `CREATE TABLE ${schema}.run_state (
      tenant_id text PRIMARY KEY,
      checkpoint jsonb,
      watermark text
    )`,
  ],
};
