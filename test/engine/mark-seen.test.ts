import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { overrideStore } from './store-wrapper.js';

const tenantId = 'acme';
const everyone = { limit: 1000 };

/** A memory store recording what the engine writes whole and what it stamps. */
function recordingStore(withMarkSeen: boolean) {
  const store = createMemoryStore();
  const written: string[] = [];
  const stamped: string[] = [];
  const savePeople = async (tenant: string, writes: readonly PersonWrite[]) => {
    written.push(...writes.map((write) => write.oktaId));
    await store.savePeople(tenant, writes);
  };
  const markSeen = async (tenant: string, ids: readonly string[], generation: number) => {
    stamped.push(...ids);
    await store.markSeen?.(tenant, ids, generation);
  };
  // An own `markSeen: undefined` hides the memory store's own member.
  const hidden = { savePeople, markSeen: undefined } as unknown as Partial<SyncStore>;
  const overrides = withMarkSeen ? { savePeople, markSeen } : hidden;

  return { store: overrideStore(store, overrides), written, stamped };
}

const org = Array.from({ length: 6 }, () => oktaUser());

async function resyncAfterOneChange(withMarkSeen: boolean) {
  const users = structuredClone(org);
  const recording = recordingStore(withMarkSeen);
  const directory = new ListDirectory(users, { pageSize: 4 });
  const engine = createSyncEngine({ store: recording.store, directory });
  await engine.fullSync({ tenantId });
  recording.written.length = 0;
  const changed = users[2]!;
  changed.profile = { ...changed.profile, title: 'Director' };
  changed.lastUpdated = new Date(Date.parse(changed.lastUpdated ?? '') + 1000).toISOString();

  const report = await engine.fullSync({ tenantId });
  const rows = await recording.store.listPeople(tenantId, everyone);

  return { ...recording, users, changed, report, rows };
}

describe('a full sync of people Okta returned unchanged', () => {
  describe('when the store has markSeen', () => {
    it('stamps them and writes only the changed person whole', async () => {
      const { written, stamped, changed, report, rows } = await resyncAfterOneChange(true);

      expect(written).toEqual([changed.id]);
      expect(stamped).toHaveLength(5);
      expect(report.counts).toMatchObject({ updated: 1, unchanged: 5, deactivated: 0 });
      expect(new Set(rows.map((row) => row.seenGeneration))).toEqual(new Set([2]));
    });
  });

  describe('when the store has no markSeen', () => {
    it('writes everyone whole, and the store ends the same', async () => {
      const without = await resyncAfterOneChange(false);
      const withIt = await resyncAfterOneChange(true);
      const shape = (rows: typeof without.rows) => rows.map(({ id: _id, ...row }) => row);

      expect(without.written).toHaveLength(6);
      expect(without.stamped).toEqual([]);
      expect(shape(without.rows)).toEqual(shape(withIt.rows));
    });
  });
});
