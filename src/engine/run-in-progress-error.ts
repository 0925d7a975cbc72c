import { SyncError } from '../errors/sync-error.js';

/**
 * Another run of the tenant holds the run lease: this run did not start,
 * or stopped because the lease was taken over.
 */
export class RunInProgressError extends SyncError {
  constructor(tenantId: string, detail: string) {
    super('ERR_RUN_IN_PROGRESS', `Another run of tenant "${tenantId}" ${detail}`);
  }
}
