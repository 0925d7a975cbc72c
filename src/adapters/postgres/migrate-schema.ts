import { allMigrations } from './migrations/all-migrations.js';
import type { Migration } from './migrations/migration.js';
import type { SqlClient } from './sql-client.js';
import type { SqlTables } from './sql-tables.js';

/**
 * Brings the store's schema up to date in one transaction: applies the
 * migrations not yet recorded, in version order, and records them.
 * Running it again changes nothing.
 */
export async function migrateSchema(
  client: SqlClient,
  tables: SqlTables,
  migrations: readonly Migration[] = allMigrations,
): Promise<void> {
  await client.transaction(async (tx) => {
    // Serialises processes that open the same database at the same time.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `okta_sync_migrations ${tables.schema}`,
    ]);
    await createMigrationTable(tx, tables);

    const applied = await appliedVersions(tx, tables);
    const pending = migrations.filter((migration) => !applied.has(migration.version));

    for (const migration of [...pending].sort((a, b) => a.version - b.version)) {
      await applyMigration(tx, tables, migration);
    }
  });
}

async function createMigrationTable(tx: SqlClient, tables: SqlTables): Promise<void> {
  await tx.query(`CREATE SCHEMA IF NOT EXISTS ${tables.schema}`);
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${tables.migrations} (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`,
  );
}

async function appliedVersions(tx: SqlClient, tables: SqlTables): Promise<Set<number>> {
  const { rows } = await tx.query<{ version: number }>(`SELECT version FROM ${tables.migrations}`);

  return new Set(rows.map((row) => row.version));
}

async function applyMigration(
  tx: SqlClient,
  tables: SqlTables,
  migration: Migration,
): Promise<void> {
  for (const statement of migration.statements(tables.schema)) {
    await tx.query(statement);
  }

  await tx.query(`INSERT INTO ${tables.migrations} (version, name) VALUES ($1, $2)`, [
    migration.version,
    migration.name,
  ]);
}
