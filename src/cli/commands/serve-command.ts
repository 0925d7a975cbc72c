import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import type express from 'express';
import { createMemoryQueue, type MemoryQueue } from '../../adapters/memory/memory-sync-queue.js';
import type { JobResult } from '../../engine/sync-engine.js';
import { createSyncEngine } from '../../engine/sync-engine.js';
import { MissingPeerError } from '../../errors/missing-peer-error.js';
import { createEventHookMiddleware } from '../../express/event-hook-middleware.js';
import { createEventHookHandler } from '../../hooks/event-hook-handler.js';
import type { HookResponse } from '../../hooks/hook-response.js';
import { createOktaDirectory } from '../../okta/sdk-okta-directory.js';
import type { SyncJob } from '../../ports/sync-job.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { defaultDbDir, openStoreOf } from '../open-store.js';
import { UsageError } from '../usage-error.js';
import { toInteger } from './fake-org-command.js';

/** Flags of `okta-sync serve`. */
export interface ServeFlags {
  orgUrl?: string;
  token?: string;
  hookSecret?: string;
  port: string;
  host: string;
  db: string;
  databaseUrl?: string;
  tenant: string;
  allowHttp?: boolean;
}

/** Registers `okta-sync serve`. */
export function addServeCommand(program: Command, io: CliIo, done: (code: number) => void) {
  program
    .command('serve')
    .description("receive Okta's event hooks for one tenant and sync each person they name")
    .option('--org-url <url>', 'Okta org URL (or OKTA_ORG_URL)')
    .option('--token <token>', 'Okta API token (or OKTA_API_TOKEN)')
    .option('--hook-secret <secret>', "the hook's Authorization value (or OKTA_HOOK_SECRET)")
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--db <dir>', 'folder of the embedded store', defaultDbDir)
    .option('--database-url <url>', 'use server PostgreSQL instead of the embedded store')
    .option('--tenant <id>', 'tenant id', 'default')
    .option('--allow-http', 'allow http:// for a loopback org (tests, the fake org)')
    .action(async (flags: ServeFlags) => done(await runServe(flags, io)));
}

/**
 * Serves `GET` and `POST /okta/event-hooks` for one tenant, with a worker
 * in this process that runs each queued job, until `stop` resolves (by
 * default, SIGINT or SIGTERM). Then it stops listening, lets queued jobs
 * finish and closes the store.
 */
export async function runServe(
  flags: ServeFlags,
  io: CliIo,
  stop: Promise<void> = untilSignal(),
): Promise<number> {
  const secret = required(
    flags.hookSecret ?? io.env.OKTA_HOOK_SECRET,
    '--hook-secret or OKTA_HOOK_SECRET',
  );
  const directory = createOktaDirectory({
    orgUrl: required(flags.orgUrl ?? io.env.OKTA_ORG_URL, '--org-url or OKTA_ORG_URL'),
    token: required(flags.token ?? io.env.OKTA_API_TOKEN, '--token or OKTA_API_TOKEN'),
    allowHttp: flags.allowHttp === true,
  });
  const port = toInteger(flags.port, '--port', 0);
  const express = await loadExpress();
  const opened = await openStoreOf(flags, 'write');

  try {
    const engine = createSyncEngine({ store: opened.store, directory });
    const queue = createMemoryQueue({ worker: (job) => runAndTell(io, job, engine.runJob(job)) });
    const app = express();
    const handler = createEventHookHandler({ queue, tenantId: flags.tenant, secret });
    app.use('/okta/event-hooks', createEventHookMiddleware({ handler, onAnswer: tellAnswer(io) }));
    const server = await listen(app, port, flags.host);
    announce(io, server, flags.tenant);
    await stop;
    await shutDown(server, queue);

    return exitCodes.succeeded;
  } finally {
    await opened.close();
  }
}

async function runAndTell(io: CliIo, job: SyncJob, running: Promise<JobResult>) {
  try {
    const result = await running;
    writeLine(io.stdout, describeJob(result));

    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `okta-sync: job ${job.kind} failed (${message}); retrying`);
    throw error;
  }
}

function describeJob(result: JobResult): string {
  // Runs carry a report; person jobs (of any kind) a person's result.
  if ('report' in result) {
    return `${result.kind}: ${result.report.status}`;
  }

  const { oktaId, counts, skip, failure } = result.result;
  const done = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name]) => name);

  if (failure) {
    return `person ${oktaId}: failed (${failure.code}: ${failure.message})`;
  }

  if (skip) {
    return `person ${oktaId}: skipped (${skip.code})`;
  }

  return `person ${oktaId}: ${done.join(', ') || 'no change'}`;
}

function tellAnswer(io: CliIo) {
  return (response: HookResponse) => {
    const { outcome } = response;
    const detail =
      outcome.kind === 'delivered'
        ? `${outcome.events} events, ${outcome.queued} queued, ${outcome.repeated} repeated`
        : outcome.kind === 'refused'
          ? outcome.reason
          : outcome.kind;

    writeLine(io.stdout, `hook: ${response.status} ${detail}`);
  };
}

function announce(io: CliIo, server: Server, tenant: string) {
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

  writeLine(io.stdout, `Listening on ${url}/okta/event-hooks for tenant ${tenant}`);
  writeLine(
    io.stdout,
    'Okta needs an https URL: put this behind your TLS proxy. Stop with Ctrl-C.',
  );
}

type ExpressApp = ReturnType<typeof express>;

// express is an optional peer: loaded only when serve runs.
async function loadExpress(): Promise<typeof express> {
  try {
    const loaded = (await import('express')) as unknown as { default: typeof express };

    return loaded.default;
  } catch (error) {
    throw new MissingPeerError('express', 'okta-sync serve', error);
  }
}

function listen(app: ExpressApp, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    server.once('error', reject);
  });
}

async function shutDown(server: Server, queue: MemoryQueue) {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await queue.drain();
  await queue.close();
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`missing ${name}`);
  }

  return value;
}
