import type { Migration } from './migration.js';

/**
 * Okta's `lastUpdated` kept as an instant beside its text, so the write
 * rules compare two columns instead of parsing both sides, column by
 * column, on every conflicting write. Rows already stored are read once,
 * leniently, as before.
 */
export const oktaInstantsMigration: Migration = {
  version: 5,
  name: 'okta-instants',
  statements: (schema) => [
    `ALTER TABLE ${schema}.people ADD COLUMN okta_updated_instant timestamptz`,

    `UPDATE ${schema}.people SET okta_updated_instant = ${schema}.okta_instant(okta_updated_at)
      WHERE okta_updated_at IS NOT NULL`,
  ],
};
