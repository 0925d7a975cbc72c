import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateSchema } from '../../src/adapters/postgres/migrate-schema.js';
import { allMigrations } from '../../src/adapters/postgres/migrations/all-migrations.js';
import { pgClient } from '../../src/adapters/postgres/pg-client.js';
import { createPostgresStore } from '../../src/adapters/postgres/postgres-store.js';
import { sqlTables } from '../../src/adapters/postgres/sql-tables.js';
import { databaseUrl, serviceReachable } from '../support/services.js';

const reachable = await serviceReachable('PostgreSQL', databaseUrl);
const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const schemas: string[] = [];

afterAll(async () => {
  if (reachable) {
    for (const schema of schemas) {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  }
  await admin.end();
});

function freshSchema(): string {
  const schema = `okta_sync_migr_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  schemas.push(schema);

  return schema;
}

async function versionsIn(schema: string): Promise<number[]> {
  const { rows } = await admin.query<{ version: number }>(
    `SELECT version FROM ${schema}.okta_sync_migrations ORDER BY version`,
  );

  return rows.map((row) => row.version);
}

// A person as release 1's schema stored them: the columns of migration 1.
async function insertReleaseOnePerson(schema: string, tenantId: string) {
  await admin.query(
    `INSERT INTO ${schema}.people
       (tenant_id, okta_id, email, email_lower, full_name, team, job_title,
        status, okta_updated_at, seen_generation)
     VALUES ($1, '00uOld', 'Old@Example.com', 'old@example.com', 'Old Timer',
        'Sales', 'Rep', 'active', '2026-01-01T00:00:00.000Z', 1)`,
    [tenantId],
  );
}

describe.skipIf(!reachable)('SQL store migrations on server PostgreSQL', () => {
  it('run on an empty database and record every version', async () => {
    const schema = freshSchema();

    const store = await createPostgresStore({ pool: admin, schema });
    await store.close();

    expect(await versionsIn(schema)).toEqual(allMigrations.map((m) => m.version));
  });

  it('apply the later migrations on top of the first, keeping its data', async () => {
    const schema = freshSchema();
    const tenantId = `migr-${randomUUID()}`;
    const [first] = allMigrations;

    await migrateSchema(pgClient(admin), sqlTables(schema), first ? [first] : []);
    await insertReleaseOnePerson(schema, tenantId);

    expect(await versionsIn(schema)).toEqual([1]);

    const store = await createPostgresStore({ pool: admin, schema });
    const [person] = await store.findPeopleByOktaIds(tenantId, ['00uOld']);

    expect(await versionsIn(schema)).toEqual(allMigrations.map((m) => m.version));
    expect(person).toMatchObject({
      oktaId: '00uOld',
      email: 'Old@Example.com',
      fullName: 'Old Timer',
      team: 'Sales',
      jobTitle: 'Rep',
      status: 'active',
    });

    if (person === undefined) throw new Error('the old person was lost');

    // Columns the later migrations added work on the old row.
    const { beforeDeactivation: _, ...row } = person;
    // Migration 5 read the old row's instant: an older Okta read stays out.
    const stale = { fullName: 'Stale', oktaUpdatedAt: '2025-12-31T00:00:00.000Z' };
    await store.savePeople(tenantId, [{ ...row, ...stale, oktaId: '00uOld' }]);
    const [kept] = await store.findPeopleByOktaIds(tenantId, ['00uOld']);
    expect(kept?.fullName).toBe('Old Timer');

    await store.savePeople(tenantId, [
      { ...row, oktaId: '00uOld', jobTitle: 'Lead', seenGeneration: 2 },
    ]);
    const [updated] = await store.findPeopleByOktaIds(tenantId, ['00uOld']);

    expect(updated?.jobTitle).toBe('Lead');
    expect(await store.acquireLease(tenantId, 'holder', 1000)).toBe(true);
    await store.close();
  });

  it('change nothing when run twice, even from three pools at once', async () => {
    const schema = freshSchema();
    const open = () => createPostgresStore({ connectionString: databaseUrl, schema });

    const stores = await Promise.all([open(), open(), open()]);
    await Promise.all(stores.map((store) => store.close()));

    expect(await versionsIn(schema)).toEqual(allMigrations.map((m) => m.version));
  });
});
