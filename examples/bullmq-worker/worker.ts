// A worker process: takes sync jobs off the BullMQ queue in Redis and runs
// them through the engine into the PostgreSQL store. Run as many as you
// like; any process can enqueue (see sync-now.ts). Stops cleanly on
// SIGTERM or SIGINT, after the jobs in hand.
//
//   OKTA_ORG_URL=… OKTA_API_TOKEN=… npx tsx examples/bullmq-worker/worker.ts
//
import { createOktaDirectory, createSyncEngine } from '@learnamp/okta-sync';
import { createBullmqQueue, createBullmqWorker } from '@learnamp/okta-sync/bullmq';
import { createPostgresStore } from '@learnamp/okta-sync/postgres';
import { describeJob } from './describe-job.js';
import { readServiceSettings, readTenantSettings } from './settings.js';

const services = readServiceSettings();
const tenant = readTenantSettings();
const redis = { redisUrl: services.redisUrl, prefix: services.queuePrefix };

const store = await createPostgresStore({
  connectionString: services.databaseUrl,
  schema: services.schema,
});
const directory = createOktaDirectory({
  orgUrl: tenant.orgUrl,
  token: tenant.apiToken,
  // http only for a fake org on this machine; the library allows no more.
  allowHttp: new URL(tenant.orgUrl).hostname === '127.0.0.1',
});

// The queue also takes the jobs the engine plans itself (start dates).
const queue = await createBullmqQueue(redis);
const engine = createSyncEngine({
  store,
  queue,
  directory: (tenantId) => {
    if (tenantId !== tenant.tenantId) throw new Error(`unknown tenant ${tenantId}`);
    return directory;
  },
});
const worker = await createBullmqWorker({ ...redis, engine });

worker.worker.on('completed', (job, result) =>
  console.log(`job ${job.id}: ${describeJob(result)}`),
);
worker.worker.on('failed', (job, error) => console.log(`job ${job?.id} failed: ${error.message}`));

// The brief's "at least every 24 hours"; idempotent, so call it at start.
await queue.scheduleFullSync(tenant.tenantId);
console.log(`worker ready for tenant ${tenant.tenantId}`);

let stopping = false;

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the jobs in hand`);

  try {
    await worker.close();
    await queue.close();
    await store.close();
    console.log('stopped');
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}

process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
