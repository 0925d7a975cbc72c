import { createMemoryStore, type SyncStore } from '@learnamp/okta-sync';
import { createPgliteStore, createPostgresStore } from '@learnamp/okta-sync/postgres';
import { dropSchema } from './drop-schema.js';
import type { FakeOrgChild } from './fake-org-child.js';
import { expectedRequests, requestProblems } from './request-gate.js';
import { databaseUrl, uniqueName } from './services.js';
import { type SyncOutcome, slimRun, syncOnce } from './sync-once.js';
import { type Contender, timeRounds } from './time-rounds.js';

/** The stores compared. */
export type StoreKind = 'memory' | 'pglite' | 'postgres';

/** Full syncs of one org into each store. */
export interface StoreFigures {
  people: number;
  /** Run times per store, in milliseconds; empty for a store not measured. */
  runsMs: Record<StoreKind, number[]>;
  /** What each run reported, per store. */
  outcomes: Record<StoreKind, SyncOutcome[]>;
  problems: string[];
}

type ClosableStore = SyncStore & { close(): Promise<void> };

/**
 * Times the same full sync into a fresh in-memory store, a fresh in-memory
 * PGlite database (`createPgliteStore`) and a fresh schema on server
 * PostgreSQL (`createPostgresStore`, dropped after), in interleaved rounds.
 * Opening and migrating a store and dropping its schema are not timed.
 */
export async function measureStores(
  org: FakeOrgChild,
  rounds: number,
  kinds: readonly StoreKind[] = ['memory', 'pglite', 'postgres'],
): Promise<StoreFigures> {
  const expected = expectedRequests(org);
  const figures: StoreFigures = {
    people: org.people,
    runsMs: { memory: [], pglite: [], postgres: [] },
    outcomes: { memory: [], pglite: [], postgres: [] },
    problems: [],
  };
  const syncInto = (kind: StoreKind) => async (store: SyncStore) => {
    const outcome = slimRun(await syncOnce(org, store, 'bench'));
    figures.outcomes[kind].push(outcome);
    figures.problems.push(...requestProblems(outcome, expected));
  };
  const contenders: Record<StoreKind, Contender> = {
    memory: () => syncInto('memory')(createMemoryStore()),
    pglite: storeContender(() => createPgliteStore(), syncInto('pglite')),
    postgres: postgresContender(syncInto('postgres')),
  };
  const chosen = Object.fromEntries(kinds.map((kind) => [kind, contenders[kind]]));
  const times = await timeRounds(rounds, chosen as Record<StoreKind, Contender>);

  Object.assign(figures.runsMs, times);

  return figures;
}

function storeContender(
  open: () => Promise<ClosableStore>,
  syncInto: (store: SyncStore) => Promise<void>,
  afterClose: () => Promise<void> = async () => {},
): Contender {
  let store: ClosableStore | undefined;

  return {
    prepare: async () => {
      store = await open();
    },
    run: () => syncInto(store as ClosableStore),
    cleanup: async () => {
      await store?.close();
      await afterClose();
    },
  };
}

function postgresContender(syncInto: (store: SyncStore) => Promise<void>): Contender {
  let schema = '';
  const open = () => {
    schema = uniqueName('okta_sync_bench');

    return createPostgresStore({ connectionString: databaseUrl, schema });
  };

  return storeContender(open, syncInto, () => dropSchema(databaseUrl, schema));
}
