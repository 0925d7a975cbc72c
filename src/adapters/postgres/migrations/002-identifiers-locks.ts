import type { Migration } from './migration.js';

/**
 * Identifiers for matching manager references, pass-through attributes,
 * field locks, and where a team's manager came from.
 */
export const identifiersAndLocksMigration: Migration = {
  version: 2,
  name: 'identifiers-and-locks',
  statements: (schema) => [
    `ALTER TABLE ${schema}.people
      ADD COLUMN login text,
      ADD COLUMN login_lower text,
      ADD COLUMN employee_number text,
      ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN locked_fields text[] NOT NULL DEFAULT '{}'`,

    `CREATE INDEX people_linked_login
      ON ${schema}.people (tenant_id, login_lower) WHERE okta_id IS NOT NULL`,

    `CREATE INDEX people_linked_email
      ON ${schema}.people (tenant_id, email_lower) WHERE okta_id IS NOT NULL`,

    `CREATE INDEX people_linked_employee_number
      ON ${schema}.people (tenant_id, employee_number) WHERE okta_id IS NOT NULL`,

    `ALTER TABLE ${schema}.teams ADD COLUMN manager_from text`,
  ],
};
