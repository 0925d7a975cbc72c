import { afterEach, describe, expect, it } from 'vitest';
import type { ListUsersOptions, OktaDirectory } from '../../src/okta/okta-directory.js';
import type { Clock } from '../../src/ports/clock.js';
import type { VirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { changeOrg, deactivatedIds, idOf, person, type Rig, startRig } from './fault-rig.js';
import { closeFronts } from './front-server.js';

afterEach(closeFronts);

const HOUR_MS = 60 * 60 * 1000;

/** The host's clock, `offsetMs` ahead of the org's (behind when negative). */
function skewedClock(offsetMs: number) {
  let org: VirtualTimer | null = null;
  const clock: Clock = { now: () => new Date((org?.now().getTime() ?? 0) + offsetMs) };

  return { clock, follow: (timer: VirtualTimer) => (org = timer) };
}

async function skewedRig(offsetMs: number, wrap?: (directory: OktaDirectory) => OktaDirectory) {
  const skew = skewedClock(offsetMs);
  const rig = await startRig({ hostClock: skew.clock, ...(wrap ? { wrap } : {}) });
  skew.follow(rig.timer);

  return rig;
}

/**
 * Runs `step` once, after the `current` listing and before the
 * DEPROVISIONED one starts: an event applied while a full sync pages.
 */
function betweenListings(step: () => Promise<void>) {
  return (directory: OktaDirectory): OktaDirectory =>
    new Proxy(directory, {
      get(target, key) {
        if (key !== 'listUsers') {
          const value = Reflect.get(target, key);

          return typeof value === 'function' ? value.bind(target) : value;
        }

        return async function* listUsers(options: ListUsersOptions) {
          if (options.listing === 'deprovisioned') await step();

          yield* target.listUsers(options);
        };
      },
    });
}

const skews = [
  { name: 'Okta is 6 hours ahead of the host', offsetMs: -6 * HOUR_MS },
  { name: 'Okta is 6 hours behind the host', offsetMs: 6 * HOUR_MS },
];

describe.each(skews)('when $name', ({ offsetMs }) => {
  describe('a week of changes', () => {
    it('converges: the leavers deactivated, nobody else', async () => {
      const rig = await skewedRig(offsetMs);
      await rig.sync();
      changeOrg(rig.org);

      const report = await rig.sync();

      expect(report.status).toBe('succeeded');
      expect(await rig.mismatches()).toEqual([]);
      expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([idOf(3), idOf(4)]);
    });
  });

  describe('person events and a full sync in either order', () => {
    it("end at Okta's current state", async () => {
      const rig = await skewedRig(offsetMs);
      await rig.sync();
      rig.org.updateUser(idOf(5), { profile: { title: 'Manager' } });
      const job = (eventId: string) =>
        rig.engine.runJob({
          kind: 'sync-person',
          tenantId: rig.tenantId,
          oktaId: idOf(5),
          eventId,
        });
      await job('retitle');
      rig.timer.advance(HOUR_MS);
      rig.org.updateUser(idOf(5), { profile: { title: 'Director' } });

      await rig.sync();
      await job('retitle-again');
      await job('retitle');

      expect(await rig.mismatches()).toEqual([]);
    });
  });
});

// Regressions for two bugs this matrix found: the sweep once spared
// "recent" reads and a 404 deactivation was stamped with the host's clock,
// both comparing Okta's lastUpdated with the host's time.
describe('the sweep under clock skew', () => {
  describe('when Okta is 6 hours behind the host and an event adds a joiner mid-run', () => {
    it('does not deactivate the joiner', async () => {
      let rig: Rig | null = null;
      const joinMidRun = betweenListings(async () => {
        rig?.org.addUser(person(11, { lastUpdated: rig.timer.now().toISOString() }));
        await rig?.engine.syncPerson({ tenantId: rig.tenantId, oktaId: idOf(11) });
      });
      rig = await skewedRig(6 * HOUR_MS, joinMidRun);

      const report = await rig.sync();

      expect(report.counts.deactivated).toBe(0);
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when Okta is 6 hours ahead and a recently changed person is deleted', () => {
    it('deactivates them', async () => {
      const rig = await skewedRig(-6 * HOUR_MS);
      await rig.sync();
      rig.org.updateUser(idOf(4), { profile: { title: 'Manager' } });
      await rig.sync();
      rig.timer.advance(HOUR_MS);
      rig.org.removeUser(idOf(4));

      const report = await rig.sync();

      expect(report.counts.deactivated).toBe(1);
      expect(await rig.mismatches()).toEqual([]);
    });
  });
});

describe('a person event for a deleted person under clock skew', () => {
  describe('when Okta is 6 hours ahead of the host', () => {
    it('deactivates the person Okta answers 404 for', async () => {
      const rig = await skewedRig(-6 * HOUR_MS);
      await rig.sync();
      rig.org.updateUser(idOf(4), { status: 'SUSPENDED' });
      await rig.engine.syncPerson({ tenantId: rig.tenantId, oktaId: idOf(4) });
      rig.org.removeUser(idOf(4));

      const result = await rig.engine.syncPerson({ tenantId: rig.tenantId, oktaId: idOf(4) });

      expect(result.counts.deactivated).toBe(1);
      expect(await rig.mismatches()).toEqual([]);
    });
  });
});
