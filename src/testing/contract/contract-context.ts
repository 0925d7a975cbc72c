import type { SyncStore } from '../../ports/sync-store.js';

/** What the parts of the contract suite share. */
export interface ContractContext {
  /** The store under test; available inside tests and hooks. */
  store(): SyncStore;
  /** A tenant id no other test uses. */
  newTenant(): string;
}
