import { randomUUID } from 'node:crypto';
import type { SyncStore } from '../ports/sync-store.js';
import { RunInProgressError } from './run-in-progress-error.js';

/** The lease one run holds on its tenant. */
export interface RunLease {
  /** Extends the lease; rejects with `RunInProgressError` once it was lost. */
  renew(): Promise<void>;
}

/** Where a lease is held, and for how long at a time. */
export interface LeaseTerms {
  store: SyncStore;
  tenantId: string;
  ttlMs: number;
}

/**
 * Runs `work` under the tenant's run lease, renewed by `work` between
 * pages and released at the end, however `work` ends. Resolves to null,
 * without running `work`, when another run holds the lease.
 *
 * Note: a release that fails is ignored; the lease then frees itself at
 * expiry, `ttlMs` later.
 */
export async function withRunLease<T>(
  terms: LeaseTerms,
  work: (lease: RunLease) => Promise<T>,
): Promise<T | null> {
  const { store, tenantId, ttlMs } = terms;
  const holder = randomUUID();

  if (!(await store.acquireLease(tenantId, holder, ttlMs))) {
    return null;
  }

  const renew = async () => {
    if (!(await store.renewLease(tenantId, holder, ttlMs))) {
      throw new RunInProgressError(tenantId, 'took over the run lease; this run stopped');
    }
  };

  try {
    return await work({ renew });
  } finally {
    await store.releaseLease(tenantId, holder).catch(() => undefined);
  }
}
