// One worker process of the many-workers test: a PostgreSQL store, an
// engine over every tenant's fake org and a BullMQ worker, as a host's
// worker tier runs them. It prints one JSON line per thing the test
// checks afterwards: runs (inside their lease), and each job's outcome.
//
// Usage: node --import tsx test/support/soak-worker.ts <config.json>

import { readFileSync } from 'node:fs';
import { createBullmqWorker } from '../../src/adapters/bullmq/bullmq-worker.js';
import { createPostgresStore } from '../../src/adapters/postgres/postgres-store.js';
import { createSyncEngine, type JobResult } from '../../src/engine/sync-engine.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import type { SyncJob } from '../../src/ports/sync-job.js';

/** What the test tells each worker process. */
export interface SoakWorkerConfig {
  databaseUrl: string;
  schema: string;
  redisUrl: string;
  queueName: string;
  leaseTtlMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  concurrency: number;
  orgs: Record<string, { url: string; token: string }>;
}

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as SoakWorkerConfig;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const directories = new Map<string, OktaDirectory>();

function directoryOf(tenantId: string): OktaDirectory {
  const org = config.orgs[tenantId];

  if (org === undefined) throw new Error(`no org for tenant ${tenantId}`);

  const directory =
    directories.get(tenantId) ??
    createOktaDirectory({ orgUrl: org.url, token: org.token, allowHttp: true });
  directories.set(tenantId, directory);

  return directory;
}

const store = await createPostgresStore({
  connectionString: config.databaseUrl,
  schema: config.schema,
});
const engine = createSyncEngine({
  store,
  directory: directoryOf,
  leaseTtlMs: config.leaseTtlMs,
});

// Emitted inside the lease: after it is taken, before it is released.
engine.events.on('run:started', ({ tenantId, runId, resumed }) =>
  say({ type: 'run', phase: 'started', tenantId, runId, resumed, at: Date.now() }),
);
for (const name of ['run:completed', 'run:failed'] as const) {
  engine.events.on(name, (report) =>
    say({
      type: 'run',
      phase: 'ended',
      tenantId: report.tenantId,
      runId: report.runId,
      at: Date.now(),
    }),
  );
}

async function runJob(job: SyncJob): Promise<JobResult> {
  const result = await engine.runJob(job);
  say({ type: 'job', ...describe(job, result) });

  return result;
}

function describe(job: SyncJob, result: JobResult) {
  if ('report' in result) {
    const { status, error } = result.report;

    return { kind: job.kind, tenantId: job.tenantId, status, code: error?.code ?? null };
  }

  const { counts, duplicate, failure } = result.result;
  // Any count, `unchanged` included: the person was read and written,
  // rather than skipped because the ledger held the event.
  const applied = Object.values(counts).some((count) => count > 0);
  const eventId = job.kind === 'sync-person' ? (job.eventId ?? null) : null;

  return { kind: job.kind, tenantId: job.tenantId, eventId, duplicate, applied, failed: !!failure };
}

const worker = await createBullmqWorker({
  redisUrl: config.redisUrl,
  queueName: config.queueName,
  engine: { runJob },
  concurrency: config.concurrency,
  lockDurationMs: config.lockDurationMs,
  stalledIntervalMs: config.stalledIntervalMs,
});

process.once('SIGTERM', async () => {
  await worker.close();
  await store.close();
  process.exit(0);
});

say({ type: 'ready', pid: process.pid });
