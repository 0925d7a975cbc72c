import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPostgresStore,
  type PostgresStore,
} from '../../src/adapters/postgres/postgres-store.js';
import { databaseUrl, serviceReachable } from '../support/services.js';

const reachable = await serviceReachable('PostgreSQL', databaseUrl);
const schema = `okta_sync_lease_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const opened: PostgresStore[] = [];

afterAll(async () => {
  for (const store of opened) await store.close();

  if (reachable) {
    const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
});

/** A store with a pool of its own: what a second worker process holds. */
async function worker(): Promise<PostgresStore> {
  const store = await createPostgresStore({
    connectionString: databaseUrl,
    schema,
    maxConnections: 8,
  });
  opened.push(store);

  return store;
}

describe.skipIf(!reachable)('the run lease on server PostgreSQL', () => {
  describe('when two workers with their own pools race for one tenant', () => {
    it('gives the lease to exactly one of them, every time', async () => {
      const [first, second] = [await worker(), await worker()];
      const rounds = Array.from({ length: 40 }, () => `race-${randomUUID()}`);

      const winners = await Promise.all(
        rounds.map(async (tenant) => {
          const taken = await Promise.all([
            first.acquireLease(tenant, 'worker-1', 60_000),
            second.acquireLease(tenant, 'worker-2', 60_000),
          ]);

          return taken.filter(Boolean).length;
        }),
      );

      expect(winners).toEqual(rounds.map(() => 1));
    });
  });

  describe('when the winner releases', () => {
    it('lets the other worker take the lease', async () => {
      const [first, second] = [await worker(), await worker()];
      const tenant = `handover-${randomUUID()}`;
      await first.acquireLease(tenant, 'worker-1', 60_000);

      const before = await second.acquireLease(tenant, 'worker-2', 60_000);
      await first.releaseLease(tenant, 'worker-1');

      expect(before).toBe(false);
      expect(await second.acquireLease(tenant, 'worker-2', 60_000)).toBe(true);
    });
  });
});
