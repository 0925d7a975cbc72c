import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Clock } from '../../ports/clock.js';
import type { SyncStore } from '../../ports/sync-store.js';
import { createContractClock } from './contract-clock.js';
import type { ContractContext } from './contract-context.js';
import { describeEventLedger } from './event-ledger-contract.js';
import { describeIdentifiers, describeTeamProvenance } from './identifiers-contract.js';
import { describeCopies, describeTenantIsolation } from './isolation-contract.js';
import { describeLeases } from './lease-contract.js';
import { describeLookups, describeManagersAndCounts, describeNotFound } from './lookup-contract.js';
import { describeMarkSeen } from './mark-seen-contract.js';
import { describePaging } from './paging-contract.js';
import { describePendingManagers } from './pending-managers-contract.js';
import { describeRunState } from './run-state-contract.js';
import { describeSavePeople } from './save-people-contract.js';
import { describeStaleWrites } from './stale-write-contract.js';
import { describeRuns, describeTeams } from './teams-runs-contract.js';
import { describeTenantSyncs } from './tenant-syncs-contract.js';

/** A store for the contract suite, made once and shared by its tests. */
export interface ContractStore {
  /** The store under test, reading time from the suite's clock. */
  store: SyncStore;
  /** Prefix of the tenant ids the tests use; `contract` by default. */
  tenantId?: string;
  /** Runs after the suite, such as closing a connection. */
  cleanup?: () => Promise<void>;
}

/**
 * Registers vitest tests checking that a `SyncStore` keeps every promise
 * the port documents. `makeStore` runs once; each test writes to a fresh
 * tenant, so one store, even a shared database, serves the whole suite.
 *
 * The store must read time from the `clock` it is given: the suite moves
 * that clock forward to expire leases and age the event ledger.
 *
 * @example
 * describeSyncStoreContract('my store', async (clock) => ({ store: myStore({ clock }) }));
 */
export function describeSyncStoreContract(
  name: string,
  makeStore: (clock: Clock) => Promise<ContractStore>,
): void {
  describe(name, () => {
    const clock = createContractClock();
    let made: ContractStore | undefined;

    beforeAll(async () => {
      made = await makeStore(clock);
    });

    afterAll(async () => {
      await made?.cleanup?.();
    });

    describeContract({
      store: () => made!.store,
      newTenant: () => `${made?.tenantId ?? 'contract'}-${randomUUID()}`,
      clock,
    });
  });
}

function describeContract(context: ContractContext): void {
  describeNotFound(context);
  describeSavePeople(context);
  describeMarkSeen(context);
  describeStaleWrites(context);
  describeLookups(context);
  describePaging(context);
  describeManagersAndCounts(context);
  describePendingManagers(context);
  describeTeams(context);
  describeRuns(context);
  describeLeases(context);
  describeRunState(context);
  describeEventLedger(context);
  describeTenantSyncs(context);
  describeIdentifiers(context);
  describeTeamProvenance(context);
  describeTenantIsolation(context);
  describeCopies(context);
}
