import {
  createMemoryStore,
  createOktaDirectory,
  createSyncEngine,
  RateBudgetRegistry,
  type SyncEngine,
  type SyncReport,
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

async function measureRound(figures: IncrementalFigures, engine: SyncEngine, round: Round) {
  const tenantId = 'bench';

  // The full syncs set the watermark to their start on the engine's clock,
  // so they start past the last round's changes and their overlap.
  round.timer.advance(ROUND_GAP_MS);
  figures.firstFullMs.push(await timed(() => engine.fullSync({ tenantId })));
  figures.resyncMs.push(await timed(() => engine.fullSync({ tenantId })));
  round.timer.advance(ROUND_GAP_MS);
  changePeople(round.org, figures.changed, round.round);

  let report: SyncReport | undefined;
  figures.incrementalMs.push(
    await timed(async () => {
      report = await engine.incrementalSync({ tenantId });
    }),
  );

  const { status, error, okta, counts, kind } = report as SyncReport;
  figures.reports.push({ status, error, okta, counts, kind });
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

function engineFor(url: string, token: string, clock: VirtualTimer): SyncEngine {
  const rateBudgets = new RateBudgetRegistry();
  const directory = createOktaDirectory({ orgUrl: url, token, allowHttp: true, rateBudgets });

  return createSyncEngine({ store: createMemoryStore(), directory, clock });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const startMs = performance.now();
  await work();

  return performance.now() - startMs;
}
