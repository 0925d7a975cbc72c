import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import { createMemoryQueue, type MemoryQueue } from '../adapters/memory/memory-sync-queue.js';
import type { JobResult, SyncEngine } from '../engine/sync-engine.js';
import { MissingPeerError } from '../errors/missing-peer-error.js';
import { createEventHookMiddleware } from '../express/event-hook-middleware.js';
import { createEventHookHandler } from '../hooks/event-hook-handler.js';
import type { HookResponse } from '../hooks/hook-response.js';
import type { SyncJob } from '../ports/sync-job.js';
import type { SyncQueue } from '../ports/sync-queue.js';

/** Options of {@link startHookServer}. */
export interface HookServerOptions {
  engine: Pick<SyncEngine, 'runJob'>;
  tenantId: string;
  /** The hook's Authorization value, as the admin entered it in Okta. */
  secret: string;
  port: number;
  host: string;
  /** Told each job's result, or its failure before the queue retries it. */
  onJob(result: JobResult | Error): void;
  /** Told each answer the hook endpoint gives. */
  onAnswer(response: HookResponse): void;
  /**
   * A shared queue whose workers run elsewhere (or beside this server);
   * an in-process memory queue with its own worker by default.
   */
  queue?: SyncQueue;
}

/** A running hook endpoint with its queue. */
export interface HookServer {
  /** `http://host:port/okta/event-hooks`. */
  url: string;
  queue: SyncQueue;
  /**
   * Waits until the in-process queue has run every job; at once with a
   * shared queue, whose workers this server cannot see.
   */
  drain(): Promise<void>;
  /**
   * Stops listening; with the in-process queue, also lets queued jobs
   * finish and closes it. A shared queue is left to its owner.
   */
  close(): Promise<void>;
}

/**
 * An Express app for one tenant with `GET` and `POST /okta/event-hooks`,
 * and, unless a shared queue is given, a worker in this process that runs
 * each queued job through the engine: what `okta-sync serve` runs, and
 * what the demo sends deliveries to.
 */
export async function startHookServer(options: HookServerOptions): Promise<HookServer> {
  const app = (await loadExpress())();
  const memory = options.queue
    ? null
    : createMemoryQueue({ worker: (job) => runJob(options, job) });
  const queue = options.queue ?? (memory as MemoryQueue);
  const handler = createEventHookHandler({
    queue,
    tenantId: options.tenantId,
    secret: options.secret,
  });
  app.use('/okta/event-hooks', createEventHookMiddleware({ handler, onAnswer: options.onAnswer }));
  const server = await listen(app, options.port, options.host);

  return {
    url: `${urlOf(server)}/okta/event-hooks`,
    queue,
    drain: async () => memory?.drain(),
    close: () => shutDown(server, memory),
  };
}

/** Runs one job through the engine, telling `onJob` what came of it. */
export async function runJob(
  options: Pick<HookServerOptions, 'engine' | 'onJob'>,
  job: SyncJob,
): Promise<JobResult> {
  try {
    const result = await options.engine.runJob(job);
    options.onJob(result);

    return result;
  } catch (error) {
    options.onJob(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

function urlOf(server: Server): string {
  const { address, port } = server.address() as AddressInfo;

  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

// express is an optional peer: loaded only when a hook server starts.
async function loadExpress(): Promise<typeof express> {
  try {
    const loaded = (await import('express')) as unknown as { default: typeof express };

    return loaded.default;
  } catch (error) {
    throw new MissingPeerError('express', 'The event hook server', error);
  }
}

function listen(app: ReturnType<typeof express>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    server.once('error', reject);
  });
}

async function shutDown(server: Server, memory: MemoryQueue | null) {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await memory?.drain();
  await memory?.close();
}
