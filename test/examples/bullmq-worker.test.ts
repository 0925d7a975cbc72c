import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBullmqQueue } from '../../src/adapters/bullmq/bullmq-queue.js';
import { createPostgresStore } from '../../src/adapters/postgres/postgres-store.js';
import { createFakeOrg, serveFakeOrg } from '../../src/testing/fake-org/index.js';
import { databaseUrl, redisUrl, serviceReachable } from '../support/services.js';

const tsx = resolve('node_modules/.bin/tsx');
const redis = await serviceReachable('Redis', redisUrl);
const postgres = await serviceReachable('PostgreSQL', databaseUrl);

// Its own tenant, queue prefix and schema, so the example never meets the
// other tests sharing this Redis and PostgreSQL; all removed afterwards.
const unique = randomUUID().replaceAll('-', '').slice(0, 12);
const tenantId = `example-${unique}`;
const names = { redisUrl, prefix: `okta-sync-example-${unique}` };
const schema = `okta_sync_example_${unique}`;

describe.skipIf(!redis || !postgres)('examples/bullmq-worker', () => {
  const org = createFakeOrg({ people: 40, seed: 'bullmq-example' });
  const children: ChildProcess[] = [];

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');

    const queue = await createBullmqQueue(names);
    await queue.queue.obliterate({ force: true });
    await queue.close();
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  // Two processes start and PostgreSQL migrates: slow on a busy machine.
  it('runs a queued full sync into PostgreSQL and stops cleanly on SIGTERM', async () => {
    const okta = await serveFakeOrg(org);
    const env = {
      ...process.env,
      REDIS_URL: redisUrl,
      DATABASE_URL: databaseUrl,
      OKTA_SYNC_QUEUE_PREFIX: names.prefix,
      OKTA_SYNC_SCHEMA: schema,
      OKTA_SYNC_TENANT: tenantId,
      OKTA_ORG_URL: okta.url,
      OKTA_API_TOKEN: org.token,
    };
    // One process, not tsx's wrapper, so the signals reach the worker itself.
    const script = ['--import', 'tsx', 'examples/bullmq-worker/worker.ts'];
    const worker = spawn(process.execPath, script, { env });
    children.push(worker);
    const output = collect(worker);
    const exited = new Promise<number | null>((done) => worker.once('exit', done));

    try {
      await vi.waitFor(() => expect(output()).toContain('worker ready'), { timeout: 20_000 });
      const queued = await run('examples/bullmq-worker/sync-now.ts', env);
      const jobId = /job (\S+)/.exec(queued)?.[1];
      await vi.waitFor(() => expect(output()).toContain(`job ${jobId}: full-sync`), {
        timeout: 30_000,
        interval: 100,
      });

      expect(await activePeople()).toBe(org.manifest?.expected.created.active);
      expect(await schedulers()).toEqual([`daily-full-sync:${tenantId}`]);

      worker.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output()).toMatch(/SIGTERM: finishing the jobs in hand\nstopped\n$/);
    } finally {
      await okta.close();
    }
  }, 90_000);
});

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });

  return () => text;
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile(tsx, [script], { env }, (error, stdout) => (error ? fail(error) : done(stdout)));
  });
}

async function activePeople(): Promise<number> {
  const store = await createPostgresStore({ connectionString: databaseUrl, schema });

  try {
    return await store.countPeople(tenantId, 'active');
  } finally {
    await store.close();
  }
}

async function schedulers(): Promise<string[]> {
  const queue = await createBullmqQueue(names);

  try {
    return (await queue.queue.getJobSchedulers()).map((scheduler) => scheduler.key);
  } finally {
    await queue.close();
  }
}
