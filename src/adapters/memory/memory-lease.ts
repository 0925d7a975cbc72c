import type { MemoryTenant } from './memory-tenant.js';

/** `SyncStore.acquireLease` on one tenant, at `nowMs`. */
export function acquireLease(
  tenant: MemoryTenant,
  holder: string,
  ttlMs: number,
  nowMs: number,
): boolean {
  const { lease } = tenant;
  if (lease && lease.holder !== holder && lease.expiresAtMs > nowMs) {
    return false;
  }

  tenant.lease = { holder, expiresAtMs: nowMs + ttlMs };

  return true;
}

/** `SyncStore.renewLease` on one tenant, at `nowMs`. */
export function renewLease(
  tenant: MemoryTenant,
  holder: string,
  ttlMs: number,
  nowMs: number,
): boolean {
  if (tenant.lease?.holder !== holder) {
    return false;
  }

  tenant.lease = { holder, expiresAtMs: nowMs + ttlMs };

  return true;
}

/** `SyncStore.releaseLease` on one tenant. */
export function releaseLease(tenant: MemoryTenant, holder: string): void {
  if (tenant.lease?.holder === holder) {
    tenant.lease = null;
  }
}
