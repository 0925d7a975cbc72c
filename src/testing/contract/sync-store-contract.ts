import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { SyncStore } from '../../ports/sync-store.js';
import type { ContractContext } from './contract-context.js';
import { describeIdentifiers, describeTeamProvenance } from './identifiers-contract.js';
import { describeCopies, describeTenantIsolation } from './isolation-contract.js';
import { describeLookups, describeManagersAndCounts, describeNotFound } from './lookup-contract.js';
import { describePaging } from './paging-contract.js';
import { describeSavePeople } from './save-people-contract.js';
import { describeRuns, describeTeams } from './teams-runs-contract.js';

/** A store for the contract suite, made once and shared by its tests. */
export interface ContractStore {
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
 * @example
 * describeSyncStoreContract('my store', async () => ({ store: myStore() }));
 */
export function describeSyncStoreContract(
  name: string,
  makeStore: () => Promise<ContractStore>,
): void {
  describe(name, () => {
    let made: ContractStore | undefined;

    beforeAll(async () => {
      made = await makeStore();
    });

    afterAll(async () => {
      await made?.cleanup?.();
    });

    describeContract({
      store: () => made!.store,
      newTenant: () => `${made?.tenantId ?? 'contract'}-${randomUUID()}`,
    });
  });
}

function describeContract(context: ContractContext): void {
  describeNotFound(context);
  describeSavePeople(context);
  describeLookups(context);
  describePaging(context);
  describeManagersAndCounts(context);
  describeTeams(context);
  describeRuns(context);
  describeIdentifiers(context);
  describeTeamProvenance(context);
  describeTenantIsolation(context);
  describeCopies(context);
}
