import type { SyncReport } from '../../engine/sync-report.js';
import type { RunState } from '../../ports/run-state.js';
import type { StoredTeam } from '../../ports/stored-team.js';
import { MemoryPeople } from './memory-people.js';

/** A run as the memory store keeps it. */
export interface MemoryRun {
  generation: number;
  report: SyncReport | null;
}

/** The tenant's run lease, while somebody holds it. */
export interface MemoryLease {
  holder: string;
  expiresAtMs: number;
}

/** Everything the memory store holds for one tenant. */
export interface MemoryTenant {
  people: MemoryPeople;
  teams: Map<string, StoredTeam>;
  /** Runs by run id. */
  runs: Map<string, MemoryRun>;
  lastGeneration: number;
  lease: MemoryLease | null;
  runState: RunState;
  /** The processed-event ledger: when each event id was recorded. */
  events: Map<string, number>;
}

/** An empty tenant. */
export function createMemoryTenant(): MemoryTenant {
  return {
    people: new MemoryPeople(),
    teams: new Map(),
    runs: new Map(),
    lastGeneration: 0,
    lease: null,
    runState: { checkpoint: null, watermark: null },
    events: new Map(),
  };
}
