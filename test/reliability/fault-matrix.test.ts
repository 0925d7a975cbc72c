import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore, type PgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { Clock } from '../../src/ports/clock.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeFault } from '../../src/testing/fake-org/fake-fault.js';
import {
  changeOrg,
  deactivatedIds,
  directoryOn,
  idOf,
  people,
  person,
  type Rig,
  startRig,
} from './fault-rig.js';
import { closeFronts, type Tamper } from './front-server.js';

const USERS = '/api/v1/users';

afterEach(closeFronts);

/** A fault the directory must ride out: the run still succeeds. */
interface RecoverableFault {
  name: string;
  faults?: FakeFault[];
  /** Makes a fresh tamper for each run. */
  tamper?: () => Tamper;
  directory?: Partial<OktaDirectoryOptions>;
}

/** Cuts the body of the `count`-th answer from now on in half, once. */
function cutBodyOf(count: number, cut: 'cut-body' | 'cut-chunked'): Tamper {
  let seen = 0;

  return (response) => {
    seen += 1;

    return seen === count ? cut : response;
  };
}

const recoverable: RecoverableFault[] = [
  { name: 'a burst of 429s', faults: [{ kind: 'rate-limit', skip: 1, times: 4 }] },
  { name: 'concurrency 429s', faults: [{ kind: 'concurrency-limit', skip: 2, times: 2 }] },
  { name: 'a 500 on page 3', faults: [{ kind: 'server-error', path: USERS, skip: 2 }] },
  {
    name: 'two 503s on page 2',
    faults: [{ kind: 'server-error', status: 503, path: USERS, skip: 1, times: 2 }],
  },
  {
    name: 'an answer slower than the timeout',
    faults: [{ kind: 'slow', skip: 2, delayMs: 250 }],
    directory: { requestTimeoutMs: 50 },
  },
  { name: 'malformed JSON on page 2', faults: [{ kind: 'malformed-json', skip: 1 }] },
  { name: 'a connection reset before the answer', faults: [{ kind: 'reset-connection', skip: 3 }] },
  { name: 'a connection reset mid-body', tamper: () => cutBodyOf(3, 'cut-chunked') },
  {
    // Node-fetch 2, under the SDK, misses a short Content-Length body: the
    // attempt's timeout is what notices it.
    name: 'a connection reset mid-body under Content-Length',
    tamper: () => cutBodyOf(3, 'cut-body'),
    directory: { requestTimeoutMs: 100 },
  },
];

/** A fault the run cannot ride out: it fails, and the next run converges. */
interface FatalFault {
  name: string;
  fault: FakeFault;
  code: string;
  directory?: Partial<OktaDirectoryOptions>;
}

const fatal: FatalFault[] = [
  {
    name: '429s past the patience',
    fault: { kind: 'rate-limit', skip: 2, times: Number.POSITIVE_INFINITY },
    code: 'ERR_OKTA_RATE_LIMITED',
    directory: { rateLimitPatienceMs: 90_000, maxRetries: 50 },
  },
  {
    name: 'a 500 on page 3 that never clears',
    fault: { kind: 'server-error', path: USERS, skip: 2, times: Number.POSITIVE_INFINITY },
    code: 'ERR_OKTA_UNAVAILABLE',
  },
  { name: 'a 403 on page 3', fault: { kind: 'forbidden', skip: 2 }, code: 'ERR_OKTA_FORBIDDEN' },
];

/** A rig whose store already holds the org, and whose org then changed. */
async function seededRig(options: Parameters<typeof startRig>[0] = {}): Promise<Rig> {
  const rig = await startRig(options);
  const seed = await rig.sync();
  expect(seed.status).toBe('succeeded');
  changeOrg(rig.org);

  return rig;
}

async function expectConverged(rig: Rig) {
  expect(await rig.mismatches()).toEqual([]);
  expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([idOf(3), idOf(4)]);
}

type OpenStore = ((hostClock: Clock) => SyncStore) | undefined;

