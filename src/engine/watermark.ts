import type { SyncStore } from '../ports/sync-store.js';

/**
 * Moves the tenant's watermark to `instant` unless it is already later,
 * so a slow run finishing after a newer one never moves it back.
 */
export async function advanceWatermark(
  store: SyncStore,
  tenantId: string,
  instant: string,
): Promise<void> {
  const { watermark } = await store.loadRunState(tenantId);

  if (watermark === null || Date.parse(instant) > Date.parse(watermark)) {
    await store.saveWatermark(tenantId, instant);
  }
}
