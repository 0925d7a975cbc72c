import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { exportTenant } from '../../src/engine/export-people.js';
import type { JobResult, SyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { SyncJob } from '../../src/ports/sync-job.js';
import { idOf, person, type Rig, startRig } from './fault-rig.js';
import { closeFronts } from './front-server.js';

afterEach(closeFronts);

/**
 * A worker that runs each job and then "loses" the first acknowledgement,
 * so the queue delivers that job a second time, as at-least-once queues do.
 */
function redeliveringWorker(engine: SyncEngine) {
  const results: JobResult[] = [];
  let lost = false;

  const worker = async (job: SyncJob) => {
    const result = await engine.runJob(job);
    results.push(result);

    if (!lost) {
      lost = true;
      throw new Error('the acknowledgement was lost');
    }

    return result;
  };

  return { worker, results };
}

async function runRedelivered(rig: Rig, job: SyncJob) {
  const { worker, results } = redeliveringWorker(rig.engine);
  const queue = createMemoryQueue({ worker, backoffMs: 1 });

  await queue.enqueue(job);
  await queue.drain();
  await queue.close();
  expect(queue.failed()).toEqual([]);

  return results;
}

async function storedPerson(rig: Rig, oktaId: string) {
  const people = (await exportTenant(rig.store, rig.tenantId)).people;
  const rows = people.filter((row) => row.oktaId === oktaId);
  expect(rows).toHaveLength(1);

  return rows[0];
}

describe('queue redelivery', () => {
  describe('when a full-sync job is delivered twice', () => {
    it('has the effect of one run: the second creates and deactivates nobody', async () => {
      const rig = await startRig();

      const results = await runRedelivered(rig, { kind: 'full-sync', tenantId: rig.tenantId });

      const reports = results.map((result) => (result.kind === 'full-sync' ? result.report : null));
      expect(reports.map((report) => report?.counts.created)).toEqual([10, 0]);
      expect(reports[1]?.counts).toMatchObject({ unchanged: 10, deactivated: 0 });
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when a sync-person job with an event id is delivered twice', () => {
    it('applies it once and skips the repeat by the ledger', async () => {
      const rig = await startRig({ users: [] });
      rig.org.addUser(person(1));
      const job = { kind: 'sync-person', tenantId: rig.tenantId, oktaId: idOf(1), eventId: 'e-1' };

      const results = await runRedelivered(rig, job as SyncJob);

      const outcomes = results.map((result) =>
        result.kind === 'sync-person' ? result.result : null,
      );
      expect(outcomes[0]?.counts.created).toBe(1);
      expect(outcomes[1]).toMatchObject({ duplicate: true });
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when a sync-person job without an event id is delivered twice', () => {
    it('creates the person once', async () => {
      const rig = await startRig({ users: [] });
      rig.org.addUser(person(1));

      await runRedelivered(rig, { kind: 'sync-person', tenantId: rig.tenantId, oktaId: idOf(1) });

      expect(await storedPerson(rig, idOf(1))).toMatchObject({ status: 'active' });
      expect(await rig.mismatches()).toEqual([]);
    });
  });
});

describe('duplicate and reordered person events', () => {
  describe('when a retitle and a deactivation arrive newest first, each twice', () => {
    it("ends at Okta's current state: deactivated", async () => {
      const rig = await startRig();
      await rig.sync();
      rig.org.updateUser(idOf(5), { profile: { title: 'Manager' } });
      rig.org.updateUser(idOf(5), { status: 'DEPROVISIONED' });
      const job = (eventId: string) =>
        rig.engine.runJob({
          kind: 'sync-person',
          tenantId: rig.tenantId,
          oktaId: idOf(5),
          eventId,
        });

      for (const eventId of ['deactivate', 'retitle', 'deactivate', 'retitle']) {
        await job(eventId);
      }

      expect(await storedPerson(rig, idOf(5))).toMatchObject({ status: 'deactivated' });
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when an older event read Okta before a newer one but writes after it', () => {
    it('keeps the newer state: an older read never overwrites a newer one', async () => {
      const { gate, wrap } = gatedReads();
      const rig = await startRig({ wrap });
      await rig.sync();
      gate.stale = await rig.directory.getUser(idOf(5));
      rig.org.updateUser(idOf(5), { profile: { title: 'Director' } });
      const run = (eventId: string) =>
        rig.engine.runJob({
          kind: 'sync-person',
          tenantId: rig.tenantId,
          oktaId: idOf(5),
          eventId,
        });

      gate.armed = true;
      const older = run('older');
      await gate.reached.promise;
      await run('newer');
      gate.opened.resolve();
      const olderResult = await older;

      expect(olderResult).toMatchObject({ result: { counts: { updated: 0 } } });

      expect(await storedPerson(rig, idOf(5))).toMatchObject({ jobTitle: 'Director' });
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when a new joiner is synced by an event before the full sync lists them', () => {
    it('creates them once', async () => {
      const rig = await startRig();
      rig.org.addUser(person(11));
      await rig.engine.runJob({ kind: 'sync-person', tenantId: rig.tenantId, oktaId: idOf(11) });

      const report = await rig.sync();

      expect(report.counts).toMatchObject({ created: 10, unchanged: 1 });
      expect(await rig.mismatches()).toEqual([]);
    });
  });
});

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });

  return { promise, resolve };
}

/**
 * A directory whose next `getUser`, once armed, is held until opened and
 * then answers a stale read the test took earlier, so one job's read and
 * write can be split around another job.
 */
function gatedReads() {
  const gate = {
    armed: false,
    stale: null as OktaUser | null,
    reached: deferred(),
    opened: deferred(),
  };

  const heldRead = async () => {
    gate.armed = false;
    gate.reached.resolve();
    await gate.opened.promise;

    return gate.stale;
  };

  const wrap = (directory: OktaDirectory): OktaDirectory =>
    new Proxy(directory, {
      get(target, key) {
        if (key === 'getUser' && gate.armed) {
          return heldRead;
        }

        const value = Reflect.get(target, key);

        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  return { gate, wrap };
}
