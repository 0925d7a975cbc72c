import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';

const hour = 60 * 60 * 1000;

/** hasEvent, recordEvent and pruneEvents. */
export function describeEventLedger({ store, newTenant, clock }: ContractContext): void {
  describe('recordEvent', () => {
    it('is true the first time an event is recorded and false after', async () => {
      const tenant = newTenant();

      const before = await store().hasEvent(tenant, 'evt-1');
      const first = await store().recordEvent(tenant, 'evt-1');
      const again = await store().recordEvent(tenant, 'evt-1');

      expect([before, first, again]).toEqual([false, true, false]);
      expect(await store().hasEvent(tenant, 'evt-1')).toBe(true);
    });

    it('gives one true to callers racing with one event', async () => {
      const tenant = newTenant();

      const results = await Promise.all(
        Array.from({ length: 5 }, () => store().recordEvent(tenant, 'evt-race')),
      );

      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('keeps tenants apart', async () => {
      const [owner, other] = [newTenant(), newTenant()];
      await store().recordEvent(owner, 'evt-1');

      expect(await store().hasEvent(other, 'evt-1')).toBe(false);
      expect(await store().recordEvent(other, 'evt-1')).toBe(true);
    });
  });

  describe('pruneEvents', () => {
    it('drops events recorded before the cut-off, and only those', async () => {
      const tenant = newTenant();
      await store().recordEvent(tenant, 'evt-old');
      clock.advance(2 * hour);
      await store().recordEvent(tenant, 'evt-new');

      const pruned = await store().pruneEvents(new Date(clock.now().getTime() - hour));

      expect(pruned).toBeGreaterThanOrEqual(1);
      expect(await store().hasEvent(tenant, 'evt-old')).toBe(false);
      expect(await store().hasEvent(tenant, 'evt-new')).toBe(true);
      expect(await store().recordEvent(tenant, 'evt-old')).toBe(true);
    });

    it('drops nothing when no event is that old', async () => {
      const tenant = newTenant();
      await store().recordEvent(tenant, 'evt-1');

      expect(await store().pruneEvents(new Date(0))).toBe(0);
      expect(await store().hasEvent(tenant, 'evt-1')).toBe(true);
    });
  });
}
