import {
  createMemoryStore,
  createOktaDirectory,
  createSyncEngine,
  type OktaDirectory,
  RateBudgetRegistry,
  type SyncEngine,
  type SyncReport,
  type SyncStore,
} from '@learnamp/okta-sync';
import {
  createFakeOrg,
  createVirtualTimer,
  type FakeOrg,
  serveFakeOrg,
  type VirtualTimer,
} from '@learnamp/okta-sync/testing';
import { collectGarbage } from './collect-garbage.js';

/** Incremental syncs after a share of the org changed, against full syncs. */
export interface IncrementalFigures {
  people: number;
  changed: number;
  /** Requests an incremental run must make: ⌈changed/200⌉, at least 1. */
  expected: number;
  /** Per round: the first full sync (everyone created), in ms. */
  firstFullMs: number[];
  /** Per round: a second full sync with nothing changed, in ms. */
  resyncMs: number[];
  /** Per round: the incremental sync after `changed` people changed, in ms. */
  incrementalMs: number[];
  /**
   * Per round: the same change listing read again through the directory
   * right after the incremental run, from the watermark it started at, in
   * ms: the fake org's answer (from this process) and the directory's HTTP
   * and parsing, with nothing applied.
   */
  listingMs: number[];
  /** Per round: what the incremental run reported. */
  reports: Pick<SyncReport, 'status' | 'error' | 'okta' | 'counts' | 'kind'>[];
}

// Beyond the change listing's default overlap (5 minutes), so one round's
// changes are not listed again by the next.
const ROUND_GAP_MS = 10 * 60_000;
const UNLIMITED_PER_MINUTE = 1_000_000_000;

/**
 * Rounds of: a fresh in-memory store, a first full sync, a second full
 * sync (nothing changed), then `fraction` of the people change in Okta and
 * `engine.incrementalSync` applies them. The fake org runs over HTTP in
 * this process with its budget off. The org and the engine share a virtual
 * clock, moved on before the full syncs and again before the changes, so
 * each incremental run lists exactly its round's changes.
 */
export async function measureIncremental(
  people: number,
  fraction: number,
  rounds: number,
): Promise<IncrementalFigures> {
  const timer = createVirtualTimer();
  const org = createFakeOrg({
    people,
    seed: 'bench-changes',
    clock: timer,
    rateLimitPerMinute: UNLIMITED_PER_MINUTE,
  });
  const server = await serveFakeOrg(org);
  const changed = Math.ceil(people * fraction);
  const figures: IncrementalFigures = {
    people,
    changed,
    expected: Math.max(1, Math.ceil(changed / 200)),
    firstFullMs: [],
    resyncMs: [],
    incrementalMs: [],
    listingMs: [],
    reports: [],
  };

  try {
    for (let round = 0; round < rounds; round += 1) {
      const engine = engineFor(server.url, org.token, timer);
      await measureRound(figures, engine, { org, timer, round });
    }
  } finally {
    await server.close();
  }

  return figures;
}

interface Round {
  org: FakeOrg;
  timer: VirtualTimer;
  round: number;
}

interface BenchEngine {
  engine: SyncEngine;
  store: SyncStore;
  directory: OktaDirectory;
}

async function measureRound(figures: IncrementalFigures, bench: BenchEngine, round: Round) {
  const tenantId = 'bench';
  const { engine } = bench;

  // The full syncs set the watermark to their start on the engine's clock,
  // so they start past the last round's changes and their overlap.
  round.timer.advance(ROUND_GAP_MS);
  figures.firstFullMs.push(await timed(() => engine.fullSync({ tenantId })));
  figures.resyncMs.push(await timed(() => engine.fullSync({ tenantId })));
  round.timer.advance(ROUND_GAP_MS);
  changePeople(round.org, figures.changed, round.round);
  const { watermark } = await bench.store.loadRunState(tenantId);

  let report: SyncReport | undefined;
  figures.incrementalMs.push(
    await timed(async () => {
      report = await engine.incrementalSync({ tenantId });
    }),
  );

  // After the run, from the watermark it started at: the same changes,
  // read again without applying them.
  figures.listingMs.push(await timed(() => readChanges(bench.directory, watermark)));

  const { status, error, okta, counts, kind } = report as SyncReport;
  figures.reports.push({ status, error, okta, counts, kind });
}

/** Reads every change since `watermark`, applying none. */
async function readChanges(directory: OktaDirectory, watermark: string | null) {
  if (watermark === null || directory.listChanges === undefined) return;

  for await (const page of directory.listChanges({ since: watermark })) void page;
}

// Changes the titles of `changed` people a first sync creates as active
// (from the org's ground truth), a different slice each round.
function changePeople(org: FakeOrg, changed: number, round: number) {
  const persons = org.manifest?.expected.persons ?? [];
  const active = persons.filter((person) => person.status === 'active');
  const step = Math.max(1, Math.floor(active.length / changed));

  for (let index = 0; index < changed; index += 1) {
    const person = active[(index * step + round) % active.length];

    if (person !== undefined) {
      org.updateUser(person.oktaId, { profile: { title: `Changed ${round}.${index}` } });
    }
  }
}

function engineFor(url: string, token: string, clock: VirtualTimer): BenchEngine {
  const rateBudgets = new RateBudgetRegistry();
  const directory = createOktaDirectory({ orgUrl: url, token, allowHttp: true, rateBudgets });
  const store = createMemoryStore();

  return { engine: createSyncEngine({ store, directory, clock }), store, directory };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const startMs = performance.now();
  await work();

  return performance.now() - startMs;
}
