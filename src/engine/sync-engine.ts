import { EventEmitter } from 'eventemitter3';
import { parseOptions } from '../config/parse-options.js';
import { syncEngineOptionsSchema } from '../config/sync-engine-options.js';
import { ConfigError } from '../errors/config-error.js';
import { type ManagerOption, toManagerStrategy } from '../managers/manager-option.js';
import { createDefaultMapper } from '../mapping/default-mapper.js';
import type { PersonMapper } from '../mapping/person-mapper.js';
import type { OktaDirectory } from '../okta/okta-directory.js';
import { type Clock, systemClock } from '../ports/clock.js';
import { type Logger, silentLogger } from '../ports/logger.js';
import type { SyncJob } from '../ports/sync-job.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { DeactivationGuardOptions } from './deactivation-guard.js';
import { runDryRun } from './dry-run.js';
import { runFullSync } from './full-sync.js';
import { runIncrementalSync } from './incremental-sync.js';
import { type PersonSyncResult, syncPerson } from './person-sync.js';
import type { RunContext } from './run-context.js';
import { runJob } from './run-job.js';
import type { StartDateOptions } from './start-dates.js';
import type { SyncEvents } from './sync-events.js';
import type { SyncReport } from './sync-report.js';

/** Gives the directory of a tenant's Okta org. */
export type DirectoryResolver = (tenantId: string) => OktaDirectory | Promise<OktaDirectory>;

/** Options of {@link createSyncEngine}. */
export interface SyncEngineOptions {
  /** Where people, teams and runs are kept. */
  store: SyncStore;
  /** One org's directory, or a function giving each tenant's. */
  directory: OktaDirectory | DirectoryResolver;
  /** How Okta users become people; the default mapper when omitted. */
  mapper?: PersonMapper;
  /** Time for reports, leases and start dates; the system clock by default. */
  clock?: Clock;
  /** Where the engine logs; silent by default. */
  logger?: Logger;
  /** Thresholds of the mass-deactivation guard. */
  guard?: DeactivationGuardOptions;
  /**
   * How managers are handled: `individual` (default), `team`, the
   * individual strategy with options, or a host's `ManagerStrategy`.
   */
  managers?: ManagerOption;
  /**
   * How long a run holds its tenant's lease without renewing it; renewed
   * after every page. A run that crashed blocks the tenant this long at
   * most. 10 minutes by default; keep it well above the slowest page.
   */
  leaseTtlMs?: number;
  /**
   * How recent the checkpoint of a failed or crashed full sync must be for
   * the next full sync to resume it rather than start over; 24 hours by
   * default.
   */
  resumeWithinMs?: number;
  /**
   * How long processed Okta events stay in the store's ledger, so that a
   * redelivered event is skipped; 7 days by default. Every full sync that
   * gets through its sweep prunes older entries, for all tenants.
   */
  eventRetentionMs?: number;
  /**
   * Start-date activation: off by default, so Okta's status decides. With
   * `{ activate: true }` a pending person becomes active on their start
   * date in their zone; see {@link StartDateOptions}.
   */
  startDates?: StartDateOptions;
  /**
   * The host's queue, for the jobs the engine plans itself: one
   * `activate-starter` job per pending starter, delayed to their start
   * date. Without it, the daily full sync activates starters.
   */
  queue?: SyncQueue;
}

/** Options of one full sync. */
export interface FullSyncOptions {
  /** The tenant to sync, as the store and the directory resolver know it. */
  tenantId: string;
  /** Plan only: read Okta and the store, write nothing. */
  dryRun?: boolean;
  /** Stops the run between pages; a stopped run deactivates nobody. */
  signal?: AbortSignal;
  /**
   * Apply a sweep the mass-deactivation guard would hold. Meant for an
   * admin who has checked the held report and confirms the leavers.
   */
  force?: boolean;
}

/** Runs syncs for any number of tenants over one store. */
export interface SyncEngine {
  /** Typed run and person events; see {@link SyncEvents}. */
  readonly events: EventEmitter<SyncEvents>;

  /**
   * Runs a full sync of one tenant and resolves to its report. Okta or
   * store failures end the run as `failed` in the report rather than
   * rejecting; it rejects only when the run cannot start at all.
   *
   * One run per tenant at a time, across processes sharing the store: the
   * run holds the tenant's lease. While another run holds it, this one
   * ends at once as `failed` with error code `ERR_RUN_IN_PROGRESS`, and
   * records nothing. Dry runs take no lease.
   */
  fullSync(options: FullSyncOptions): Promise<SyncReport>;

