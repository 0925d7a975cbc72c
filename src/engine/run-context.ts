import type EventEmitter from 'eventemitter3';
import type { ManagerStrategy } from '../managers/manager-strategy.js';
import type { PersonMapper } from '../mapping/person-mapper.js';
import type { OktaDirectory } from '../okta/okta-directory.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { DeactivationGuard } from './deactivation-guard.js';
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
  /** How managers are decided; the individual strategy when left out. */
  managers?: ManagerStrategy;
}
