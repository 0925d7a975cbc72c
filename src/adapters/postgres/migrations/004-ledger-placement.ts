import type { Migration } from './migration.js';

/**
 * The processed-event ledger, and the team and manager a person had when
 * deactivated. Written to apply over any earlier draft of migration 3.
 */
export const ledgerAndPlacementMigration: Migration = {
  version: 4,
  name: 'ledger-and-placement',
  statements: (schema) => [
    `CREATE TABLE IF NOT EXISTS ${schema}.run_state (
      tenant_id text PRIMARY KEY,
      checkpoint jsonb,
      watermark text
    )`,

    `CREATE TABLE IF NOT EXISTS ${schema}.events (
      tenant_id text NOT NULL,
      event_id text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, event_id)
    )`,

    `CREATE INDEX IF NOT EXISTS events_recorded_at ON ${schema}.events (recorded_at)`,

    `ALTER TABLE ${schema}.people ADD COLUMN IF NOT EXISTS before_deactivation jsonb`,
  ],
};
