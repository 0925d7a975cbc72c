import type { Migration } from './migration.js';

/** People, teams and runs, keyed by tenant. */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  statements: (schema) => [
    `CREATE SEQUENCE ${schema}.person_ids AS bigint`,

    // 19 digits hold any bigint, so ids sort as text in creation order.
    `CREATE TABLE ${schema}.people (
      tenant_id text NOT NULL,
      id text COLLATE "C" NOT NULL
        DEFAULT ('p' || lpad(nextval('${schema}.person_ids')::text, 19, '0')),
      okta_id text,
      email text NOT NULL,
      email_lower text NOT NULL,
      full_name text NOT NULL,
      team text,
      job_title text,
      manager_ref text,
      manager_okta_id text,
      status text NOT NULL
        CHECK (status IN ('active', 'pending', 'suspended', 'deactivated')),
      start_date date,
      okta_updated_at text,
      seen_generation integer NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, okta_id)
    )`,

    `CREATE INDEX people_unlinked_email
      ON ${schema}.people (tenant_id, email_lower) WHERE okta_id IS NULL`,

    `CREATE INDEX people_unseen
      ON ${schema}.people (tenant_id, seen_generation)
      WHERE okta_id IS NOT NULL AND status <> 'deactivated'`,

    `CREATE INDEX people_unresolved_manager
      ON ${schema}.people (tenant_id, id)
      WHERE manager_ref IS NOT NULL AND manager_okta_id IS NULL`,

    `CREATE INDEX people_status ON ${schema}.people (tenant_id, status)`,

    `CREATE TABLE ${schema}.teams (
      tenant_id text NOT NULL,
      name text COLLATE "C" NOT NULL,
      manager_okta_id text,
      PRIMARY KEY (tenant_id, name)
    )`,

    `CREATE TABLE ${schema}.runs (
      tenant_id text NOT NULL,
      run_id text NOT NULL,
      generation integer NOT NULL,
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      report jsonb,
      PRIMARY KEY (tenant_id, run_id),
      UNIQUE (tenant_id, generation)
    )`,
  ],
};
