import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';

const minute = 60_000;

/** acquireLease, renewLease and releaseLease. */
export function describeLeases({ store, newTenant, clock }: ContractContext): void {
  describe('acquireLease', () => {
    it('gives a free lease to the first holder and refuses a second', async () => {
      const tenant = newTenant();

      const first = await store().acquireLease(tenant, 'run-a', minute);
      const second = await store().acquireLease(tenant, 'run-b', minute);

      expect([first, second]).toEqual([true, false]);
    });

    it('gives it to exactly one of several holders racing for it', async () => {
      const tenant = newTenant();
      const holders = ['run-a', 'run-b', 'run-c', 'run-d', 'run-e'];

      const taken = await Promise.all(
        holders.map((holder) => store().acquireLease(tenant, holder, minute)),
      );

      expect(taken.filter(Boolean)).toHaveLength(1);
    });

    it('gives it again to the holder that has it', async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);

      expect(await store().acquireLease(tenant, 'run-a', minute)).toBe(true);
    });

    it('lets another holder take over once the lease expired, and not before', async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);

      clock.advance(minute - 1);
      const early = await store().acquireLease(tenant, 'run-b', minute);
      clock.advance(1);
      const expired = await store().acquireLease(tenant, 'run-b', minute);

      expect([early, expired]).toEqual([false, true]);
      expect(await store().renewLease(tenant, 'run-a', minute)).toBe(false);
    });

    it('keeps tenants apart', async () => {
      const [first, second] = [newTenant(), newTenant()];
      await store().acquireLease(first, 'run-a', minute);

      expect(await store().acquireLease(second, 'run-b', minute)).toBe(true);
      expect(await store().acquireLease(first, 'run-b', minute)).toBe(false);
    });
  });

  describe('renewLease', () => {
    it('moves the expiry on while the holder holds it', async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);

      clock.advance(minute / 2);
      const renewed = await store().renewLease(tenant, 'run-a', minute);
      clock.advance(minute / 2 + 1);

      expect(renewed).toBe(true);
      expect(await store().acquireLease(tenant, 'run-b', minute)).toBe(false);
    });

    it('succeeds past expiry while nobody took the lease over', async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);
      clock.advance(2 * minute);

      expect(await store().renewLease(tenant, 'run-a', minute)).toBe(true);
      expect(await store().acquireLease(tenant, 'run-b', minute)).toBe(false);
    });

    it('fails for a holder without the lease', async () => {
      const tenant = newTenant();

      expect(await store().renewLease(tenant, 'run-a', minute)).toBe(false);
    });
  });

  describe('releaseLease', () => {
    it('frees the lease at once, and is idempotent', async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);

      await store().releaseLease(tenant, 'run-a');
      await store().releaseLease(tenant, 'run-a');

      expect(await store().renewLease(tenant, 'run-a', minute)).toBe(false);
      expect(await store().acquireLease(tenant, 'run-b', minute)).toBe(true);
    });

    it("leaves another holder's lease alone", async () => {
      const tenant = newTenant();
      await store().acquireLease(tenant, 'run-a', minute);

      await store().releaseLease(tenant, 'run-b');

      expect(await store().acquireLease(tenant, 'run-b', minute)).toBe(false);
    });
  });
}
