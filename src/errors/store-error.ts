import { SyncError, type SyncErrorOptions } from './sync-error.js';

/** The host's store failed an operation; the cause holds the driver error. */
export class StoreError extends SyncError {
  constructor(message: string, options: SyncErrorOptions = {}) {
    super('ERR_STORE_FAILED', message, options);
  }
}
