import { afterAll, describe, expect, it } from 'vitest';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';

const tenantId = 'events';
const backends = await storeBackends();
const day = 24 * 60 * 60 * 1000;

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

describe.each(backends)('the processed-event ledger in the engine ($name)', (backend) => {
  async function setup() {
    const store = await backend.open();
    const user = oktaUser();
    const directory = new ListDirectory([user]);

    return { store, user, directory, engine: createSyncEngine({ store, directory }) };
  }

  describe('when the same event is delivered twice', () => {
    it('applies it once and skips the second without asking Okta', async () => {
      const { engine, directory, user } = await setup();
      const job = { kind: 'sync-person', tenantId, oktaId: user.id, eventId: 'evt-1' } as const;

      const first = await engine.runJob(job);
      const requests = directory.requests;
      const second = await engine.runJob(job);

      expect(first).toMatchObject({ result: { duplicate: false, counts: { created: 1 } } });
      expect(second).toMatchObject({ result: { duplicate: true, counts: { created: 0 } } });
      expect(directory.requests).toBe(requests);
    });
  });

  describe('when another event names the same person', () => {
    it('processes it', async () => {
      const { engine, user } = await setup();
      await engine.syncPerson({ tenantId, oktaId: user.id, eventId: 'evt-1' });

      const other = await engine.syncPerson({ tenantId, oktaId: user.id, eventId: 'evt-2' });

      expect(other).toMatchObject({ duplicate: false, counts: { unchanged: 1 } });
    });
  });

  describe('when the first delivery failed', () => {
    it('does not record the event, so the retry applies it', async () => {
      const { engine, directory, store, user } = await setup();
      const getUser = directory.getUser.bind(directory);
      directory.getUser = async () => {
        throw new Error('Okta is down');
      };
      const job = { tenantId, oktaId: user.id, eventId: 'evt-1' };

      await expect(engine.syncPerson(job)).rejects.toThrow('Okta is down');
      directory.getUser = getUser;
      const retried = await engine.syncPerson(job);

      expect(retried).toMatchObject({ duplicate: false, counts: { created: 1 } });
      expect(await store.hasEvent(tenantId, 'evt-1')).toBe(true);
    });
  });

  describe('when a full sync runs past the retention window', () => {
    it('prunes events older than eventRetentionMs', async () => {
      let nowMs = Date.parse('2026-07-01T00:00:00.000Z');
      const clock = { now: () => new Date(nowMs) };
      const store = await backend.open(clock);
      const user = oktaUser();
      const engine = createSyncEngine({
        store,
        clock,
        directory: new ListDirectory([user]),
        eventRetentionMs: 7 * day,
      });
      await engine.syncPerson({ tenantId, oktaId: user.id, eventId: 'evt-old' });
      nowMs += 6 * day;
      await engine.syncPerson({ tenantId, oktaId: user.id, eventId: 'evt-recent' });
      nowMs += 2 * day;

      await engine.fullSync({ tenantId });

      expect(await store.hasEvent(tenantId, 'evt-old')).toBe(false);
      expect(await store.hasEvent(tenantId, 'evt-recent')).toBe(true);
    });
  });
});
