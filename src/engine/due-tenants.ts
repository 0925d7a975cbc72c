import type { TenantPageRequest } from '../ports/page-request.js';
import type { SyncStore } from '../ports/sync-store.js';

/** Options of {@link dueTenants}. */
export interface DueTenantsOptions {
  /** How old the last full sync may be; 24 hours by default. */
  olderThanMs?: number;
  /** The instant to judge at; the system time by default. */
  now?: Date;
  /**
   * The host's tenants. Those that never finished a full sync are due;
   * when left out, only tenants that ever started a run are considered.
   */
  tenantIds?: readonly string[];
}

const day = 24 * 60 * 60 * 1000;

/**
 * The tenants whose last full sync that did not fail finished at least
 * `olderThanMs` ago, or never: what a scheduler enqueues a `full-sync`
 * job for, so everybody is synced at least that often. Ordered by tenant
 * id; reads the store a page at a time.
 */
export async function dueTenants(
  store: SyncStore,
  options: DueTenantsOptions = {},
): Promise<string[]> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.olderThanMs ?? day);
  const synced = new Map<string, string | null>();

  for await (const row of tenantSyncs(store)) {
    synced.set(row.tenantId, row.lastFullSyncAt);
  }

  const tenants = options.tenantIds ?? [...synced.keys()];
  const isDue = (tenantId: string) => {
    const last = synced.get(tenantId) ?? null;

    return last === null || Date.parse(last) <= cutoff;
  };

  return [...new Set(tenants)].filter(isDue).sort(compareText);
}

async function* tenantSyncs(store: SyncStore, limit = 500) {
  let after: string | undefined;

  for (;;) {
    const request: TenantPageRequest = after === undefined ? { limit } : { after, limit };
    const page = await store.listTenantSyncs(request);
    yield* page;

    if (page.length < limit) return;
    after = page.at(-1)?.tenantId;
  }
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
