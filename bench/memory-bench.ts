import { forkBenchScript, nextMessage, stopChild } from './child-process.js';
import { dropSchema } from './drop-schema.js';
import type { FakeOrgChild } from './fake-org-child.js';
import type { MemoryRunSettings } from './memory-run-settings.js';
import { expectedRequests, requestProblems } from './request-gate.js';
import { databaseUrl, uniqueName } from './services.js';
import type { SyncOutcome } from './sync-once.js';

/** The peak resident memory of fresh processes syncing one org into PostgreSQL. */
export interface MemoryFigures {
  people: number;
  /** Per run: the kernel's high-water mark (VmHWM), in bytes. */
  highWaterBytes: number[];
  /** Per run: the highest of the 50 ms samples of `rss`, in bytes. */
  sampledPeakBytes: number[];
  /** Per run: `rss` once the store was open, before the sync, in bytes. */
  rssBeforeBytes: number[];
  /** Per run: V8's used heap before the sync, after a full collection. */
  heapBeforeBytes: number[];
  /** Per run: the highest 50 ms sample of V8's used heap during the sync. */
  heapPeakBytes: number[];
  /** Per run: V8's used heap after the sync and a full collection. */
  heapRetainedBytes: number[];
  runsMs: number[];
  /** What each run reported. */
  outcomes: SyncOutcome[];
  problems: string[];
}

/**
 * Runs `runs` full syncs, each in a fresh child process, into a fresh
 * PostgreSQL schema (dropped after), with the fake org in its own process.
 */
export async function measurePeakMemory(org: FakeOrgChild, runs: number): Promise<MemoryFigures> {
  const figures: MemoryFigures = {
    people: org.people,
    highWaterBytes: [],
    sampledPeakBytes: [],
    rssBeforeBytes: [],
    heapBeforeBytes: [],
    heapPeakBytes: [],
    heapRetainedBytes: [],
    runsMs: [],
    outcomes: [],
    problems: [],
  };

  for (let run = 0; run < runs; run += 1) {
    const measured = await runChild(org);
    figures.highWaterBytes.push(Number(measured.highWaterBytes));
    figures.sampledPeakBytes.push(Number(measured.sampledPeakBytes));
    figures.rssBeforeBytes.push(Number(measured.rssBeforeBytes));
    figures.heapBeforeBytes.push(Number(measured.heapBeforeBytes));
    figures.heapPeakBytes.push(Number(measured.heapPeakBytes));
    figures.heapRetainedBytes.push(Number(measured.heapRetainedBytes));
    figures.runsMs.push(Number(measured.ms));
    figures.outcomes.push(measured.run as SyncOutcome);
    figures.problems.push(...requestProblems(measured.run as SyncOutcome, expectedRequests(org)));
  }

  return figures;
}

async function runChild(org: FakeOrgChild) {
  const settings: MemoryRunSettings = {
    org: { url: org.url, token: org.token },
    databaseUrl,
    schema: uniqueName('okta_sync_bench'),
  };
  const child = forkBenchScript('./memory-peak-process.ts', settings);

  try {
    return await nextMessage(child, 'measured');
  } finally {
    await stopChild(child);
    await dropSchema(databaseUrl, settings.schema);
  }
}
