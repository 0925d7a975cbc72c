import type { SyncStore } from '../../ports/sync-store.js';
import type { ContractClock } from './contract-clock.js';

/** What the parts of the contract suite share. */
export interface ContractContext {
  /** The store under test; available inside tests and hooks. */
  store(): SyncStore;
  /** A tenant id no other test uses. */
  newTenant(): string;
  /** The clock the store was made with; tests move it to expire things. */
  clock: ContractClock;
}
