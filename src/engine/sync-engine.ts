import EventEmitter from 'eventemitter3';
import { ConfigError } from '../errors/config-error.js';
import { type ManagerOption, toManagerStrategy } from '../managers/manager-option.js';
import { createDefaultMapper } from '../mapping/default-mapper.js';
import type { PersonMapper } from '../mapping/person-mapper.js';
import type { OktaDirectory } from '../okta/okta-directory.js';
import { type Clock, systemClock } from '../ports/clock.js';
import { type Logger, silentLogger } from '../ports/logger.js';
import type { SyncJob } from '../ports/sync-job.js';
import type { SyncStore } from '../ports/sync-store.js';
import { type DeactivationGuardOptions, resolveGuard } from './deactivation-guard.js';
import { runDryRun } from './dry-run.js';
import { runFullSync } from './full-sync.js';
import { type PersonSyncResult, syncPerson } from './person-sync.js';
import type { RunContext } from './run-context.js';
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
  clock?: Clock;
  logger?: Logger;
  /** Thresholds of the mass-deactivation guard. */
  guard?: DeactivationGuardOptions;
  /**
   * How managers are handled: `individual` (default), `team`, the
   * individual strategy with options, or a host's `ManagerStrategy`.
   */
  managers?: ManagerOption;
}

/** Options of one full sync. */
export interface FullSyncOptions {
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
   */
  fullSync(options: FullSyncOptions): Promise<SyncReport>;

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
  tenantId: string;
  oktaId: string;
}

/** What a job did: a run report or a single person's result. */
export type JobResult =
  | { kind: 'full-sync'; report: SyncReport }
  | { kind: 'sync-person'; result: PersonSyncResult };

/** Assembles a sync engine from its ports. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const events = new EventEmitter<SyncEvents>();
  const mapper = options.mapper ?? createDefaultMapper();
  const guard = resolveGuard(options.guard);
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
      guard,
      force: run.force === true,
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
    async syncPerson({ tenantId, oktaId }) {
      checkOktaId(oktaId);

      return syncPerson(await contextFor({ tenantId }), oktaId);
    },
    runJob: (job) => runJob(engine, job),
  };

  return engine;
}

async function runJob(engine: SyncEngine, job: SyncJob): Promise<JobResult> {
  switch (job.kind) {
    case 'full-sync': {
      const force = job.force === true;
      return { kind: job.kind, report: await engine.fullSync({ tenantId: job.tenantId, force }) };
    }
    case 'sync-person':
      return { kind: job.kind, result: await engine.syncPerson(job) };
  }
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
