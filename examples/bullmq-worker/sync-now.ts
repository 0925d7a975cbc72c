// "Sync users" from any process: the web app, a cron job or a shell. It
// only enqueues; a worker (worker.ts) runs the job.
//
//   npx tsx examples/bullmq-worker/sync-now.ts [tenant]
//
import { createBullmqQueue } from '@learnamp/okta-sync/bullmq';
import { readServiceSettings, readTenantId } from './settings.js';

const services = readServiceSettings();
const tenantId = process.argv[2] ?? readTenantId();
const queue = await createBullmqQueue({
  redisUrl: services.redisUrl,
  prefix: services.queuePrefix,
});

try {
  const { jobId, deduplicated } = await queue.enqueue({ kind: 'full-sync', tenantId });
  const joined = deduplicated ? ', joining one already waiting' : '';

  console.log(`queued a full sync of ${tenantId}: job ${jobId}${joined}`);
} finally {
  await queue.close();
}
