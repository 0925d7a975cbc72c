import { createMemoryStore } from '@learnamp/okta-sync';
import type { FakeOrgChild } from './fake-org-child.js';
import { readWithDirectory, readWithFetch, readWithSdk } from './read-pages.js';
import { expectedRequests, requestProblems } from './request-gate.js';
import { type SyncOutcome, slimRun, syncOnce } from './sync-once.js';
import { timeRounds } from './time-rounds.js';

/** Run times of the floors and of the full sync into memory, at one size. */
export interface ListingFigures {
  people: number;
  listed: number;
  deprovisioned: number;
  /** Requests a full sync must make. */
  expected: number;
  plainMs: number[];
  sdkMs: number[];
  directoryMs: number[];
  syncMs: number[];
  /** Each timed full sync, for its requests and phases. */
  syncRuns: SyncOutcome[];
  /** Broken gates: wrong request counts, failed runs, floors that missed users. */
  problems: string[];
}

/**
 * Times the two floors (plain `fetch`, the SDK's `listUsers`), the
 * directory's listing alone and a full sync into a fresh in-memory store,
 * in interleaved rounds against a fake org in another process.
 */
export async function measureListing(
  org: FakeOrgChild,
  rounds: number,
  warmupRounds: number,
  another?: () => boolean,
): Promise<ListingFigures> {
  const expected = expectedRequests(org);
  const problems: string[] = [];
  const checkUsers = (what: string) => (users: number) => {
    if (users !== org.listed) problems.push(`${what} read ${users} users, not ${org.listed}`);
  };
  const syncRuns: SyncOutcome[] = [];
  let tenant = 0;

  const times = await timeRounds(
    rounds,
    {
      plain: () => readWithFetch(org).then(checkUsers('plain fetch')),
      sdk: () => readWithSdk(org).then(checkUsers('the SDK')),
      directory: () => readWithDirectory(org).then(checkUsers('the directory')),
      sync: async () => {
        tenant += 1;
        const run = slimRun(await syncOnce(org, createMemoryStore(), `bench-${tenant}`));
        syncRuns.push(run);
        problems.push(...requestProblems(run, expected));
      },
    },
    warmupRounds,
    another,
  );
  const { tooMany } = await org.count();

  if (tooMany > 0) problems.push(`the fake org answered ${tooMany} 429s`);

  return {
    people: org.people,
    listed: org.listed,
    deprovisioned: org.deprovisioned,
    expected,
    plainMs: times.plain,
    sdkMs: times.sdk,
    directoryMs: times.directory,
    syncMs: times.sync,
    syncRuns: syncRuns.slice(-times.sync.length),
    problems: [...new Set(problems)],
  };
}
