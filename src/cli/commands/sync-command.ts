import type { Command } from 'commander';
import { createSyncEngine } from '../../engine/sync-engine.js';
import type { SyncReport } from '../../engine/sync-report.js';
import { createOktaDirectory } from '../../okta/sdk-okta-directory.js';
import { parseTenant } from '../cli-flags.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodeOf } from '../exit-codes.js';
import { formatReport, formatSkips } from '../format-report.js';
import { defaultQueueName } from '../open-queue.js';
import { defaultDbDir, openStoreOf } from '../open-store.js';
import { showProgress } from '../progress.js';
import { exitCodeOfQueued, queueSync } from '../queued-sync.js';
import { UsageError } from '../usage-error.js';

/** Flags of `okta-sync sync`. */
export interface SyncFlags {
  orgUrl?: string;
  token?: string;
  allowHttp?: boolean;
  db: string;
  databaseUrl?: string;
  tenant: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  redisUrl?: string;
  queue?: string;
  wait?: boolean;
}

/** Registers `okta-sync sync`. */
export function addSyncCommand(program: Command, io: CliIo, done: (code: number) => void) {
  withRunOptions(program.command('sync'))
    .description('run a full sync of an Okta org into the local store')
    .option('--dry-run', 'show what would change; write nothing')
    .option('--force', 'apply a sweep the mass-deactivation guard would hold')
    .option('--json', 'print one JSON report on stdout')
    .option('--redis-url <url>', 'queue the sync for the BullMQ workers instead of running it')
    .option('--queue <name>', 'BullMQ queue name, with --redis-url', defaultQueueName)
    .option('--wait', 'with --redis-url, wait for a worker to finish it and print its report')
    .action(async (flags: SyncFlags) => done(await runSync(flags, io)));
}

/**
 * Registers `okta-sync plan`: the readable form of `sync --dry-run`, with
 * the same flags. Reads Okta and the store, writes nothing, and lists each
 * change a sync would make (`--json` for all of them).
 */
export function addPlanCommand(program: Command, io: CliIo, done: (code: number) => void) {
  withRunOptions(program.command('plan'))
    .description('show what a sync would change, field by field; write nothing')
    .option('--force', 'plan as if the mass-deactivation guard were overridden')
    .option('--json', 'print the plan as one JSON report on stdout')
    .action(async (flags: SyncFlags) => done(await runSync({ ...flags, dryRun: true }, io)));
}

/** The options `sync` and `plan` share: where Okta and the store are. */
function withRunOptions(command: Command): Command {
  return command
    .option('--org-url <url>', 'Okta org URL (or OKTA_ORG_URL)')
    .option('--token <token>', 'Okta API token (or OKTA_API_TOKEN)')
    .option('--allow-http', 'allow http:// for a loopback org (tests, the fake org)')
    .option('--db <dir>', 'folder of the embedded store', defaultDbDir)
    .option('--database-url <url>', 'use server PostgreSQL instead of the embedded store')
    .option('--tenant <id>', 'tenant id', parseTenant, 'default');
}

/** Runs the sync command and returns its exit code. */
export async function runSync(flags: SyncFlags, io: CliIo): Promise<number> {
  if (flags.redisUrl !== undefined) {
    return runQueuedSync(flags, flags.redisUrl, io);
  }

  const directory = createOktaDirectory({
    orgUrl: required(flags.orgUrl ?? io.env.OKTA_ORG_URL, '--org-url or OKTA_ORG_URL'),
    token: required(flags.token ?? io.env.OKTA_API_TOKEN, '--token or OKTA_API_TOKEN'),
    allowHttp: flags.allowHttp === true,
  });
  const opened = await openStoreOf(flags, flags.dryRun ? 'preview' : 'write');

  try {
    const engine = createSyncEngine({ store: opened.store, directory });
    const stopProgress = showProgress(engine, io.stderr, undefined);
    const report = await engine.fullSync({
      tenantId: flags.tenant,
      dryRun: flags.dryRun === true,
      force: flags.force === true,
    });
    stopProgress();
    printSyncReport(io, report, flags.json === true);

    return exitCodeOf(report.status);
  } finally {
    await opened.close();
  }
}

/**
 * `sync --redis-url`: the workers hold Okta's credentials and the store,
 * so this only queues the job, and with `--wait` reports what came of it.
 */
async function runQueuedSync(flags: SyncFlags, redisUrl: string, io: CliIo): Promise<number> {
  if (flags.dryRun) {
    throw new UsageError('--dry-run runs here and writes nothing; drop --redis-url');
  }

  const outcome = await queueSync({
    redisUrl,
    queueName: flags.queue ?? defaultQueueName,
    job: { kind: 'full-sync', tenantId: flags.tenant, ...(flags.force ? { force: true } : {}) },
    wait: flags.wait === true,
    announce: flags.json ? io.stderr : io.stdout,
  });

  if (outcome !== null && 'report' in outcome) {
    printSyncReport(io, outcome.report, flags.json === true);
    return exitCodeOf(outcome.report.status);
  }

  if (outcome !== null) {
    writeLine(io.stderr, `okta-sync: the queued sync failed: ${outcome.failed}`);
  }

  return exitCodeOfQueued(outcome);
}

/**
 * The report goes to stdout (as JSON alone under `--json`); without
 * `--json`, a failed run's error is also the one line on stderr, where
 * scripts look for it.
 */
function printSyncReport(io: CliIo, report: SyncReport, json: boolean) {
  if (json) {
    writeLine(io.stdout, JSON.stringify(report, null, 2));
    return;
  }

  for (const line of [...formatReport(report), ...formatSkips(report)]) {
    writeLine(io.stdout, line);
  }

  if (report.error) {
    writeLine(io.stderr, `okta-sync: ${report.error.code}: ${report.error.message}`);
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`missing ${name}`);
  }

  return value;
}