  /**
   * Applies what Okta changed since the tenant's watermark, under the same
   * lease as full syncs, and resolves to a report of kind `incremental`.
   * Runs a full sync instead while the tenant has no watermark. Needs a
   * directory with `listChanges`; fails the run with `ERR_CONFIG_INVALID`
   * otherwise.
   */
  incrementalSync(options: IncrementalSyncOptions): Promise<SyncReport>;

  /**
   * Re-reads one person from Okta and applies their current state: what an
   * Okta event asks for. Rejects when Okta or the store fails, so the
   * host's queue retries the job.
   */
  syncPerson(options: PersonSyncOptions): Promise<PersonSyncResult>;

  /**
   * Runs one job from the queue: the single entry point a host's worker
   * calls. Idempotent: the same job run twice has the effect of once.
   */
  runJob(job: SyncJob): Promise<JobResult>;
}

/** Options of {@link SyncEngine.syncPerson}. */
export interface PersonSyncOptions {
  /** The tenant the person belongs to. */
  tenantId: string;
  /** The Okta user id of the person to re-read. */
  oktaId: string;
  /**
   * The Okta event (its uuid) that asked for the sync: an event already
   * processed is skipped, and a new one is recorded in the store's ledger.
   */
  eventId?: string;
}

/** Options of {@link SyncEngine.incrementalSync}. */
export interface IncrementalSyncOptions {
  /** The tenant to sync, as the store and the directory resolver know it. */
  tenantId: string;
  /** Stops the run between pages; the watermark then stays. */
  signal?: AbortSignal;
}

/** What a job did: a run report or a single person's result. */
export type JobResult =
  | {
      /** The kind of the job that ran. */
      kind: 'full-sync' | 'incremental-sync';
      /** The run's report. */
      report: SyncReport;
    }
  | {
      /** The kind of the job that ran. */
      kind: 'sync-person' | 'activate-starter';
      /** What syncing the one person did. */
      result: PersonSyncResult;
    };

// Settings people pass to the engine that belong to the directory.
const directorySettings = ['orgUrl', 'token', 'serviceApp', 'scope', 'pageSize', 'teamGroups'];
const elsewhere = Object.fromEntries(directorySettings.map((key) => [key, 'createOktaDirectory']));

/** Assembles a sync engine from its ports. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const settings = parseOptions(syncEngineOptionsSchema, options, { belongsTo: elsewhere });
  const events = new EventEmitter<SyncEvents>();
  const mapper = options.mapper ?? createDefaultMapper();
  const managers = toManagerStrategy(options.managers);

  const contextFor = async (run: FullSyncOptions): Promise<RunContext> => {
    checkTenant(run.tenantId);

    return {
      tenantId: run.tenantId,
      directory: await resolveDirectory(options.directory, run.tenantId),
      store: options.store,
      mapper,
      clock: options.clock ?? systemClock,
      logger: options.logger ?? silentLogger,
      events,
      guard: settings.guard,
      force: run.force === true,
      leaseTtlMs: settings.leaseTtlMs,
      resumeWithinMs: settings.resumeWithinMs,
      eventRetentionMs: settings.eventRetentionMs,
      startDates: settings.startDates,
      ...(options.queue ? { queue: options.queue } : {}),
      managers,
      ...(run.signal ? { signal: run.signal } : {}),
    };
  };

  const engine: SyncEngine = {
    events,
    async fullSync(run) {
      const context = await contextFor(run);

      return run.dryRun ? runDryRun(context) : runFullSync(context);
    },
    async incrementalSync(run) {
      return runIncrementalSync(await contextFor(run));
    },
    async syncPerson({ tenantId, oktaId, eventId }) {
      checkOktaId(oktaId);

      return syncPerson(await contextFor({ tenantId }), oktaId, eventId);
    },
    runJob: (job) => runJob(engine, job),
  };

  return engine;
}

function resolveDirectory(directory: SyncEngineOptions['directory'], tenantId: string) {
  return typeof directory === 'function' ? directory(tenantId) : directory;
}

function checkOktaId(oktaId: unknown) {
  if (typeof oktaId !== 'string' || oktaId.trim() === '') {
    const message = 'must be the Okta user id of the person to sync';
    throw new ConfigError([{ field: 'oktaId', message }]);
  }
}

function checkTenant(tenantId: unknown) {
  if (typeof tenantId !== 'string' || tenantId.trim() === '') {
    const message = 'must be a non-empty string naming the tenant';
    throw new ConfigError([{ field: 'tenantId', message }]);
  }
}