function faultMatrix(backend: string, openStore: OpenStore) {
  let tenants = 0;
  const rigFor = (directory?: Partial<OktaDirectoryOptions>) => {
    tenants += 1;

    return seededRig({
      tenantId: `tenant-${tenants}`,
      ...(openStore ? { store: openStore } : {}),
      ...(directory ? { directory } : {}),
    });
  };

  describe(`a full sync over HTTP into the ${backend}`, () => {
    describe.each(recoverable)('when Okta plays $name', (row) => {
      it('succeeds: nobody lost, doubled or wrongly deactivated; nothing to redo', async () => {
        const rig = await rigFor(row.directory);
        for (const fault of row.faults ?? []) rig.org.injectFault(fault);
        rig.front.tamper(row.tamper?.() ?? null);

        const report = await rig.sync();

        expect(report.status).toBe('succeeded');
        expect(rig.front.requests.length).toBeGreaterThan(12);
        expect(report.counts).toMatchObject({ created: 1, updated: 1, deactivated: 2 });
        await expectConverged(rig);

        const again = await rig.sync();

        expect(again.counts).toMatchObject({ created: 0, updated: 0, deactivated: 0, failed: 0 });
        // Nine listed people, and person 3 in the DEPROVISIONED listing.
        expect(again.counts.unchanged).toBe(10);
        await expectConverged(rig);
      });
    });

    describe.each(fatal)('when Okta plays $name', (row) => {
      it('fails with its code, deactivates nobody, and the next run converges', async () => {
        const rig = await rigFor(row.directory);
        rig.org.injectFault(row.fault);

        const failed = await rig.sync();

        expect(failed.status).toBe('failed');
        expect(failed.error?.code).toBe(row.code);
        expect(failed.counts.deactivated).toBe(0);
        expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([]);

        rig.org.clearFaults();
        const next = await rig.sync();

        expect(next.status).toBe('succeeded');
        await expectConverged(rig);
      });
    });
  });
}

describe('the fault matrix', () => {
  // One PGlite database for every case, a tenant each; its clock follows
  // the rig of the case running, as the host's clock would.
  let pglite: PgliteStore;
  let hostClock: Clock = { now: () => new Date() };

  beforeAll(async () => {
    pglite = await createPgliteStore({ clock: { now: () => hostClock.now() } });
  });

  afterAll(async () => {
    await pglite?.close();
  });

  faultMatrix('memory store', undefined);
  faultMatrix('PGlite store', (clock) => {
    hostClock = clock;

    return pglite;
  });
});

/**
 * The same org, as a new token sees it: the same users at the same
 * listing positions, so the failed run's cursor still points where it did.
 */
function reissue(rig: Rig, token: string) {
  const current = (n: number) => rig.org.findUser(idOf(n)) ?? person(n);
  const org = createFakeOrg({
    users: people(10).map((_user, index) => current(index + 1)),
    token,
    clock: rig.timer,
  });
  org.removeUser(idOf(4));
  org.addUser(current(11));

  return org;
}

describe('a full sync over HTTP', () => {
  describe('when the API token is revoked mid-run', () => {
    it('fails unauthorized, deactivates nobody, and a run with a new token converges', async () => {
      const rig = await seededRig();
      rig.org.injectFault({ kind: 'revoke-token', skip: 2 });

      const failed = await rig.sync();

      expect(failed.status).toBe('failed');
      expect(failed.error).toMatchObject({ code: 'ERR_OKTA_UNAUTHORIZED', retryable: false });
      expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([]);

      const rotated = reissue(rig, 'rotated-token');
      rig.front.use(rotated);
      const directory = directoryOn(rig.front.url, rotated.token, rig.timer);
      const engine = createSyncEngine({ store: rig.store, directory, clock: rig.timer });
      const next = await engine.fullSync({ tenantId: rig.tenantId });

      expect(next.status).toBe('succeeded');
      await expectConverged(rig);
    });
  });
});
