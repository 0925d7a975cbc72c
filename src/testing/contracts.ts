// The contract suites, apart from the fake org: they register vitest
// tests, so this entry loads vitest (ESM only) and nothing else needs to.

export type { ContractClock } from './contract/contract-clock.js';
export type { ContractQueue, MakeContractQueue } from './contract/sync-queue-contract.js';
export { describeSyncQueueContract } from './contract/sync-queue-contract.js';
export type { ContractStore } from './contract/sync-store-contract.js';
export { describeSyncStoreContract } from './contract/sync-store-contract.js';
