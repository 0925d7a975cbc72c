import type { Command } from 'commander';
import type { JobResult } from '../../engine/sync-engine.js';
import { createSyncEngine } from '../../engine/sync-engine.js';
import type { HookResponse } from '../../hooks/hook-response.js';
import { createOktaDirectory } from '../../okta/sdk-okta-directory.js';
import { parseTenant } from '../cli-flags.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { startHookServer } from '../hook-server.js';
import { defaultQueueName } from '../open-queue.js';
import { defaultDbDir, openStoreOf } from '../open-store.js';
import { type SharedWork, type SharedWorkOptions, startSharedWork } from '../shared-work.js';
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
  redisUrl?: string;
  queue?: string;
  concurrency?: string;
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
    .option('--tenant <id>', 'tenant id', parseTenant, 'default')
    .option('--allow-http', 'allow http:// for a loopback org (tests, the fake org)')
    .option('--redis-url <url>', 'share jobs with other serve processes through BullMQ')
    .option('--queue <name>', 'BullMQ queue name, with --redis-url', defaultQueueName)
    .option('--concurrency <n>', 'jobs run at once, with --redis-url', '1')
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
  const port = toPort(flags.port);
  const concurrency = toInteger(flags.concurrency ?? '1', '--concurrency', 1);
  const opened = await openStoreOf(flags, 'write');
  let shared: SharedWork | null = null;

  try {
    const engine = createSyncEngine({ store: opened.store, directory });
    const onJob = (result: JobResult | Error) => tellJob(io, result);
    shared = await sharedWorkOf(flags, { engine, onJob, concurrency });
    const server = await startHookServer({
      engine,
      tenantId: flags.tenant,
      secret,
      port,
      host: flags.host,
      onJob,
      onAnswer: tellAnswer(io),
      ...(shared ? { queue: shared.queue } : {}),
    });
    announce(io, server.url, flags.tenant, shared !== null);
    await stop;
    await server.close();

    return exitCodes.succeeded;
  } finally {
    await shared?.close();
    await opened.close();
  }
}

/** With `--redis-url`, this process joins the shared BullMQ queue. */
function sharedWorkOf(
  flags: ServeFlags,
  work: Pick<SharedWorkOptions, 'engine' | 'onJob' | 'concurrency'>,
): Promise<SharedWork | null> {
  if (flags.redisUrl === undefined) {
    return Promise.resolve(null);
  }

  const where = { redisUrl: flags.redisUrl, queueName: flags.queue ?? defaultQueueName };

  return startSharedWork({ ...where, ...work, tenantId: flags.tenant });
}

function tellJob(io: CliIo, result: JobResult | Error) {
  if (result instanceof Error) {
    writeLine(io.stderr, `okta-sync: a job failed (${result.message}); retrying`);
    return;
  }

  writeLine(io.stdout, describeJob(result));
}

/** One line about what a job did, as `serve` and the demo print it. */
export function describeJob(result: JobResult): string {
  // Runs carry a report; person jobs (of any kind) a person's result.
  if ('report' in result) {
    const { status, error } = result.report;
    const why = error ? ` (${error.code}: ${error.message})` : '';

    return `${result.kind}: ${status}${why}`;
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

/** Prints each hook answer, as `serve` and the demo do. */
export function tellAnswer(io: CliIo) {
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

function announce(io: CliIo, url: string, tenant: string, shared: boolean) {
  writeLine(io.stdout, `Listening on ${url} for tenant ${tenant}`);
  if (shared) {
    writeLine(io.stdout, 'Jobs go through the shared BullMQ queue; daily full sync scheduled.');
  }
  writeLine(
    io.stdout,
    'Okta needs an https URL: put this behind your TLS proxy. Stop with Ctrl-C.',
  );
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function toPort(value: string): number {
  const port = toInteger(value, '--port', 0);

  if (port > 65535) {
    throw new UsageError(`--port must be at most 65535, got "${value}"`);
  }

  return port;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`missing ${name}`);
  }

  return value;
}
