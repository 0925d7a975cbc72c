import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncJob } from '../../src/ports/sync-job.js';
import type { EnqueueOptions, SyncQueue } from '../../src/ports/sync-queue.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';

const tenantId = 'starters';
const backends = await storeBackends();
// 2026-03-11 01:00 in Auckland (NZDT, +13); 2026-03-10 05:00 in Los Angeles (PDT, -7).
const monday = '2026-03-10T12:00:00.000Z';

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

/** A queue that keeps what it is given, for the test to run by hand. */
function recordingQueue() {
  const queued: { job: SyncJob; options: EnqueueOptions }[] = [];
  const queue: SyncQueue = {
    enqueue: async (job, options = {}) => {
      queued.push({ job, options });
      return { jobId: String(queued.length), deduplicated: false };
    },
  };

  return { queue, queued };
}

function starter(timezone: string, startDate: string) {
  return oktaUser({ status: 'STAGED', profile: { timezone, startDate } });
}

async function statusOf(store: SyncStore, oktaId: string) {
  return (await exportTenant(store, tenantId)).people.find((p) => p.oktaId === oktaId)?.status;
}

describe.each(backends)('start-date activation ($name)', (backend) => {
  async function setup(users: ReturnType<typeof oktaUser>[]) {
    let nowMs = Date.parse(monday);
    const clock = { now: () => new Date(nowMs) };
    const store = await backend.open(clock);
    const { queue, queued } = recordingQueue();
    const directory = new ListDirectory(users);
    const engine = createSyncEngine({
      store,
      directory,
      clock,
      queue,
      startDates: { activate: true },
    });
    const at = (iso: string) => (nowMs = Date.parse(iso));

    return { store, directory, engine, queued, at };
  }

  describe('when starters in Auckland and Los Angeles both start tomorrow, locally', () => {
    it('queues each activation for local midnight and activates each on its own date', async () => {
      const auckland = starter('Pacific/Auckland', '2026-03-12');
      const losAngeles = starter('America/Los_Angeles', '2026-03-11');
      const { store, engine, queued, at } = await setup([auckland, losAngeles]);

      await engine.fullSync({ tenantId });
      const jobs = new Map(
        queued.map(({ job, options }) => [
          job.kind === 'activate-starter' ? job.oktaId : '',
          options.delayMs,
        ]),
      );
      at('2026-03-11T07:00:00.000Z');
      const planned = queued.map(({ job }) => job);
      for (const job of planned) await engine.runJob(job);
      const atLosAngelesMidnight = [
        await statusOf(store, auckland.id),
        await statusOf(store, losAngeles.id),
      ];
      at('2026-03-11T11:00:00.000Z');
      for (const job of planned) await engine.runJob(job);

      expect(jobs).toEqual(
        new Map([
          [auckland.id, 23 * 60 * 60 * 1000],
          [losAngeles.id, 19 * 60 * 60 * 1000],
        ]),
      );
      expect(atLosAngelesMidnight).toEqual(['pending', 'active']);
      expect(await statusOf(store, auckland.id)).toBe('active');
    });

    it('activates them through the daily full sync too, each from its own date', async () => {
      const auckland = starter('Pacific/Auckland', '2026-03-12');
      const losAngeles = starter('America/Los_Angeles', '2026-03-11');
      const { store, engine, at } = await setup([auckland, losAngeles]);
      await engine.fullSync({ tenantId });

      at('2026-03-11T06:59:59.000Z');
      const before = await engine.fullSync({ tenantId });
      at('2026-03-11T08:00:00.000Z');
      const after = await engine.fullSync({ tenantId });

      expect(before.counts).toMatchObject({ updated: 0, pending: 2 });
      expect(after.counts).toMatchObject({ updated: 1, pending: 1 });
      expect(await statusOf(store, losAngeles.id)).toBe('active');
      expect(await statusOf(store, auckland.id)).toBe('pending');
    });
  });

  describe('when a start date moves', () => {
    it('queues a job for the new date, and the old one activates nobody', async () => {
      const user = starter('America/Los_Angeles', '2026-03-11');
      const { store, directory, engine, queued, at } = await setup([user]);
      await engine.fullSync({ tenantId });
      const moved = { ...user, lastUpdated: '2026-03-10T13:00:00.000Z' };
      moved.profile = { ...user.profile, startDate: '2026-03-20' };
      directory.users = [moved];
      at('2026-03-10T14:00:00.000Z');

      await engine.syncPerson({ tenantId, oktaId: user.id });
      at('2026-03-11T07:00:00.000Z');
      await engine.runJob(queued[0]!.job);

      const dates = queued.map(({ job }) => (job.kind === 'activate-starter' ? job.startDate : ''));
      expect(new Set(dates)).toEqual(new Set(['2026-03-11', '2026-03-20']));
      expect(queued[1]?.options.delayMs).toBe(
        Date.parse('2026-03-20T07:00:00.000Z') - Date.parse('2026-03-10T14:00:00.000Z'),
      );
      expect(await statusOf(store, user.id)).toBe('pending');
    });
  });

  describe('when start-date activation is off (the default)', () => {
    it('keeps a STAGED starter pending past their start date and queues nothing', async () => {
      const user = starter('UTC', '2026-03-01');
      const store = await backend.open();
      const { queue, queued } = recordingQueue();
      const engine = createSyncEngine({ store, queue, directory: new ListDirectory([user]) });

      await engine.fullSync({ tenantId });

      expect(await statusOf(store, user.id)).toBe('pending');
      expect(queued).toEqual([]);
    });
  });
});

describe('createSyncEngine startDates', () => {
  it('rejects a tenant time zone that is not an IANA zone', () => {
    expect(() =>
      createSyncEngine({
        store: {} as SyncStore,
        directory: new ListDirectory([]),
        startDates: { tenantTimeZone: '+02:00' },
      }),
    ).toThrow(expect.objectContaining({ code: 'ERR_CONFIG_INVALID' }));
  });
});
