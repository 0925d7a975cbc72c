import type { EventEmitter } from 'eventemitter3';
import type { ManagerStrategy } from '../managers/manager-strategy.js';
import type { PersonMapper } from '../mapping/person-mapper.js';
import type { OktaDirectory } from '../okta/okta-directory.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { DeactivationGuard } from './deactivation-guard.js';
import type { StartDateSettings } from './start-dates.js';
import type { SyncEvents } from './sync-events.js';

/** Everything one run works with, assembled by the engine. */
export interface RunContext {
  tenantId: string;
  directory: OktaDirectory;
  store: SyncStore;
  mapper: PersonMapper;
  clock: Clock;
  logger: Logger;
  events: EventEmitter<SyncEvents>;
  signal?: AbortSignal;
  guard: DeactivationGuard;
  /** Apply the sweep even when the guard would hold it. */
  force: boolean;
  /** How long a run's lease lasts between renewals. */
  leaseTtlMs: number;
  /** How old a checkpoint may be and still be resumed. */
  resumeWithinMs: number;
  /** How long processed events stay in the ledger. */
  eventRetentionMs: number;
  /** Start-date activation settings. */
  startDates: StartDateSettings;
  /** Where follow-up jobs (starter activations) go; none when left out. */
  queue?: SyncQueue;
  /** How managers are decided; the individual strategy when left out. */
  managers?: ManagerStrategy;
}
