/**
 * Remembers which Okta events a tenant has already taken in, so a
 * delivery Okta repeats (at-least-once delivery) queues nothing new. A
 * store that keeps an event ledger fits this shape.
 */
export interface EventLedger {
  /**
   * Records an event id for a tenant. Resolves true the first time, false
   * when it was recorded before. Safe to call concurrently.
   */
  recordEvent(tenantId: string, eventId: string): Promise<boolean>;
}

/** Options of {@link createMemoryEventLedger}. */
export interface MemoryEventLedgerOptions {
  /** Event ids kept before the oldest are forgotten; 10,000 by default. */
  capacity?: number;
}

/**
 * An event ledger in this process's memory, bounded: the oldest ids are
 * forgotten first. Note: it forgets on restart and is not shared between
 * processes; a repeat it misses costs one Okta read, since person jobs
 * re-read the user and are idempotent.
 */
export function createMemoryEventLedger(options: MemoryEventLedgerOptions = {}): EventLedger {
  const capacity = options.capacity ?? 10_000;
  const seen = new Set<string>();

  return {
    async recordEvent(tenantId, eventId) {
      const key = JSON.stringify([tenantId, eventId]);

      if (seen.has(key)) {
        return false;
      }

      seen.add(key);
      forgetOldest(seen, capacity);

      return true;
    },
  };
}

function forgetOldest(seen: Set<string>, capacity: number): void {
  // A Set iterates in insertion order, so the first key is the oldest.
  for (const key of seen) {
    if (seen.size <= capacity) {
      return;
    }

    seen.delete(key);
  }
}
