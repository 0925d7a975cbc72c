import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { pgliteClient } from '../../src/adapters/postgres/pglite-client.js';
import { createSqlStore } from '../../src/adapters/postgres/sql-sync-store.js';
import type { SyncNotice } from '../../src/engine/sync-notice.js';
import { resolveManagers } from '../../src/managers/resolve-managers.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';
import type { SyncStore } from '../../src/ports/sync-store.js';

// Past one page of the pass (2,000 references), so paging is crossed.
const PEOPLE = 2600;

/** A small deterministic generator (mulberry32), so every run sees one org. */
function random(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oktaIdOf = (index: number) => `00u${String(index).padStart(6, '0')}`;

/**
 * An org with every kind of reference: by Okta id, login, email and
 * employee number in any case, to oneself, to nobody, to a shared email,
 * to a leaver, and random enough to close reporting loops.
 */
function messyOrg(seed: number): PersonWrite[] {
  const next = random(seed);
  const pick = () => Math.floor(next() * PEOPLE);

  return Array.from({ length: PEOPLE }, (_, index) => {
    const shared = index % 97 === 0;
    const target = pick();
    const roll = next();
    let managerRef: string | null = null;

    if (roll < 0.3) managerRef = oktaIdOf(target);
    else if (roll < 0.45) managerRef = `Login${target}@Corp.example`;
    else if (roll < 0.6) managerRef = `person${target}@CORP.example`;
    else if (roll < 0.7) managerRef = `E${target}`;
    else if (roll < 0.72) managerRef = oktaIdOf(index);
    else if (roll < 0.75) managerRef = 'shared@corp.example';
    else if (roll < 0.78) managerRef = `ghost${target}`;

    return {
      oktaId: oktaIdOf(index),
      email: shared ? 'Shared@corp.example' : `person${index}@corp.example`,
      fullName: `Person ${index}`,
      team: null,
      jobTitle: null,
      managerRef,
      managerOktaId: null,
      status: next() < 0.05 ? 'deactivated' : 'active',
      startDate: null,
      oktaUpdatedAt: null,
      seenGeneration: 1,
      login: `login${index}@corp.example`,
      employeeNumber: `E${index}`,
    };
  });
}

/** The store as it is, but without its own matching: the pass matches in the process. */
function withoutMatching(store: SyncStore): SyncStore {
  return new Proxy(store, {
    get: (target, key) => {
      if (key === 'matchPendingManagers') return undefined;
      const value = Reflect.get(target, key);

      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function resolveAndRead(store: SyncStore, tenantId: string, writes: PersonWrite[]) {
  await store.savePeople(tenantId, writes);
  const notices: SyncNotice[] = [];
  const skipped = new Map([['ghost7', 'EMAIL_MISSING']]);

  const totals = await resolveManagers(store, tenantId, {
    skipped,
    onNotice: (notice) => notices.push(notice),
  });
  const rows = await store.listPeople(tenantId, { limit: PEOPLE + 1 });
  const managers = rows.map((row) => [row.oktaId, row.managerOktaId]);

  return { totals, notices, managers };
}

describe('resolveManagers with and without the store matching references', () => {
  let db: PGlite;

  beforeAll(async () => {
    db = await PGlite.create();
  });

  afterAll(async () => {
    await db.close();
  });

  const stores: [string, () => Promise<SyncStore>][] = [
    ['the memory store', async () => createMemoryStore()],
    [
      'the SQL store on PGlite',
      async () => {
        const store = createSqlStore(pgliteClient(db), { schema: 'parity' });
        await store.migrate();

        return store;
      },
    ],
  ];

  for (const [name, open] of stores) {
    describe(`when ${name} holds a messy org`, () => {
      it('leaves the same managers, counts and notices', async () => {
        const store = await open();
        expect(store.matchPendingManagers).toBeTypeOf('function');
        const org = messyOrg(7);

        const inStore = await resolveAndRead(store, 'matched-in-store', org);
        const inProcess = await resolveAndRead(withoutMatching(store), 'matched-in-process', org);

        expect(inStore).toEqual(inProcess);
        expect(inStore.totals.resolved).toBeGreaterThan(PEOPLE / 2);
        const codes = new Set(inStore.notices.map((notice) => notice.code));
        expect([...codes].sort()).toEqual([
          'MANAGER_AMBIGUOUS',
          'MANAGER_CYCLE',
          'MANAGER_OUT_OF_SCOPE',
          'MANAGER_SELF',
        ]);
      });
    });
  }
});
