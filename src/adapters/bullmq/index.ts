export type { BullmqQueueOptions, BullmqSyncQueue } from './bullmq-queue.js';
export { createBullmqQueue } from './bullmq-queue.js';
export type { BullmqSyncWorker, BullmqWorkerOptions } from './bullmq-worker.js';
export { createBullmqWorker, SyncJobFailedError } from './bullmq-worker.js';
export type { RedisConnectionOptions } from './redis-connection.js';
